package kozan.chart;

import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Estimates (mean with a 95% interval) of several named quantities in several years, drawn as grouped bars with
 * whiskers when there are a few years (target years: one group per quantity, one bar per year) and as lines with
 * bands over time when there are many ({@code --all-years}).
 */
final class YearEstimates {

    /**
     * Up to this many years are bars; more are lines over time. Six: a scenario's target years (the baseline has
     * five, 2030-2059) stay bars, while a run's every year ({@code --all-years}) is a line.
     */
    static final int MAX_BAR_YEARS = 6;

    private final Map<String, Color> colors = new LinkedHashMap<>();
    private final Map<String, Map<Integer, double[]>> values = new LinkedHashMap<>();
    private final TreeSet<Integer> years = new TreeSet<>();

    void put(String name, Color color, int year, double mean, double low, double high) {
        colors.putIfAbsent(name, color);
        values.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(year, new double[]{mean, low, high});
        years.add(year);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    List<Integer> years() {
        return List.copyOf(years);
    }

    /** Keeps the quantities for which {@code keep} holds for at least one year's {mean, low, high}. */
    YearEstimates filter(java.util.function.Predicate<double[]> keep) {
        YearEstimates out = new YearEstimates();
        values.forEach((name, byYear) -> {
            if (byYear.values().stream().anyMatch(keep)) {
                byYear.forEach((y, v) -> out.put(name, colors.get(name), y, v[0], v[1], v[2]));
            }
        });
        return out;
    }

    /** Largest absolute mean or interval limit (for axis scaling). */
    double maxAbs() {
        double m = 0;
        for (Map<Integer, double[]> byYear : values.values()) {
            for (double[] v : byYear.values()) {
                for (double d : v) {
                    if (Double.isFinite(d)) {
                        m = Math.max(m, Math.abs(d));
                    }
                }
            }
        }
        return m;
    }

    JFreeChart chart(String title, String subtitle, String category, String yLabel, Scale scale) {
        List<Integer> ys = years();
        if (ys.size() <= MAX_BAR_YEARS) {
            List<String> names = new ArrayList<>(values.keySet());
            List<String> series = ys.stream().map(String::valueOf).toList();
            List<Color> cs = new ArrayList<>();
            double[][] mean = new double[ys.size()][names.size()];
            double[][] low = new double[ys.size()][names.size()];
            double[][] high = new double[ys.size()][names.size()];
            for (int s = 0; s < ys.size(); s++) {
                cs.add(Palette.sequential(s, ys.size()));
                for (int c = 0; c < names.size(); c++) {
                    double[] v = values.get(names.get(c)).get(ys.get(s));
                    mean[s][c] = v == null ? Double.NaN : v[0] / scale.factor();
                    low[s][c] = v == null ? Double.NaN : v[1] / scale.factor();
                    high[s][c] = v == null ? Double.NaN : v[2] / scale.factor();
                }
            }
            return Charts.bars(title, subtitle, category, yLabel, names, series, cs, mean, low, high);
        }
        double[] x = ys.stream().mapToDouble(Integer::doubleValue).toArray();
        List<Series> series = new ArrayList<>();
        values.forEach((name, byYear) -> {
            double[] m = new double[x.length];
            double[] lo = new double[x.length];
            double[] hi = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double[] v = byYear.get(ys.get(i));
                m[i] = v == null ? Double.NaN : v[0];
                lo[i] = v == null || Double.isNaN(v[1]) ? m[i] : v[1];
                hi[i] = v == null || Double.isNaN(v[2]) ? m[i] : v[2];
            }
            series.add(new Series(name, colors.get(name), m, lo, hi).scaled(scale));
        });
        return Charts.lines(title, subtitle, ResultCharts.YEAR, yLabel, x, series, false, true);
    }
}
