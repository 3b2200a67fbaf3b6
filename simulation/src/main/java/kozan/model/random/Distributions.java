package kozan.model.random;

import kozan.scenario.DistSpec;

/**
 * Turns pre-drawn random numbers into draws of a {@link DistSpec} or a Poisson count. The caller draws a uniform u
 * and a standard normal z from its own stream in a fixed sequence (whether or not the value is used), so the
 * same draws map to the same quantile under every scenario: common random numbers survive policy changes.
 *
 * <p>Every sampler checks its parameters and throws {@link IllegalArgumentException} naming the parameter and its
 * allowed range: a bad parameter is a programming or validation error, never something to smooth over with a
 * default. The ranges are those {@code ScenarioValidator} and the scenario format already enforce, so a validated
 * scenario never reaches a throw.
 */
public final class Distributions {
    /**
     * Largest Poisson mean per draw accepted by {@link #poisson}. The scenario format bounds the rates that reach it:
     * prospects at most 100/yr (8.3 a month) and price jumps at most 12/yr (1 a month). Inversion from
     * {@code exp(-lambda)} takes about lambda + 10 sqrt(lambda) steps and stays accurate far beyond this bound.
     */
    public static final double MAX_POISSON_LAMBDA = 10.0;

    private Distributions() {
    }

    /**
     * One draw of {@code d}: FIXED gives its value, LOGNORMAL the quantile of {@code z}, TRIANGULAR and UNIFORM the
     * quantile of {@code u}.
     *
     * @param d distribution (parameters as {@code ScenarioValidator} requires them)
     * @param u uniform on [0,1) (TRIANGULAR, UNIFORM)
     * @param z standard normal (LOGNORMAL)
     * @throws IllegalArgumentException if a parameter is missing or outside its range, u is outside [0, 1) or z is
     *                                  not finite
     */
    public static double sample(DistSpec d, double u, double z) {
        requireUniform(u);
        if (!Double.isFinite(z)) {
            throw new IllegalArgumentException("z must be a finite standard normal draw; got " + z);
        }
        switch (d.kind()) {
            case FIXED:
                return finite("FIXED", "mean", d.mean());
            case LOGNORMAL:
                return lognormal(finite("LOGNORMAL", "mean", d.mean()), finite("LOGNORMAL", "sd", d.sd()), z);
            case TRIANGULAR:
                return triangular(finite("TRIANGULAR", "min", d.min()), finite("TRIANGULAR", "mode", d.mode()),
                        finite("TRIANGULAR", "max", d.max()), u);
            case UNIFORM:
                return uniform(finite("UNIFORM", "min", d.min()), finite("UNIFORM", "max", d.max()), u);
            default:
                throw new IllegalArgumentException("unknown distribution " + d.kind());
        }
    }

    /**
     * Lognormal with the given mean and standard deviation of the variable itself (not of its log):
     * {@code s^2 = ln(1 + sd^2 / mean^2)}, {@code mu = ln(mean) - s^2 / 2}, draw {@code exp(mu + s z)}. With sd = 0
     * the distribution is the point {@code mean}.
     *
     * @param mean > 0
     * @param sd   >= 0
     * @param z    standard normal draw
     */
    public static double lognormal(double mean, double sd, double z) {
        if (!(mean > 0)) {
            throw new IllegalArgumentException("LOGNORMAL mean must be > 0; got " + mean);
        }
        if (!(sd >= 0)) {
            throw new IllegalArgumentException("LOGNORMAL sd must be >= 0; got " + sd);
        }
        if (sd == 0) {
            return mean;
        }
        double s2 = Math.log(1.0 + sd * sd / (mean * mean));
        double mu = Math.log(mean) - 0.5 * s2;
        return Math.exp(mu + Math.sqrt(s2) * z);
    }

    /**
     * Triangular on [min, max] with the given mode, by inversion of {@code u}.
     *
     * @throws IllegalArgumentException unless min &lt;= mode &lt;= max and min &lt; max
     */
    public static double triangular(double min, double mode, double max, double u) {
        requireUniform(u);
        if (!(min <= mode && mode <= max && min < max)) {
            throw new IllegalArgumentException("TRIANGULAR needs min <= mode <= max and min < max; got min " + min
                    + ", mode " + mode + ", max " + max);
        }
        double a = min;
        double c = mode;
        double b = max;
        double fc = (c - a) / (b - a);
        return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }

    /**
     * Uniform on [min, max).
     *
     * @throws IllegalArgumentException unless min &lt; max
     */
    public static double uniform(double min, double max, double u) {
        requireUniform(u);
        if (!(min < max)) {
            throw new IllegalArgumentException("UNIFORM needs min < max; got min " + min + ", max " + max);
        }
        return min + u * (max - min);
    }

    /**
     * Poisson count by inversion of one uniform {@code u}, so each draw uses exactly one number of the stream
     * (common random numbers): the smallest k whose cumulative probability reaches u. Zero when lambda = 0.
     *
     * <p>In double precision the cumulative sum stops growing once the remaining tail is below half an ulp of 1
     * (about 1e-16); the count then stops there rather than loop on a u that the rounded sum can never reach. For
     * the rates the scenario format allows this happens only for u within an ulp or two of 1.
     *
     * @param u      uniform on [0,1)
     * @param lambda expected count, in [0, {@link #MAX_POISSON_LAMBDA}]
     * @throws IllegalArgumentException if u or lambda is outside its range
     */
    public static int poisson(double u, double lambda) {
        requireUniform(u);
        if (!(lambda >= 0 && lambda <= MAX_POISSON_LAMBDA)) {
            throw new IllegalArgumentException("Poisson lambda must be in [0, " + MAX_POISSON_LAMBDA + "]; got " + lambda);
        }
        if (lambda == 0) {
            return 0;
        }
        double p = Math.exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u > cdf) {
            k++;
            p *= lambda / k;
            double next = cdf + p;
            if (next == cdf) {
                break; // the tail beyond k is below the resolution of the sum
            }
            cdf = next;
        }
        return k;
    }

    private static void requireUniform(double u) {
        if (!(u >= 0 && u < 1)) {
            throw new IllegalArgumentException("u must be a uniform draw in [0, 1); got " + u);
        }
    }

    private static double finite(String kind, String parameter, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException(kind + " needs a finite '" + parameter + "'; got " + value);
        }
        return value;
    }
}
