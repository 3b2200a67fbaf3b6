package kozan.chart;

import kozan.io.Results;
import kozan.io.SeriesKey;
import kozan.io.SeriesTable;
import kozan.observe.Metrics;
import kozan.stats.Bounds;
import kozan.stats.PerPeriod;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts of a scenario against its baseline: paired mean differences with 95% confidence bands (import reduction,
 * gross and net jobs). Positive import reduction means the scenario imports less.
 */
public final class ComparisonCharts {

    private final Comparison cmp;
    private final Labels labels;
    private final String subtitle;

    public ComparisonCharts(Results baseline, Results scenario) {
        this.cmp = new Comparison(baseline.annual(), scenario.annual());
        this.labels = Labels.of(scenario);
        this.subtitle = scenario.scenarioName() + " minus " + baseline.scenarioName() + "; mean of " + cmp.pairs()
                + " paired replications with 95% confidence band";
    }

    /** Fall in import dependence per commodity, in percentage points. */
    public JFreeChart importDependenceReduction() {
        List<Series> series = new ArrayList<>();
        for (String c : common(Metrics.IMPORT_DEPENDENCE)) {
            double[][] d = cmp.difference(Totals.national(cmp.baseline(), Metrics.IMPORT_DEPENDENCE, c),
                    Totals.national(cmp.scenario(), Metrics.IMPORT_DEPENDENCE, c));
            scale(d, -100);
            series.add(Comparison.meanWithCi(labels.commodity(c), Palette.commodity(c), d,
                    Metrics.bounds(Metrics.IMPORT_DEPENDENCE), 100));
        }
        if (series.isEmpty()) {
            return null;
        }
        return Charts.lines("Reduction in import dependence", subtitle, ResultCharts.YEAR,
                "Import dependence reduction (percentage points)", cmp.x(), series, false, true);
    }

    /** Value of imports avoided over all commodities (baseline imports - scenario imports), JPY per year. */
    public JFreeChart importReductionYen() {
        if (common(Metrics.IMPORTS_YEN).isEmpty()) {
            return null;
        }
        double[][] d = cmp.difference(Totals.sum(cmp.baseline(), k -> k.metric().equals(Metrics.IMPORTS_YEN) && k.region().isEmpty()),
                Totals.sum(cmp.scenario(), k -> k.metric().equals(Metrics.IMPORTS_YEN) && k.region().isEmpty()));
        scale(d, -1);
        Series s = Comparison.meanWithCi("Imports avoided", Palette.VERMILLION, d, Bounds.UNBOUNDED, 1);
        Scale scale = Scale.of(PerPeriod.maxAbs(s.y(), s.low(), s.high()), "JPY");
        return Charts.lines("Imports avoided, all commodities", subtitle, ResultCharts.YEAR,
                "Imports avoided (" + scale.unit() + " per year)", cmp.x(), List.of(s.scaled(scale)), false, true);
    }

    /**
     * Gross jobs (change in direct + indirect + induced) and net jobs (change in employed, all employment), each
     * with its 95% band, and the gross classes as lines. Net is left out when either run lacks employed.
     */
    public JFreeChart grossAndNetJobs() {
        List<Series> series = new ArrayList<>();
        List<double[][]> totals = new ArrayList<>();
        for (int c = 0; c < ResultCharts.JOB_CLASSES.length; c++) {
            String m = ResultCharts.JOB_CLASSES[c];
            if (Totals.has(cmp.baseline(), m) && Totals.has(cmp.scenario(), m)) {
                double[][] d = cmp.difference(Totals.national(cmp.baseline(), m, ""), Totals.national(cmp.scenario(), m, ""));
                totals.add(d);
                series.add(Series.of(ResultCharts.JOB_CLASS_NAMES.get(c), Palette.jobClass(m), PerPeriod.mean(d)));
            }
        }
        if (totals.isEmpty()) {
            return null;
        }
        double[][] gross = PerPeriod.sum(totals, cmp.pairs(), cmp.x().length);
        series.add(0, Comparison.meanWithCi(GROSS_JOBS, Palette.BLACK, gross, Bounds.UNBOUNDED, 1));
        if (Totals.has(cmp.baseline(), Metrics.EMPLOYED) && Totals.has(cmp.scenario(), Metrics.EMPLOYED)) {
            double[][] net = cmp.difference(Totals.national(cmp.baseline(), Metrics.EMPLOYED, ""),
                    Totals.national(cmp.scenario(), Metrics.EMPLOYED, ""));
            series.add(1, Comparison.meanWithCi(NET_JOBS, Palette.VERMILLION, net, Bounds.UNBOUNDED, 1));
        }
        return Charts.lines("Gross and net jobs compared with baseline", subtitle, ResultCharts.YEAR,
                "Jobs (persons)", cmp.x(), series, false, true);
    }

    /** Legend of the gross series: the change in the simulated mining economy's jobs. */
    public static final String GROSS_JOBS = "Gross jobs (direct + indirect + induced)";
    /** Legend of the net series: the change in all employment. */
    public static final String NET_JOBS = "Net jobs (change in employed)";

    private List<String> common(String metric) {
        SeriesTable b = cmp.baseline();
        SeriesTable s = cmp.scenario();
        List<String> out = new ArrayList<>();
        for (String c : Totals.dimension(b, metric, SeriesKey::commodity)) {
            if (Totals.dimension(s, metric, SeriesKey::commodity).contains(c) && labels.critical(c)) {
                out.add(c);
            }
        }
        if (out.isEmpty() && Totals.has(b, metric) && Totals.has(s, metric)
                && Totals.dimension(b, metric, SeriesKey::commodity).isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static void scale(double[][] v, double f) {
        for (double[] row : v) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= f;
            }
        }
    }
}
