package kozan.chart;

import kozan.io.Results;
import kozan.io.SeriesKey;
import kozan.io.SeriesTable;
import kozan.observe.Metrics;
import kozan.stats.PerPeriod;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch charts: how a metric in the target years responds to a swept parameter, one results directory per design
 * point, mean across replications with 95% confidence intervals.
 */
public final class SweepCharts {

    /** Pseudo-metric: direct + indirect + induced jobs, national. */
    public static final String JOBS_TOTAL = "jobs_total";

    private SweepCharts() {
    }

    /**
     * @param parameter   axis label of the swept parameter including its unit, e.g. "Capex grant (share)"
     * @param values      the parameter's value at each design point
     * @param points      results of each design point, same order as values
     * @param metric      a metric name or {@link #JOBS_TOTAL}
     * @param commodity   commodity of the metric, "" for none
     * @param years       target years, one series each
     */
    public static JFreeChart response(String parameter, double[] values, List<Results> points, String metric,
                                      String commodity, List<Integer> years) {
        if (values.length != points.size()) {
            throw new IllegalArgumentException(values.length + " parameter values for " + points.size() + " points");
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> values[i]));
        double[] x = new double[values.length];
        boolean share = metric.equals(Metrics.IMPORT_DEPENDENCE);
        List<Series> series = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            double[] mean = new double[x.length];
            double[] lo = new double[x.length];
            double[] hi = new double[x.length];
            for (int p = 0; p < x.length; p++) {
                x[p] = values[order[p]];
                SeriesTable t = points.get(order[p]).annual();
                int i = t.periodIndex(String.valueOf(years.get(y)));
                double[][] v = i < 0 ? new double[][]{{Double.NaN}} : column(values(t, metric, commodity), i);
                mean[p] = PerPeriod.mean(v)[0];
                // the interval stays in the metric's range (total jobs: persons, not negative)
                double[] ci = Metrics.bounds(metric.equals(JOBS_TOTAL) ? Metrics.JOBS_DIRECT : metric)
                        .ci95(mean[p], PerPeriod.ci95HalfWidth(v)[0]);
                lo[p] = ci[0];
                hi[p] = ci[1];
            }
            series.add(new Series(String.valueOf(years.get(y)), Palette.sequential(y, years.size()), mean, lo, hi));
        }
        Labels labels = points.isEmpty() ? Labels.none() : Labels.of(points.get(0));
        String what = metric.equals(JOBS_TOTAL) ? "Total jobs" : Labels.pretty(metric)
                + (commodity.isEmpty() ? "" : ": " + labels.commodity(commodity));
        String unit = metric.equals(JOBS_TOTAL) ? "persons" : share ? "% of supply"
                : points.isEmpty() ? "" : points.get(0).unit(metric, commodity);
        int n = points.isEmpty() ? 0 : points.get(0).annual().replicationCount();
        return Charts.sweep(what + " by " + parameter.replaceAll(" \\(.*\\)$", ""),
                "Mean of " + n + " replications per point with 95% confidence interval; one line per target year",
                parameter, what + (unit.isEmpty() ? "" : " (" + unit + ")"), x, series, share);
    }

    static double[][] values(SeriesTable t, String metric, String commodity) {
        if (metric.equals(JOBS_TOTAL)) {
            List<double[][]> parts = new ArrayList<>();
            for (String m : ResultCharts.JOB_CLASSES) {
                if (Totals.has(t, m)) {
                    parts.add(Totals.national(t, m, ""));
                }
            }
            return PerPeriod.sum(parts, t.replicationCount(), t.periodCount());
        }
        if (t.keys(k -> k.metric().equals(metric) && k.commodity().equals(commodity)).isEmpty()) {
            throw new IllegalArgumentException("no series " + new SeriesKey(metric, commodity, "", ""));
        }
        return Totals.national(t, metric, commodity);
    }

    private static double[][] column(double[][] v, int i) {
        double[][] out = new double[v.length][1];
        for (int r = 0; r < v.length; r++) {
            out[r][0] = v[r][i];
        }
        return out;
    }
}
