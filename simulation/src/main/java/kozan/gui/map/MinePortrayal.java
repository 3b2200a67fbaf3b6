package kozan.gui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import kozan.scenario.Stage;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a {@link MineView} as a circle coloured by stage and sized by ore capacity (log scale, so a 10 Mt/yr
 * limestone quarry and a 30 kt/yr gold mine are both visible). Clicking inside the circle selects the mine.
 */
public final class MinePortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    /** The stage's colour from the one palette table (the report's mine pipeline chart uses the same). */
    public static Color color(Stage stage) {
        return kozan.chart.Palette.stage(stage.name());
    }

    /** Circle diameter in pixels for an ore capacity (t ore/yr): 6 px at 1 kt/yr up to about 20 px at 30 Mt/yr. */
    public static double diameterPx(double capacityTOrePerYear) {
        double kt = Math.max(0, capacityTOrePerYear) / 1000.0;
        return 6.0 + 3.2 * Math.log10(1.0 + kt);
    }

    private static Ellipse2D.Double circle(MineView mine, DrawInfo2D info) {
        double d = diameterPx(mine.getCapacityTOrePerYear());
        return new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        MineView mine = (MineView) object;
        Ellipse2D.Double c = circle(mine, info);
        g.setColor(color(mine.getStage()));
        g.fill(c);
        g.setColor(info.selected ? Color.RED : Color.BLACK);
        g.setStroke(new BasicStroke(info.selected ? 2.5f : 1f));
        g.draw(c);
    }

    @Override
    public sim.portrayal.Inspector getInspector(sim.portrayal.LocationWrapper wrapper, sim.display.GUIState state) {
        if (mineOpener != null && wrapper != null && wrapper.getObject() instanceof MineView m) {
            return new PanelInspector(m.getName() == null ? m.getId() : m.getName(), () -> mineOpener.accept(m.getId()));
        }
        return super.getInspector(wrapper, state);
    }

    private java.util.function.Consumer<String> mineOpener;

    /** What a click on a mine opens (its panel); null: MASON's property inspector. */
    void setMineOpener(java.util.function.Consumer<String> opener) {
        this.mineOpener = opener;
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return circle((MineView) object, range).intersects(range.clip);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }

    /** Stage legend: one coloured dot per stage; returns the height used, pixels. */
    public static int drawLegend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.BLACK);
        g.drawString("Mines by stage (size: ore capacity)", x, y + fm.getAscent());
        int row = fm.getHeight();
        int yy = y + row + 2;
        Stage[] stages = Stage.values();
        for (int i = 0; i < stages.length; i++) {
            int cx = x + (i % 2) * 110;
            int cy = yy + (i / 2) * row;
            g.setColor(color(stages[i]));
            g.fillOval(cx, cy + 2, 10, 10);
            g.setColor(Color.BLACK);
            g.drawOval(cx, cy + 2, 10, 10);
            g.drawString(stages[i].name().charAt(0) + stages[i].name().substring(1).toLowerCase(java.util.Locale.ROOT),
                    cx + 14, cy + fm.getAscent());
        }
        return yy + ((stages.length + 1) / 2) * row - y;
    }
}
