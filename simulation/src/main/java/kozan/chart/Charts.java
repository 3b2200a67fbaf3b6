package kozan.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;

/**
 * Chart builders on plain arrays (x = calendar year or a swept parameter). Domain-specific charts in
 * {@link ResultCharts} and {@link ComparisonCharts} call these; the GUI can call them with live data. Every builder
 * returns a styled chart: title, axis labels with units, legend at the bottom, colour-blind-safe colours.
 */
public final class Charts {

    private Charts() {
    }

    /** Stacked areas (e.g. jobs by class, mines by stage). NaN values are drawn as 0. */
    public static JFreeChart stackedArea(String title, String subtitle, String xLabel, String yLabel, double[] x,
                                         List<Series> series, boolean percent) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        List<Color> colors = colors(series);
        for (int s = 0; s < series.size(); s++) {
            XYSeries xy = new XYSeries(series.get(s).name(), true, false);
            double[] y = series.get(s).y();
            for (int i = 0; i < x.length; i++) {
                xy.add(x[i], Double.isNaN(y[i]) ? 0 : y[i]);
            }
            data.addSeries(xy);
            renderer.setSeriesPaint(s, colors.get(s));
        }
        renderer.setOutline(false);
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(xLabel), ChartStyle.valueAxis(yLabel, percent), renderer);
        if (percent) {
            ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
        }
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }

    /** Lines, with a shaded interval for series that have one (e.g. a difference from baseline with its 95% CI). */
    public static JFreeChart lines(String title, String subtitle, String xLabel, String yLabel, double[] x,
                                   List<Series> series, boolean percent, boolean zeroLine) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.22f);
        List<Color> colors = colors(series);
        for (int s = 0; s < series.size(); s++) {
            Series in = series.get(s);
            YIntervalSeries ys = new YIntervalSeries(in.name(), false, true);
            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(in.y()[i])) {
                    double lo = in.hasInterval() ? in.low()[i] : in.y()[i];
                    double hi = in.hasInterval() ? in.high()[i] : in.y()[i];
                    ys.add(x[i], in.y()[i], lo, hi);
                }
            }
            data.addSeries(ys);
            renderer.setSeriesPaint(s, colors.get(s));
            renderer.setSeriesFillPaint(s, colors.get(s));
            renderer.setSeriesStroke(s, ChartStyle.LINE);
        }
        NumberAxis yAxis = ChartStyle.valueAxis(yLabel, percent);
        yAxis.setAutoRangeIncludesZero(zeroLine || percent);
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(xLabel), yAxis, renderer);
        if (percent && !zeroLine) {
            yAxis.setRange(0, 1.0001);
        }
        if (zeroLine) {
            plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.2f)));
        }
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }

    /**
     * A fan chart: median line with the central 50% and 95% of replications as two shades of one colour. The legend
     * names the three layers explicitly.
     */
    public static JFreeChart fan(String title, String subtitle, String xLabel, String yLabel, double[] x, Band band,
                                 Color color, boolean percent) {
        YIntervalSeries outer = new YIntervalSeries("95% of replications", false, true);
        YIntervalSeries inner = new YIntervalSeries("50% of replications", false, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(band.median()[i])) {
                outer.add(x[i], band.median()[i], band.low95()[i], band.high95()[i]);
                inner.add(x[i], band.median()[i], band.low50()[i], band.high50()[i]);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(outer);
        data.addSeries(inner);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        Color light = Palette.tint(color, 0.25);
        Color mid = Palette.tint(color, 0.5);
        renderer.setSeriesFillPaint(0, light);
        renderer.setSeriesFillPaint(1, mid);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesPaint(1, color);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesStroke(1, ChartStyle.LINE);
        NumberAxis yAxis = ChartStyle.valueAxis(yLabel, percent);
        // Zoom to the spread: a band hugging 85-100% would be a thin line on a 0-100% axis.
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(xLabel), yAxis, renderer);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("Median", null, null, null, new java.awt.geom.Line2D.Double(-7, 0, 7, 0),
                ChartStyle.LINE, color));
        legend.add(new LegendItem("Central 50% of replications", mid));
        legend.add(new LegendItem("Central 95% of replications", light));
        plot.setFixedLegendItems(legend);
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }

    /**
     * Grouped bars with 95% CI whiskers: one group per category (e.g. region), one bar per series (e.g. target
     * year). {@code mean[s][c]}, and the interval {@code low[s][c]} to {@code high[s][c]} (NaN: no whisker), which
     * need not be symmetric about the mean ({@link WhiskerBarRenderer}).
     */
    public static JFreeChart bars(String title, String subtitle, String categoryLabel, String yLabel,
                                  List<String> categories, List<String> seriesNames, List<Color> colors,
                                  double[][] mean, double[][] low, double[][] high) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(low, high);
        List<Color> distinct = Palette.distinct(colors);
        for (int s = 0; s < seriesNames.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(Double.isNaN(mean[s][c]) ? null : mean[s][c], seriesNames.get(s), categories.get(c));
            }
            renderer.setSeriesPaint(s, distinct.get(s));
        }
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setItemMargin(0.05);
        // "Chugoku 中国" on two lines, English over Japanese, never "Chugo..." or a split Japanese name
        CategoryAxis categoryAxis = new BilingualCategoryAxis(categoryLabel);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, ChartStyle.valueAxis(yLabel, false), renderer);
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }

    /** Response of a metric to a swept parameter: points joined by lines with 95% CI error bars. */
    public static JFreeChart sweep(String title, String subtitle, String xLabel, String yLabel, double[] x,
                                   List<Series> series, boolean percent) {
        return sweep(title, subtitle, xLabel, yLabel, series.stream().map(s -> x).toList(), series, percent, true);
    }

    /**
     * Response of a metric to a swept parameter with 95% CI error bars; series {@code s} has its points at
     * {@code xs.get(s)} (ascending). {@code join} draws lines between a series' points (not for scattered
     * designs such as a Latin hypercube, where neighbours differ in other parameters too).
     */
    public static JFreeChart sweep(String title, String subtitle, String xLabel, String yLabel, List<double[]> xs,
                                   List<Series> series, boolean percent, boolean join) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(join);
        renderer.setDefaultShapesVisible(true);
        renderer.setCapLength(8);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        List<Color> colors = colors(series);
        for (int s = 0; s < series.size(); s++) {
            Series in = series.get(s);
            double[] x = xs.get(s);
            YIntervalSeries ys = new YIntervalSeries(in.name(), true, true);
            for (int i = 0; i < x.length; i++) {
                ys.add(x[i], in.y()[i], in.hasInterval() ? in.low()[i] : in.y()[i],
                        in.hasInterval() ? in.high()[i] : in.y()[i]);
            }
            data.addSeries(ys);
            renderer.setSeriesPaint(s, colors.get(s));
            renderer.setSeriesStroke(s, ChartStyle.LINE);
            renderer.setSeriesShape(s, new Rectangle(-4, -4, 8, 8));
        }
        NumberAxis xAxis = ChartStyle.valueAxis(xLabel, false);
        xAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, ChartStyle.valueAxis(yLabel, percent), renderer);
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }

    /** The series' colours with repeats replaced ({@link Palette#distinct}): no two series of a chart look alike. */
    private static List<Color> colors(List<Series> series) {
        return Palette.distinct(series.stream().map(Series::color).toList());
    }

    /** Panels stacked over one shared year axis, each with its own y axis label and unit (small multiples). */
    public static JFreeChart panels(String title, String subtitle, String xLabel, List<String> yLabels,
                                    List<List<Series>> panelSeries, double[] x) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(xLabel));
        combined.setGap(12);
        for (int p = 0; p < panelSeries.size(); p++) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            List<Series> list = panelSeries.get(p);
            List<Color> colors = colors(list);
            for (int s = 0; s < list.size(); s++) {
                XYSeries xy = new XYSeries(list.get(s).name(), false, true);
                for (int i = 0; i < x.length; i++) {
                    if (!Double.isNaN(list.get(s).y()[i])) {
                        xy.add(x[i], list.get(s).y()[i]);
                    }
                }
                data.addSeries(xy);
                renderer.setSeriesPaint(s, colors.get(s));
                // a panel's later series (water recycled, land reclaimed) dashed and drawn on top: with a 50%
                // recycling share recycled equals withdrawn, and a solid line would hide the other entirely
                renderer.setSeriesStroke(s, s == 0 ? ChartStyle.LINE : new BasicStroke(ChartStyle.LINE.getLineWidth(),
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f));
            }
            XYPlot panel = new XYPlot(data, null, ChartStyle.valueAxis(yLabels.get(p), false), renderer);
            panel.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
            combined.add(panel, 1);
        }
        // panels that compare the same runs (baseline, restriction) repeat their series' names: one legend entry each
        LegendItemCollection all = combined.getLegendItems();
        LegendItemCollection unique = new LegendItemCollection();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < all.getItemCount(); i++) {
            if (seen.add(all.get(i).getLabel())) {
                unique.add(all.get(i));
            }
        }
        combined.setFixedLegendItems(unique);
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, combined, true), subtitle);
    }
}
