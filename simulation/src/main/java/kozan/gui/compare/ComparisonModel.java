package kozan.gui.compare;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kozan.chart.Charts;
import kozan.chart.Comparison;
import kozan.chart.Labels;
import kozan.chart.Palette;
import kozan.chart.Series;
import kozan.chart.Totals;
import kozan.gui.compare.Quantity.Kind;
import kozan.io.Results;
import kozan.io.SeriesTable;
import kozan.observe.Metrics;
import kozan.stats.Bounds;
import kozan.stats.PairedDifference;
import kozan.stats.PerPeriod;
import kozan.stats.RunningStats;
import org.jfree.chart.JFreeChart;

/**
 * Two or more results directories side by side; the first is the baseline. Overlays show each run's mean over
 * replications with its 95% confidence band; the table gives differences from the baseline in target years.
 */
public final class ComparisonModel {

    /**
     * A quantity to overlay or tabulate: label, unit, how its numbers read, the range of its values (which its
     * bands and the intervals of its differences respect, {@link Bounds}), and its [replication][year] values.
     */
    public record View(String label, String unit, Kind kind, Bounds range, Function<SeriesTable, double[][]> values) {

        /** A share (0-1), drawn on a percent axis. */
        public boolean share() {
            return kind == Kind.SHARE;
        }
    }

    private static final String[] JOBS = {Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED};
    /** Jobs from mining; its difference from the baseline is the gross jobs. */
    public static final String GROSS_JOBS_VIEW = "Jobs from mining: direct + indirect + induced (difference = gross jobs)";
    /** All employment; its difference from the baseline is the net jobs. */
    public static final String EMPLOYED_VIEW = "Employed, all employment (difference = net jobs)";

    private final List<Results> runs;
    private final Map<String, View> views = new LinkedHashMap<>();

    public ComparisonModel(List<Results> runs) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two results directories, got " + runs.size());
        }
        this.runs = List.copyOf(runs);
        Labels labels = Labels.of(runs.get(0));
        // the differences of these two rows are the gross and the net jobs of docs/outputs.md; the gross jobs are a
        // sum of job classes that cannot be negative, so they take the classes' range
        add(new View(GROSS_JOBS_VIEW, "persons", Kind.PERSONS, Metrics.bounds(Metrics.JOBS_DIRECT), t -> total(t, JOBS)));
        add(persons(EMPLOYED_VIEW, Metrics.EMPLOYED));
        add(persons("Jobs displaced from the rest of the economy", Metrics.JOBS_DISPLACED));
        add(persons("Manufacturing jobs", Metrics.JOBS_MANUFACTURING));
        add(persons("Direct jobs (mines)", Metrics.JOBS_DIRECT));
        add(persons("Indirect jobs (supply chain)", Metrics.JOBS_INDIRECT));
        add(persons("Induced jobs (household spending)", Metrics.JOBS_INDUCED));
        for (String c : Totals.dimension(runs.get(0).annual(), Metrics.IMPORT_DEPENDENCE, k -> k.commodity())) {
            add(new View("Import dependence: " + labels.commodity(c), "share", Kind.SHARE,
                    Metrics.bounds(Metrics.IMPORT_DEPENDENCE), t -> Totals.national(t, Metrics.IMPORT_DEPENDENCE, c)));
        }
        add(new View("Imports, all commodities", "JPY/yr", Kind.YEN, Metrics.bounds(Metrics.IMPORTS_YEN),
                t -> Totals.sum(t, k -> k.metric().equals(Metrics.IMPORTS_YEN) && k.region().isEmpty())));
        add(new View("Fiscal cost, all levers", "JPY/yr", Kind.YEN, Metrics.bounds(Metrics.FISCAL_COST_YEN),
                t -> total(t, Metrics.FISCAL_COST_YEN)));
    }

    /** The national total of a metric counted in persons, in the metric's range. */
    private static View persons(String label, String metric) {
        return new View(label, "persons", Kind.PERSONS, Metrics.bounds(metric), t -> total(t, metric));
    }

    private void add(View v) {
        views.put(v.label(), v);
    }

    private static double[][] total(SeriesTable t, String... metrics) {
        List<double[][]> parts = new ArrayList<>();
        for (String m : metrics) {
            if (Totals.has(t, m)) {
                parts.add(Totals.national(t, m, ""));
            }
        }
        return PerPeriod.sum(parts, t.replicationCount(), t.periodCount());
    }

    public List<Results> runs() {
        return runs;
    }

    public List<String> viewNames() {
        return List.copyOf(views.keySet());
    }

    public View view(String name) {
        return views.get(name);
    }

    /** Every run's mean with a 95% confidence band, on the baseline's years. */
    public JFreeChart overlay(String viewName) {
        View v = views.get(viewName);
        SeriesTable base = runs.get(0).annual();
        double[] x = base.x();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            SeriesTable t = runs.get(i).annual();
            double[][] values = v.values().apply(t);
            double[] m = PerPeriod.mean(values);
            double[] h = PerPeriod.ci95HalfWidth(values);
            double[] y = new double[x.length];
            double[] lo = new double[x.length];
            double[] hi = new double[x.length];
            for (int p = 0; p < x.length; p++) {
                int q = t.periodIndex(base.periods().get(p));
                // a level's band stays in its range (jobs never below 0, a share within 0-1); one replication has
                // no band, only the mean
                double[] ci = q < 0 ? new double[] {Double.NaN, Double.NaN} : v.range().ci95(m[q], h[q]);
                y[p] = q < 0 ? Double.NaN : m[q];
                lo[p] = q < 0 || Double.isNaN(ci[0]) ? y[p] : ci[0];
                hi[p] = q < 0 || Double.isNaN(ci[1]) ? y[p] : ci[1];
            }
            series.add(new Series(name(i), color(i), y, lo, hi));
        }
        return Charts.lines(v.label(), "Mean over replications with 95% confidence band", "Year",
                v.label() + " (" + v.unit() + ")", x, series, v.share(), false);
    }

    public String name(int run) {
        String n = runs.get(run).scenarioName();
        return run == 0 && !n.toLowerCase(java.util.Locale.ROOT).contains("baseline") ? n + " (baseline)" : n;
    }

    static Color color(int run) {
        return run == 0 ? Palette.BLACK : Palette.indexed(run - 1);
    }

    /** Target years: the baseline summary's, else its last year. */
    public List<Integer> targetYears() {
        List<Integer> years = runs.get(0).summaryYears();
        if (!years.isEmpty()) {
            return years;
        }
        List<String> periods = runs.get(0).annual().periods();
        return List.of(Integer.parseInt(periods.get(periods.size() - 1)));
    }

    /** Differences from the baseline of every view, for every other run and target year. */
    public List<DiffRow> differences() {
        List<DiffRow> rows = new ArrayList<>();
        SeriesTable base = runs.get(0).annual();
        for (int i = 1; i < runs.size(); i++) {
            SeriesTable other = runs.get(i).annual();
            Comparison paired = pairedOrNull(base, other);
            for (View v : views.values()) {
                double[][] b = v.values().apply(base);
                double[][] s = v.values().apply(other);
                for (int year : targetYears()) {
                    int pb = base.periodIndex(String.valueOf(year));
                    int ps = other.periodIndex(String.valueOf(year));
                    if (pb >= 0 && ps >= 0) {
                        rows.add(row(name(i), v, year, column(b, pb), column(s, ps), paired, b, s));
                    }
                }
            }
        }
        return rows;
    }

    private static Comparison pairedOrNull(SeriesTable base, SeriesTable other) {
        int[] a = base.replications();
        int[] b = other.replications();
        return Arrays.equals(a, b) ? new Comparison(base, other) : null;
    }

    private static DiffRow row(String scenario, View v, int year, double[] b, double[] s, Comparison paired,
                               double[][] bAll, double[][] sAll) {
        RunningStats base = stats(b);
        RunningStats scen = stats(s);
        if (paired != null) {
            PairedDifference d = paired.at(bAll, sAll, String.valueOf(year));
            double[] ci = v.range().differenceCi95(d.mean(), d.n() < 2 ? 0 : d.halfWidth(), 1);
            return new DiffRow(scenario, v.label(), v.unit(), v.kind(), year, base.mean(), scen.mean(), d.mean(),
                    ci[0], ci[1], d.n(), true);
        }
        // Different replications: no pairs, so the interval is that of two independent means, kept within what
        // two values of the range can differ by (a change in a share within +-1)
        double welch = RunningStats.welchHalfWidth(scen, base);
        double diff = scen.mean() - base.mean();
        double[] ci = v.range().differenceCi95(diff, Double.isNaN(welch) ? 0 : welch, 1);
        return new DiffRow(scenario, v.label(), v.unit(), v.kind(), year, base.mean(), scen.mean(), diff, ci[0],
                ci[1], Math.min(b.length, s.length), false);
    }

    private static RunningStats stats(double[] x) {
        RunningStats out = new RunningStats();
        for (double v : x) {
            out.add(v);
        }
        return out;
    }

    private static double[] column(double[][] v, int p) {
        return Arrays.stream(v).mapToDouble(r -> r[p]).filter(Double::isFinite).toArray();
    }
}
