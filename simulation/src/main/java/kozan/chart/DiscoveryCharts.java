package kozan.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import kozan.analysis.Discovery;
import kozan.analysis.Prim;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The peeling trajectory of {@code kozan discover} (docs/sensitivity.md): density against coverage of every box
 * PRIM visited, from the box of all runs (coverage 1, bottom right) to the smallest, and the chosen box after
 * pasting marked.
 */
public final class DiscoveryCharts {

    private DiscoveryCharts() {
    }

    public static NamedChart trajectory(Discovery d, String where) {
        XYSeries path = new XYSeries("peeling trajectory", false, true);
        for (Prim.Step s : d.trajectory()) {
            path.add(s.coverage(), s.density());
        }
        XYSeries chosen = new XYSeries("chosen box (after pasting)", false, true);
        chosen.add(d.chosen().coverage(), d.chosen().density());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(chosen);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        List<Color> colors = Palette.distinct(List.of(Palette.BLUE, Palette.VERMILLION));
        r.setSeriesPaint(0, colors.get(0));
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesPaint(1, colors.get(1));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShape(1, new java.awt.Rectangle(-6, -6, 12, 12));
        NumberAxis x = ChartStyle.valueAxis("coverage (share of the runs of interest inside the box)", true);
        NumberAxis y = ChartStyle.valueAxis("density (share of the box's runs that are of interest)", true);
        x.setRange(0, 1.02);
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, r);
        List<String> names = new ArrayList<>();
        for (int j : d.restricted(d.chosen().box())) {
            names.add(d.cases().parameters().get(j));
        }
        return new NamedChart("prim_trajectory", "PRIM peeling trajectory for " + where + ": density against"
                + " coverage of each box, the chosen box marked.", ChartStyle.finish(new JFreeChart("Scenario"
                + " discovery: " + where, ChartStyle.TITLE, plot, true), "Chosen box: coverage "
                + pct(d.chosen().coverage()) + ", density " + pct(d.chosen().density()) + "; restricts "
                + (names.isEmpty() ? "nothing" : String.join(", ", names))));
    }

    private static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * v);
    }
}
