package kozan.chart.report;

import kozan.chart.Comparison;
import kozan.chart.Labels;
import kozan.stats.Bounds;
import kozan.stats.PerPeriod;
import kozan.chart.Totals;
import kozan.io.Results;
import kozan.io.SeriesKey;
import kozan.io.SeriesTable;

import java.util.ArrayList;
import java.util.List;
import kozan.observe.Metrics;

/**
 * The numbers a report leads with: jobs and import dependence in target years with 95% intervals across
 * replications, and, against a baseline, paired differences. All computed from annual.csv so totals over job
 * classes and regions get proper per-replication intervals.
 */
final class KeyFigures {

    static final String[] JOB_CLASSES = {Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED};
    static final String[] JOB_CLASS_NAMES = {"Direct", "Indirect", "Induced"};

    private final SeriesTable t;
    private final Labels labels;

    KeyFigures(Results results) {
        this.t = results.annual();
        this.labels = Labels.of(results);
    }

    /** National jobs of one class, or of all three when metric is null: [replication][year]. */
    double[][] jobs(String metric, String region) {
        List<double[][]> parts = new ArrayList<>();
        for (String m : JOB_CLASSES) {
            if ((metric == null || metric.equals(m)) && Totals.has(t, m)) {
                parts.add(region == null ? Totals.national(t, m, "") : Totals.region(t, m, "", region));
            }
        }
        return PerPeriod.sum(parts, t.replicationCount(), t.periodCount());
    }

    boolean hasJobs() {
        for (String m : JOB_CLASSES) {
            if (Totals.has(t, m)) {
                return true;
            }
        }
        return false;
    }

    Estimate at(double[][] v, int year, String unit, Bounds bounds) {
        int i = t.periodIndex(String.valueOf(year));
        return i < 0 ? new Estimate(Double.NaN, Double.NaN, Double.NaN, 0, unit) : Estimate.at(v, i, unit, bounds);
    }

    Estimate jobYears() {
        return Estimate.total(jobs(null, null), "person-years", Metrics.bounds(Metrics.JOBS_DIRECT));
    }

    List<String> dependenceCommodities() {
        return Totals.dimension(t, Metrics.IMPORT_DEPENDENCE, SeriesKey::commodity);
    }

    double[][] dependence(String commodity) {
        return Totals.national(t, Metrics.IMPORT_DEPENDENCE, commodity);
    }

    double[][] importsYen() {
        return Totals.sum(t, k -> k.metric().equals(Metrics.IMPORTS_YEN) && k.region().isEmpty());
    }

    /** National employment (all classes, the labour market's employed): [replication][year]. */
    double[][] employed() {
        return Totals.national(t, Metrics.EMPLOYED, "");
    }

    /** National rest-of-economy jobs displaced (signed): [replication][year]. */
    double[][] displaced() {
        return Totals.national(t, Metrics.JOBS_DISPLACED, "");
    }

    /** National manufacturing jobs: [replication][year]. */
    double[][] manufacturing() {
        return Totals.national(t, Metrics.JOBS_MANUFACTURING, "");
    }

    /** National fiscal cost, JPY per year: [replication][year]. */
    double[][] fiscalCost() {
        return Totals.national(t, Metrics.FISCAL_COST_YEN, "");
    }

    /** Net jobs need employed. */
    boolean hasNetJobs() {
        return Totals.has(t, Metrics.EMPLOYED);
    }

    /** Their decomposition also needs jobs_displaced (results from before 2026-12 lack it) and jobs_manufacturing. */
    boolean hasDisplacement() {
        return Totals.has(t, Metrics.JOBS_DISPLACED) && Totals.has(t, Metrics.JOBS_MANUFACTURING);
    }

    boolean hasFiscalCost() {
        return Totals.has(t, Metrics.FISCAL_COST_YEN);
    }

    boolean hasImportsYen() {
        return Totals.has(t, Metrics.IMPORTS_YEN);
    }

    /** Regions with jobs, in the scenario's order. */
    List<String> regions() {
        List<String> out = new ArrayList<>();
        for (String r : labels.regionOrder()) {
            if (!t.keys(k -> k.metric().startsWith("jobs_") && k.region().equals(r)).isEmpty()) {
                out.add(r);
            }
        }
        for (String m : JOB_CLASSES) {
            for (String r : Totals.dimension(t, m, SeriesKey::region)) {
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    Labels labels() {
        return labels;
    }

    /** Years of the run that are target years (summary years, else every fifth). */
    List<Integer> years(List<Integer> targetYears) {
        return targetYears.stream().filter(y -> t.periodIndex(String.valueOf(y)) >= 0).toList();
    }

    /**
     * Sum over the years both runs have of the mean paired difference scenario - baseline: job-years for jobs
     * (annual means of persons), JPY for the fiscal cost (annual sums).
     */
    static double summedMeanDifference(Comparison cmp, double[][] base, double[][] scen) {
        double sum = 0;
        for (double m : PerPeriod.mean(cmp.difference(base, scen))) {
            if (!Double.isNaN(m)) {
                sum += m;
            }
        }
        return sum;
    }

    /**
     * Paired difference scenario - baseline (gross jobs, net jobs, import dependence) at one year, times
     * {@code factor}; {@code range} is the range of the values differenced (a share's change stays within +-1).
     */
    static Estimate pairedAt(Comparison cmp, double[][] base, double[][] scen, int year, double factor, String unit,
                             Bounds range) {
        double[][] d = cmp.difference(base, scen);
        for (double[] row : d) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= factor;
            }
        }
        double[] x = cmp.x();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == year) {
                return Estimate.difference(d, i, unit, range, factor); // a paired difference may be negative
            }
        }
        return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0, unit);
    }
}
