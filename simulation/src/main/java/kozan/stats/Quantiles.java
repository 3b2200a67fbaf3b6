package kozan.stats;

/**
 * Percentiles by linear interpolation between order statistics: Hyndman-Fan type 7, as in R's default and
 * NumPy's, evaluated at h = (n-1)p.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** Type-7 percentile {@code p} in [0, 1] of values sorted ascending: x[h] interpolated at h = (n-1)p. */
    public static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
