package kozan.batch;


/**
 * Running mean and variance (Welford, numerically stable, one pass, O(1) memory) with a 95% confidence
 * interval for the mean from Student's t distribution. Undefined values (sd and CI with n < 2) are NaN and
 * written as empty cells.
 */
public final class Stats {

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

    /** Half width of the 95% CI for the mean: t(0.975, n-1) * sd / sqrt(n). */
    public double ci95HalfWidth() {
        if (n < 2) {
            return Double.NaN;
        }
        return tQuantile975(n - 1) * sd() / Math.sqrt(n);
    }

    /** Student t 97.5% quantile for {@code df} degrees of freedom (df may be fractional, Welch). */
    static double tQuantile975(double df) {
        return kozan.io.SummaryStats.tQuantile975(df);
    }

    /**
     * Half width of the 95% CI for the difference of two means from independent samples (Welch): what the
     * comparison would give without common random numbers.
     */
    static double welchHalfWidth(Stats a, Stats b) {
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
        return tQuantile975(df) * se;
    }
}
