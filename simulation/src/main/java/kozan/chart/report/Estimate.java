package kozan.chart.report;

import kozan.stats.Bounds;
import kozan.stats.PerPeriod;

/**
 * A number with its 95% confidence interval across replications, in {@code unit}. With one replication the interval
 * collapses to the value and {@code n} says so. The interval stays inside the quantity's range ({@link Bounds}).
 */
public record Estimate(double mean, double low, double high, int n, String unit) {

    /** From [replication][period] values at one period; NaN replications are left out. */
    public static Estimate at(double[][] values, int period, String unit, Bounds bounds) {
        double[][] col = new double[values.length][1];
        int n = 0;
        for (int r = 0; r < values.length; r++) {
            col[r][0] = values[r][period];
            if (!Double.isNaN(col[r][0])) {
                n++;
            }
        }
        double m = PerPeriod.mean(col)[0];
        double[] ci = bounds.ci95(m, n < 2 ? Double.NaN : PerPeriod.ci95HalfWidth(col)[0]);
        return new Estimate(m, ci[0], ci[1], n, unit);
    }

    /**
     * A mean paired difference at one period, from [pair][period] differences scaled by {@code unit} (100 for
     * percentage points), with its interval kept inside what a difference of values of {@code range} can be
     * ({@link Bounds#differenceCi95}).
     */
    public static Estimate difference(double[][] values, int period, String unitName, Bounds range, double unit) {
        Estimate plain = at(values, period, unitName, Bounds.UNBOUNDED);
        double[] ci = range.differenceCi95(plain.mean(), (plain.high() - plain.low()) / 2, unit);
        return plain.n() < 2 ? plain : new Estimate(plain.mean(), ci[0], ci[1], plain.n(), unitName);
    }

    /** Sum over all periods per replication (e.g. job-years), then the interval of that sum. */
    public static Estimate total(double[][] values, String unit, Bounds bounds) {
        double[][] sums = new double[values.length][1];
        for (int r = 0; r < values.length; r++) {
            for (double v : values[r]) {
                if (!Double.isNaN(v)) {
                    sums[r][0] += v;
                }
            }
        }
        return at(sums, 0, unit, bounds);
    }

    /** "9,530 (95% CI 9,480 to 9,580) persons"; shares as percentages; the CI is left out when n = 1. */
    public String text(boolean share) {
        String value = share ? Html.pct(mean) : Html.num(mean);
        String u = share || unit.isEmpty() ? "" : " " + unit;
        if (n < 2) {
            return value + u;
        }
        String lo = share ? Html.pct(low) : Html.num(low);
        String hi = share ? Html.pct(high) : Html.num(high);
        return value + u + " (95% CI " + lo + " to " + hi + ")";
    }

    /** For table cells whose caption names the unit and the interval: "4,252 [4,099–4,405]". */
    public String compact(boolean share) {
        String value = share ? Html.pct(mean) : Html.num(mean);
        if (n < 2) {
            return value;
        }
        return value + " [" + (share ? Html.pct(low) : Html.num(low)) + "–" + (share ? Html.pct(high) : Html.num(high)) + "]";
    }
}
