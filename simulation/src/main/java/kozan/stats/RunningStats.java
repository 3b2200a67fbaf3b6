package kozan.stats;

/**
 * Running mean and variance of a stream of values (Welford: numerically stable, one pass, O(1) memory) with a
 * 95% confidence interval for the mean from Student's t distribution. Undefined values (sd and interval with
 * n &lt; 2) are NaN. Batch runs use it because replications arrive one at a time and are not kept.
 */
public final class RunningStats {

    private int n;
    private double mean;
    private double m2;

    public void add(double x) {
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
    }

    public int n() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Sample variance (n - 1 denominator). */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    public double sd() {
        return Math.sqrt(variance());
    }

    /** Half width of the 95% CI for the mean: t(0.975, n-1) * sd / sqrt(n); NaN with n &lt; 2. */
    public double ci95HalfWidth() {
        if (n < 2) {
            return Double.NaN;
        }
        return StudentT.quantile975((double) (n - 1)) * sd() / Math.sqrt(n);
    }

    /**
     * Half width of the 95% CI for the difference of two means from independent samples (Welch, with the
     * Welch-Satterthwaite degrees of freedom); NaN when either has fewer than two values, 0 when both are constant.
     */
    public static double welchHalfWidth(RunningStats a, RunningStats b) {
        if (a.n < 2 || b.n < 2) {
            return Double.NaN;
        }
        double va = a.variance() / a.n;
        double vb = b.variance() / b.n;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return 0;
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
        return StudentT.quantile975(df) * se;
    }
}
