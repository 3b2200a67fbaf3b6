package kozan.gui.map;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import kozan.chart.PlaceNames;
import kozan.scenario.MineSpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The map of Japan for one scenario: prefectures shaded by a regional indicator and mines as circles, in map
 * units of {@link GeoProjection}. The map covers every prefecture, mine and region centre of the scenario
 * (offshore deposits such as Minamitorishima included) with a margin of half a degree.
 */
public final class JapanMap {

    private static final double MARGIN_DEG = 0.5;
    private static final Color SEA = new Color(0xDCEBF5);

    private final GeoProjection projection;
    private final List<RegionView> regions = new ArrayList<>();
    private final Map<String, MineView> mines = new LinkedHashMap<>();
    private final Continuous2D mineField;
    private final PrefectureLayer prefectureLayer;
    private final ContinuousPortrayal2D mineLayer = new ContinuousPortrayal2D();
    private final MinePortrayal minePortrayal = new MinePortrayal();

    public JapanMap(Scenario scenario, JapanGeo geo) {
        Rectangle2D box = geo.lonLatBounds();
        for (RegionSpec r : scenario.regions()) {
            box.add(r.lon(), r.lat());
        }
        for (MineSpec m : scenario.mines()) {
            box.add(m.lon(), m.lat());
        }
        box = new Rectangle2D.Double(box.getX() - MARGIN_DEG, box.getY() - MARGIN_DEG,
                box.getWidth() + 2 * MARGIN_DEG, box.getHeight() + 2 * MARGIN_DEG);
        this.projection = new GeoProjection(box);
        RegionMapping mapping = RegionMapping.of(scenario.regions(), geo);
        for (int i = 0; i < scenario.regions().size(); i++) {
            RegionSpec r = scenario.regions().get(i);
            String prefs = mapping.prefecturesOf(i).stream()
                    .map(code -> geo.prefectures().get(code))
                    .map(p -> PlaceNames.prefecture(p.name(), p.nameJa())).collect(Collectors.joining(", "));
            regions.add(new RegionView(r.id(), PlaceNames.region(r.id(), r.name()), prefs));
        }
        this.prefectureLayer = new PrefectureLayer(geo, projection, mapping, regions);
        this.mineField = new Continuous2D(1.0, projection.width(), projection.height());
        mineLayer.setField(mineField);
        mineLayer.setPortrayalForAll(minePortrayal);
    }

    public GeoProjection projection() {
        return projection;
    }

    /** Region views in scenario order. */
    public List<RegionView> regions() {
        return Collections.unmodifiableList(regions);
    }

    /** Mine views in the order they appeared. */
    public List<MineView> mines() {
        return List.copyOf(mines.values());
    }

    public MineView mine(String id) {
        return mines.get(id);
    }

    /** Adds a mine (or returns the one with that id), placed at its coordinates clamped into the map. */
    public MineView addMine(MineView mine) {
        MineView known = mines.get(mine.getId());
        if (known != null) {
            return known;
        }
        mines.put(mine.getId(), mine);
        Point2D.Double p = projection.project(mine.getLon(), mine.getLat());
        double x = Math.max(0, Math.min(projection.width(), p.x));
        double y = Math.max(0, Math.min(projection.height(), p.y));
        mineField.setObjectLocation(mine, new Double2D(x, y));
        return mine;
    }

    /** Removes every mine (a new run starts; its mines are added again from the model). */
    public void clearMines() {
        mines.clear();
        mineField.clear();
    }

    public Continuous2D mineField() {
        return mineField;
    }

    /** What clicks on a region and on a mine open (their panels), by region id and mine id. */
    public void setOpeners(java.util.function.Consumer<String> region, java.util.function.Consumer<String> mine) {
        prefectureLayer.setRegionOpener(region);
        minePortrayal.setMineOpener(mine);
    }

    public PrefectureLayer prefectureLayer() {
        return prefectureLayer;
    }

    public ContinuousPortrayal2D mineLayer() {
        return mineLayer;
    }

    /**
     * Hovering over a prefecture or a mine shows its name ("Aomori 青森県 · Tohoku 東北"): MASON's option
     * "Tooltips" switched on. MASON 18 keeps that switch in a package-private field without a setter, so it is set
     * reflectively; if a MASON version lacks it the map works as before, without tooltips.
     */
    static void showTooltips(Display2D display) {
        try {
            java.lang.reflect.Field f = Display2D.class.getDeclaredField("useTooltips");
            f.setAccessible(true);
            f.setBoolean(display, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no tooltips: the inspector still names what is clicked
        }
    }

    /**
     * A MASON display with both layers, a sea-blue backdrop and an indicator chooser in its header. The movie
     * button is hidden: movies need Java Media Framework, which Kozan does not ship.
     */
    public Display2D createDisplay(GUIState gui, int widthPx) {
        int heightPx = (int) Math.round(widthPx * projection.height() / projection.width());
        Display2D display = new Display2D(widthPx, heightPx, gui);
        display.setBackdrop(SEA);
        display.setClipping(false);
        display.attach(prefectureLayer, "Prefectures (shaded by indicator)");
        display.attach(mineLayer, "Mines");
        display.movieButton.setVisible(false);
        JComboBox<MapIndicator> chooser = new JComboBox<>(MapIndicator.values());
        chooser.setSelectedItem(prefectureLayer.getIndicator());
        chooser.setToolTipText("Regional indicator that shades the map");
        chooser.addActionListener(e -> {
            prefectureLayer.setIndicator((MapIndicator) chooser.getSelectedItem());
            display.repaint();
        });
        showTooltips(display);
        display.header.add(new JLabel(" Shade by: "));
        display.header.add(chooser);
        return display;
    }
}
