package kozan.gui.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JPanel;
import kozan.chart.Palette;
import kozan.chart.PlaceNames;
import kozan.gui.GuiFormat;
import kozan.gui.map.GeoProjection;
import kozan.gui.map.JapanGeo;
import kozan.gui.map.Prefecture;
import kozan.gui.map.RegionMapping;
import kozan.scenario.RegionSpec;

/**
 * Japan with each scenario region's prefectures shaded by the paired change in jobs (policy minus baseline,
 * mean over replications, persons): blue for more jobs, vermilion for fewer, white for none, on a scale
 * symmetric about zero. Gross (jobs from mining) or net (all employment) is chosen by the caller. A click on a
 * prefecture reports its region.
 */
public final class DifferenceMap extends JPanel {

    private final JapanGeo geo;
    private final RegionMapping mapping;
    private final List<RegionSpec> regions;
    private final GeoProjection projection;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private String title = "";
    private String subtitle = "";
    private AffineTransform view = new AffineTransform();

    public DifferenceMap(List<RegionSpec> regions, Consumer<String> onRegionClick) {
        this.geo = JapanGeo.load();
        this.regions = List.copyOf(regions);
        this.mapping = RegionMapping.of(regions, geo);
        this.projection = new GeoProjection(geo.lonLatBounds());
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(420, 520));
        setToolTipText("");
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                String region = regionAt(e.getX(), e.getY());
                if (region != null) {
                    onRegionClick.accept(region);
                }
            }
        });
    }

    /** New values by region id (persons; NaN = no data yet) and the title above the map (Swing thread). */
    public void show(String title, String subtitle, Map<String, Double> byRegion) {
        this.title = title;
        this.subtitle = subtitle;
        values.clear();
        values.putAll(byRegion);
        repaint();
    }

    /** Region id under a point of the panel, or null. */
    public String regionAt(int x, int y) {
        try {
            Point2D p = view.inverseTransform(new Point2D.Double(x, y), null);
            for (Prefecture pref : geo.prefectures().values()) {
                if (pref.lonLatOutline().contains(p)) {
                    int r = mapping.regionOf(pref.code());
                    return r < 0 ? null : regions.get(r).id();
                }
            }
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return null;
        }
        return null;
    }

    /** A point of the panel inside the region's largest prefecture (as drawn last), or null. */
    public java.awt.Point pointOf(String regionId) {
        int r = regions.stream().map(RegionSpec::id).toList().indexOf(regionId);
        java.awt.Point best = null;
        double area = 0;
        for (int code : r < 0 ? List.<Integer>of() : mapping.prefecturesOf(r)) {
            Shape s = view.createTransformedShape(geo.prefectures().get(code).lonLatOutline());
            java.awt.Rectangle b = s.getBounds();
            double a = (double) b.width * b.height;
            java.awt.Point c = new java.awt.Point((int) b.getCenterX(), (int) b.getCenterY());
            if (a > area && s.contains(c)) {
                area = a;
                best = c;
            }
        }
        return best;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        String r = regionAt(e.getX(), e.getY());
        if (r == null) {
            return null;
        }
        Double v = values.get(r);
        return name(r) + ": " + signed(v == null ? Double.NaN : v) + " (click for the region panel)";
    }

    private String name(String id) {
        return regions.stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> PlaceNames.region(s.id(), s.name())).orElse(id);
    }

    /** "+1,234 persons", "-56 persons", "no data yet". */
    static String signed(double v) {
        if (!Double.isFinite(v)) {
            return "no data yet";
        }
        return (v > 0 ? "+" : "") + GuiFormat.persons(v);
    }

    /** The largest absolute value shown, the half-range of the symmetric scale (at least 1 person). */
    double scale() {
        double m = 1;
        for (double v : values.values()) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    /** Blue (more jobs) through white (none) to vermilion (fewer), by the share of the scale. */
    static Color color(double v, double scale) {
        if (!Double.isFinite(v)) {
            return new Color(0xC8D3DC);
        }
        double s = Math.max(-1, Math.min(1, v / scale));
        return Palette.tint(s >= 0 ? Palette.BLUE : Palette.VERMILLION, 0.12 + 0.88 * Math.abs(s));
    }

    @Override
    protected void paintComponent(Graphics g0) {
        super.paintComponent(g0);
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int top = 46;
        int bottom = 84;
        double w = getWidth() - 20;
        double h = getHeight() - top - bottom;
        double k = Math.min(w / projection.width(), h / projection.height());
        AffineTransform t = new AffineTransform();
        t.translate(10 + (w - k * projection.width()) / 2, top);
        t.scale(k, k);
        t.concatenate(projection.transform());
        view = t;
        double scale = scale();
        for (Prefecture p : geo.prefectures().values()) {
            Shape s = t.createTransformedShape(p.lonLatOutline());
            int r = mapping.regionOf(p.code());
            Double v = r < 0 ? null : values.get(regions.get(r).id());
            g.setColor(r < 0 ? new Color(0xEEEEEE) : color(v == null ? Double.NaN : v, scale));
            g.fill(s);
            g.setColor(new Color(0x777777));
            g.setStroke(new BasicStroke(0.6f));
            g.draw(s);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, 10, 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(subtitle, 10, 38);
        legend(g, 10, getHeight() - bottom + 8, scale);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        g.setColor(Color.DARK_GRAY);
        List<String> lines = wrap(JapanGeo.ATTRIBUTION, g.getFontMetrics(), getWidth() - 20);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 10, getHeight() - 6 - 12 * (lines.size() - 1 - i));
        }
        g.dispose();
    }

    /** Words of a text in lines no wider than {@code width} pixels. */
    static List<String> wrap(String text, java.awt.FontMetrics fm, int width) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && fm.stringWidth(line + " " + w) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        out.add(line.toString());
        return out;
    }

    private void legend(Graphics2D g, int x, int y, double scale) {
        int width = Math.max(120, Math.min(300, getWidth() - 130));
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            double v = -scale + 2 * scale * (i + 0.5) / steps;
            g.setColor(color(v, scale));
            g.fillRect(x + i * width / steps, y, width / steps + 1, 14);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x, y, width, 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(signed(-scale), x, y + 30);
        String zero = "0";
        g.drawString(zero, x + width / 2 - g.getFontMetrics().stringWidth(zero) / 2, y + 30);
        String hi = signed(scale);
        g.drawString(hi, x + width - g.getFontMetrics().stringWidth(hi), y + 30);
        g.setColor(color(Double.NaN, scale));
        g.fillRect(x + width + 12, y, 14, 14);
        g.setColor(Color.DARK_GRAY);
        g.drawString("no data yet", x + width + 30, y + 12);
    }
}
