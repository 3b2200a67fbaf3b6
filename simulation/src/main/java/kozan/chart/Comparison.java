package kozan.chart;

import kozan.io.SeriesTable;
import kozan.stats.PairedDifference;
import kozan.stats.Bounds;
import kozan.stats.PerPeriod;

import java.util.ArrayList;
import java.util.List;

/**
 * Paired differences between a scenario and its baseline. Replication k of both used the same random draws
 * (common random numbers), so the difference is taken replication by replication and its mean gets a t interval
 * from the paired differences: far narrower than comparing two independent means.
 */
public final class Comparison {

    private final SeriesTable baseline;
    private final SeriesTable scenario;
    private final int[] baseRep;
    private final int[] scenRep;
    private final int[] basePeriod;
    private final int[] scenPeriod;
    private final double[] x;

    public Comparison(SeriesTable baseline, SeriesTable scenario) {
        this.baseline = baseline;
        this.scenario = scenario;
        List<int[]> reps = new ArrayList<>();
        int[] br = baseline.replications();
        int[] sr = scenario.replications();
        for (int i = 0; i < br.length; i++) {
            int j = java.util.Arrays.binarySearch(sr, br[i]);
            if (j >= 0) {
                reps.add(new int[]{i, j});
            }
        }
        List<int[]> periods = new ArrayList<>();
        for (int i = 0; i < baseline.periodCount(); i++) {
            int j = scenario.periodIndex(baseline.periods().get(i));
            if (j >= 0) {
                periods.add(new int[]{i, j});
            }
        }
        if (reps.isEmpty() || periods.isEmpty()) {
            throw new IllegalArgumentException("baseline and scenario share no replication or no period: "
                    + "they cannot be compared pair by pair");
        }
        baseRep = reps.stream().mapToInt(p -> p[0]).toArray();
        scenRep = reps.stream().mapToInt(p -> p[1]).toArray();
        basePeriod = periods.stream().mapToInt(p -> p[0]).toArray();
        scenPeriod = periods.stream().mapToInt(p -> p[1]).toArray();
        double[] bx = baseline.x();
        x = java.util.Arrays.stream(basePeriod).mapToDouble(i -> bx[i]).toArray();
    }

    public SeriesTable baseline() {
        return baseline;
    }

    public SeriesTable scenario() {
        return scenario;
    }

    /** Years present in both. */
    public double[] x() {
        return x.clone();
    }

    public int pairs() {
        return baseRep.length;
    }

    /** scenario - baseline per pair, [pair][common period]; inputs are [replication][period] of each table. */
    public double[][] difference(double[][] base, double[][] scen) {
        double[][] d = new double[baseRep.length][basePeriod.length];
        for (int p = 0; p < baseRep.length; p++) {
            for (int i = 0; i < basePeriod.length; i++) {
                d[p][i] = scen[scenRep[p]][scenPeriod[i]] - base[baseRep[p]][basePeriod[i]];
            }
        }
        return d;
    }

    /**
     * The paired difference (scenario - baseline) at one period common to both, over the pairs that have a value
     * in both; an empty accumulator when the period is not common.
     */
    public PairedDifference at(double[][] base, double[][] scen, String period) {
        PairedDifference d = new PairedDifference(PairedDifference.Direction.SCENARIO_MINUS_BASELINE);
        int b = baseline.periodIndex(period);
        int s = scenario.periodIndex(period);
        if (b < 0 || s < 0) {
            return d;
        }
        for (int p = 0; p < baseRep.length; p++) {
            double x = base[baseRep[p]][b];
            double y = scen[scenRep[p]][s];
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                d.add(x, y);
            }
        }
        return d;
    }

    /**
     * Mean paired difference with its 95% t interval, as a plotted series; {@code range} is the range of the values
     * differenced and {@code unit} the factor the differences were scaled by (100 for percentage points), so that a
     * change in a share keeps its band inside +-100 points ({@link Bounds#differenceCi95}).
     */
    public static Series meanWithCi(String name, java.awt.Color color, double[][] diff, Bounds range, double unit) {
        double[] m = PerPeriod.mean(diff);
        double[] h = PerPeriod.ci95HalfWidth(diff);
        double[] lo = new double[m.length];
        double[] hi = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double[] ci = range.differenceCi95(m[i], h[i], unit); // NaN exactly where mean +- half width was
            lo[i] = ci[0];
            hi[i] = ci[1];
        }
        return new Series(name, color, m, lo, hi);
    }
}
