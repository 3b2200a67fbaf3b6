package kozan.model.random;

import kozan.scenario.DistSpec;

/**
 * Turns pre-drawn random numbers into draws of a {@link DistSpec}. The caller draws a uniform u and a
 * standard normal z from its own stream in a fixed sequence (whether or not the value is used), so the
 * same draws map to the same quantile under every scenario: common random numbers survive policy changes.
 */
public final class Distributions {

    private Distributions() {
    }

    /**
     * @param d distribution
     * @param u uniform on [0,1) (TRIANGULAR, UNIFORM)
     * @param z standard normal (LOGNORMAL)
     */
    public static double sample(DistSpec d, double u, double z) {
        switch (d.kind()) {
            case FIXED:
                return d.mean();
            case LOGNORMAL: {
                double m = d.mean();
                double sd = d.sd() == null ? 0.0 : d.sd();
                if (m <= 0 || sd <= 0) {
                    return m;
                }
                double s2 = Math.log(1.0 + sd * sd / (m * m));
                double mu = Math.log(m) - 0.5 * s2;
                return Math.exp(mu + Math.sqrt(s2) * z);
            }
            case TRIANGULAR: {
                double a = d.min();
                double c = d.mode();
                double b = d.max();
                if (b <= a) {
                    return a;
                }
                double fc = (c - a) / (b - a);
                return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
            }
            case UNIFORM:
                return d.min() + u * (d.max() - d.min());
            default:
                throw new IllegalArgumentException("unknown distribution " + d.kind());
        }
    }

    /**
     * Poisson count by inversion of one uniform {@code u}, so each draw uses exactly one number of the stream
     * (common random numbers); counts stop at {@code cap}. Zero when {@code lambda <= 0}.
     */
    public static int poisson(double u, double lambda, int cap) {
        if (lambda <= 0) {
            return 0;
        }
        double p = Math.exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < cap) {
            k++;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }
}
