package kozan.stats;

/**
 * The range a metric's values can take, and the 95% interval of a mean that stays inside it. A symmetric t
 * interval (mean +- t * se) can cross a bound: import dependence 81.8% +- 24% reaches 105.8%, a price near 0
 * gets a negative lower limit. So the t interval is built on a scale without bounds and transformed back (the
 * delta method: se on the transformed scale = se / |g'(mean)|):
 * <ul>
 * <li>{@link #SHARE} (0-1): logit scale, logit(mean) +- t * se / (mean (1 - mean)), back through the logistic
 * function;
 * <li>{@link #NON_NEGATIVE}: log scale, log(mean) +- t * se / mean, i.e. [mean / f, mean * f] with
 * f = exp(t * se / mean);
 * <li>{@link #UNBOUNDED}: the plain t interval (signed quantities, and paired differences).
 * </ul>
 * A mean on a bound with zero spread (every replication 0, or every one 1) gets the point interval at the bound.
 * A mean on or outside a bound with some spread (only float noise can put it there) gets the t interval clamped
 * to the range, so it touches the bound; so does a non-negative mean so close to 0 against its spread that the
 * log-scale upper limit overflows (a batch of values around 0, some negative). Which metric has which range is decided in one place,
 * {@code kozan.observe.Metrics.bounds}.
 */
public enum Bounds {
    SHARE(0.0, 1.0),
    NON_NEGATIVE(0.0, Double.POSITIVE_INFINITY),
    UNBOUNDED(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final double min;
    private final double max;

    Bounds(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /**
     * The 95% interval {low, high} of a mean whose symmetric t interval has half width {@code half} (t(0.975, n-1)
     * * sd / sqrt(n)); {NaN, NaN} when the half width is undefined (fewer than two values).
     */
    public double[] ci95(double mean, double half) {
        if (Double.isNaN(half) || Double.isNaN(mean)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (half == 0) {
            return new double[] {mean, mean};
        }
        if (this == UNBOUNDED || !(mean > min) || !(mean < max)) {
            return new double[] {clamp(mean - half), clamp(mean + half)};
        }
        if (this == NON_NEGATIVE) {
            double f = Math.exp(half / mean);
            if (Double.isFinite(mean * f)) {
                return new double[] {mean / f, mean * f};
            }
            // a mean just above 0 with a wide spread (values of both signs around 0): the log-scale interval has no
            // finite upper limit; like a mean on the bound, it gets the t interval clamped to the range
            return new double[] {clamp(mean - half), clamp(mean + half)};
        }
        double logit = Math.log(mean / (1 - mean));
        double h = half / (mean * (1 - mean));
        return new double[] {logistic(logit - h), logistic(logit + h)};
    }

    /**
     * The 95% interval {low, high} of a mean difference between two values of this range (a paired difference, or
     * a change against a baseline), in units of {@code unit} times the metric's own (100 for percentage points of a
     * share; its sign is ignored, so a reduction, baseline - scenario, uses the same range): a change in a share
     * lies in [-1, 1] x |unit|, so its plain t interval, which a few replications can carry past +-100 percentage
     * points, is clamped to that; the difference of any other range is unbounded. {NaN, NaN} when the half width
     * is undefined (fewer than two pairs).
     */
    public double[] differenceCi95(double mean, double half, double unit) {
        if (Double.isNaN(half) || Double.isNaN(mean)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double low = mean - half;
        double high = mean + half;
        if (this != SHARE) {
            return new double[] {low, high};
        }
        double limit = Math.abs(unit) * (max - min);
        return new double[] {Math.max(-limit, low), Math.min(limit, high)};
    }

    /** Whether x lies in the range. */
    public boolean contains(double x) {
        return x >= min && x <= max;
    }

    private double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
