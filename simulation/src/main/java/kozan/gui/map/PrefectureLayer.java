package kozan.gui.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * Draws the prefectures, each filled with the colour of its scenario region's indicator value (prefectures of
 * no region in light grey), the legends (indicator scale, mine stages) and the boundary attribution. A click
 * on a prefecture selects its region, whose inspector shows the region's numbers.
 */
public final class PrefectureLayer extends FieldPortrayal2D {

    private static final Color UNMAPPED = new Color(0xE8E8E8);
    private static final Color BORDER = new Color(0x777777);
    /** A region whose indicator has no value (e.g. before the first month, or a metric the run lacks). */
    private static final Color NO_DATA = new Color(0xCFCFD8);

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Integer> codes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final RegionMapping mapping;
    private final List<RegionView> regions;
    private final double mapWidth;
    private final double mapHeight;
    private final SimplePortrayal2D regionPortrayal = new SimplePortrayal2D();
    private volatile MapIndicator indicator = MapIndicator.JOBS_CREATED;

    public PrefectureLayer(JapanGeo geo, GeoProjection projection, RegionMapping mapping, List<RegionView> regions) {
        AffineTransform toMap = projection.transform();
        for (Prefecture p : geo.prefectures().values()) {
            shapes.add(toMap.createTransformedShape(p.lonLatOutline()));
            codes.add(p.code());
            names.add(kozan.chart.PlaceNames.prefecture(p.name(), p.nameJa()));
        }
        this.mapping = mapping;
        this.regions = List.copyOf(regions);
        this.mapWidth = projection.width();
        this.mapHeight = projection.height();
        setField(mapping);
    }

    public MapIndicator getIndicator() {
        return indicator;
    }

    public void setIndicator(MapIndicator indicator) {
        this.indicator = indicator;
    }

    /** Scale over the current regional values: from 0 (or the lowest negative value) to the highest. */
    public ColorScale scale() {
        double lo = 0;
        double hi = 0;
        for (RegionView r : regions) {
            double v = indicator.of(r);
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new ColorScale(lo, hi);
    }

    /** Whether any region has a value of the indicator yet. */
    public boolean hasData() {
        return regions.stream().anyMatch(r -> Double.isFinite(indicator.of(r)));
    }

    /** Fill colour of a prefecture now (light grey when no scenario region covers it or it has no value). */
    public Color fillOf(int prefectureCode) {
        return fill(mapping.regionOf(prefectureCode), scale());
    }

    private Color fill(int region, ColorScale scale) {
        if (region < 0) {
            return UNMAPPED;
        }
        double v = indicator.of(regions.get(region));
        return Double.isFinite(v) ? scale.color(v) : NO_DATA;
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return regionPortrayal;
    }

    private java.util.function.Consumer<String> regionOpener;

    /** What a click on a region opens (its panel); null: MASON's property inspector. */
    public void setRegionOpener(java.util.function.Consumer<String> opener) {
        this.regionOpener = opener;
    }

    @Override
    public sim.portrayal.Inspector getInspector(LocationWrapper wrapper, sim.display.GUIState state) {
        if (regionOpener != null && wrapper != null && wrapper.getObject() instanceof RegionView r) {
            return new PanelInspector(r.getName(), () -> regionOpener.accept(r.getId()));
        }
        return super.getInspector(wrapper, state);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        // the map's tooltip: "Aomori 青森県 · Tohoku 東北: 1,234 persons" (the shaded indicator)
        Object o = wrapper.getObject();
        String text = wrapper.getLocation() + " · " + (o instanceof RegionView r ? r.getName() : String.valueOf(o));
        return o instanceof RegionView r && !indicator.text(r).isEmpty() ? text + ": " + indicator.text(r) : text;
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        AffineTransform toScreen = new AffineTransform();
        toScreen.translate(info.draw.x, info.draw.y);
        toScreen.scale(info.draw.width / mapWidth, info.draw.height / mapHeight);
        ColorScale scale = scale();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = toScreen.createTransformedShape(shapes.get(i));
            int region = mapping.regionOf(codes.get(i));
            if (putInHere != null) {
                if (region >= 0 && s.intersects(info.clip)) {
                    putInHere.add(new LocationWrapper(regions.get(region), names.get(i), this));
                }
                continue;
            }
            if (!s.intersects(info.clip)) {
                continue;
            }
            g.setColor(fill(region, scale));
            g.fill(s);
            g.setColor(BORDER);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(s);
        }
        if (g != null) {
            drawOverlay(g, info, scale);
        }
    }

    private void drawOverlay(Graphics2D g, DrawInfo2D info, ColorScale scale) {
        int x = (int) info.clip.x + 10;
        int y = (int) info.clip.y + 10;
        String title = indicator.label() + " (" + indicator.unit() + ")" + (hasData() ? "" : ": no data yet");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int boxWidth = Math.max(236, g.getFontMetrics().stringWidth(title) + 12);
        Composite old = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
        g.setColor(Color.WHITE);
        g.fillRoundRect(x - 6, y - 6, boxWidth, 140, 8, 8);
        g.setComposite(old);
        int h = scale.drawLegend(g, x, y, title);
        MinePortrayal.drawLegend(g, x, y + h + 8);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        FontMetrics fm = g.getFontMetrics();
        int ay = (int) (info.clip.y + info.clip.height) - 6;
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
        g.setColor(Color.WHITE);
        g.fillRect((int) info.clip.x, ay - fm.getAscent() - 3, fm.stringWidth(JapanGeo.ATTRIBUTION) + 12,
                fm.getHeight() + 4);
        g.setComposite(old);
        g.setColor(Color.DARK_GRAY);
        g.drawString(JapanGeo.ATTRIBUTION, (int) info.clip.x + 6, ay);
    }
}
