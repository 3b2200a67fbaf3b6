package kozan.gui.live;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A chart that grows month by month while the model plays. {@link #extract} runs on the model thread and copies
 * the numbers it needs out of a snapshot; {@link #append} must run on the Swing event thread, because
 * JFreeChart is not thread-safe. The series are fixed when the chart is built (commodities, regions, stages of
 * the scenario), so the datasets never change shape while Swing paints them.
 */
public final class LiveChart {

    /** Lines, or stacked areas (parts of a total such as jobs by class). */
    public enum Kind { LINES, STACKED }

    private final String title;
    private final Kind kind;
    private final List<String> names;
    private final Function<Snapshot, double[]> extractor;
    private final boolean indexed;
    private final JFreeChart chart;
    private double[] base;
    /** Lines hidden (plot and legend) until the mean of their last {@link #window} values reaches this; NaN = all shown. */
    private double showFrom = Double.NaN;
    private int window;
    /** The last {@link #window} values of each line, oldest overwritten first, and how many there are. */
    private double[][] recent;
    private int[] count;

    /**
     * @param names     series names in legend order
     * @param colors    one colour per series
     * @param extractor values of the series for a month (NaN = no value this month)
     * @param indexed   plot each series as an index, its first finite positive value = 100
     */
    public LiveChart(String title, String subtitle, String yLabel, Kind kind, boolean percent, List<String> names,
                     List<Color> colors, Function<Snapshot, double[]> extractor, boolean indexed) {
        this.title = title;
        this.kind = kind;
        this.names = List.copyOf(names);
        this.extractor = extractor;
        this.indexed = indexed;
        this.chart = LiveChartFactory.create(title, subtitle, yLabel, kind, percent, this.names, colors);
    }

    public String title() {
        return title;
    }

    public JFreeChart chart() {
        return chart;
    }

    /**
     * Hides a line from the plot and the legend while the mean of its last {@code months} values has stayed below
     * {@code threshold}, and shows it from the month that mean reaches it (Swing event thread): a commodity
     * self-sufficient so far would only lie on zero and crowd the legend, as in the batch chart that leaves it out.
     * The batch rule is on annual values, so {@code months} = 12 applies it to the year so far rather than to one
     * month's noise (a bulk product at 0.3% a year has months above 0.5%).
     */
    public LiveChart hiddenWhileBelow(double threshold, int months) {
        showFrom = threshold;
        window = months;
        hideAll();
        return this;
    }

    private void hideAll() {
        if (!Double.isNaN(showFrom)) {
            recent = new double[names.size()][window];
            count = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                chart.getXYPlot().getRenderer().setSeriesVisible(i, false);
            }
        }
    }

    /** Records a hidden line's value and shows the line once the mean of its last values reaches the threshold. */
    private void showIfReached(int i, double v) {
        if (Double.isNaN(showFrom) || shown(i)) {
            return;
        }
        recent[i][count[i] % window] = v;
        count[i]++;
        double sum = 0;
        int n = Math.min(count[i], window);
        for (int k = 0; k < n; k++) {
            sum += recent[i][k];
        }
        if (sum / n >= showFrom) {
            chart.getXYPlot().getRenderer().setSeriesVisible(i, true);
        }
    }

    /** Whether series {@code i} is drawn and in the legend. */
    public boolean shown(int i) {
        return chart.getXYPlot().getRenderer().isSeriesVisible(i);
    }

    public List<String> names() {
        return names;
    }

    /** The values to append for a month (model thread; a fresh array the Swing thread may keep). */
    public double[] extract(Snapshot s) {
        double[] y = extractor.apply(s).clone();
        if (indexed) {
            synchronized (this) {
                if (base == null) {
                    base = new double[y.length];
                    java.util.Arrays.fill(base, Double.NaN);
                }
                for (int i = 0; i < y.length; i++) {
                    if (Double.isNaN(base[i]) && Double.isFinite(y[i]) && y[i] > 0) {
                        base[i] = y[i];
                    }
                    y[i] = Double.isNaN(base[i]) ? Double.NaN : 100.0 * y[i] / base[i];
                }
            }
        }
        return y;
    }

    /** Adds one month (Swing event thread). */
    public void append(double x, double[] y) {
        if (kind == Kind.STACKED) {
            DefaultTableXYDataset data = (DefaultTableXYDataset) chart.getXYPlot().getDataset();
            for (int i = 0; i < y.length; i++) {
                XYSeries s = data.getSeries(i);
                s.addOrUpdate(x, Double.isFinite(y[i]) ? y[i] : 0.0);
            }
        } else {
            YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
            for (int i = 0; i < y.length; i++) {
                if (Double.isFinite(y[i])) {
                    YIntervalSeries s = data.getSeries(i);
                    s.add(x, y[i], y[i], y[i]);
                    showIfReached(i, y[i]);
                }
            }
        }
    }

    /** Removes every point (a new run starts; Swing event thread). */
    public void clear() {
        synchronized (this) {
            base = null;
        }
        if (kind == Kind.STACKED) {
            DefaultTableXYDataset data = (DefaultTableXYDataset) chart.getXYPlot().getDataset();
            for (int i = 0; i < data.getSeriesCount(); i++) {
                data.getSeries(i).clear();
            }
        } else {
            YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
            for (int i = 0; i < data.getSeriesCount(); i++) {
                data.getSeries(i).clear();
            }
            hideAll();
        }
    }

    /** Number of points of the series with the most points (for tests and the screenshot check). */
    public int pointCount() {
        int n = 0;
        if (chart.getXYPlot().getDataset() instanceof DefaultTableXYDataset t) {
            for (int i = 0; i < t.getSeriesCount(); i++) {
                n = Math.max(n, t.getSeries(i).getItemCount());
            }
        } else if (chart.getXYPlot().getDataset() instanceof YIntervalSeriesCollection c) {
            for (int i = 0; i < c.getSeriesCount(); i++) {
                n = Math.max(n, c.getSeries(i).getItemCount());
            }
        }
        return n;
    }

    /** Convenience for extractors: one value per name. */
    public static double[] values(List<String> names, Function<String, Double> value) {
        double[] y = new double[names.size()];
        for (int i = 0; i < y.length; i++) {
            Double v = value.apply(names.get(i));
            y[i] = v == null ? Double.NaN : v;
        }
        return y;
    }

    static Map<String, Color> zip(List<String> names, List<Color> colors) {
        Map<String, Color> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), colors.get(i));
        }
        return m;
    }
}
