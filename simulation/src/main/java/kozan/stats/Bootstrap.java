package kozan.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence interval of a mean: resample the values with replacement, take the mean of
 * each resample, report the type-7 percentiles of those means. Reproducible: the same values, resample count
 * and seed give the same interval on every JDK ({@link SplittableRandom} is specified exactly).
 */
public final class Bootstrap {

    /** An interval [low, high] at the given confidence level. */
    public record Interval(double low, double high) {
    }

    private Bootstrap() {
    }

    /**
     * @param values     the sample (at least one value)
     * @param resamples  number of bootstrap resamples (at least 1)
     * @param confidence e.g. 0.95 for the 2.5th to 97.5th percentile of the resampled means
     * @param seed       seed of the resampling
     */
    public static Interval meanInterval(double[] values, int resamples, double confidence, long seed) {
        if (values.length == 0 || resamples < 1 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("need values, resamples >= 1 and 0 < confidence < 1");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int n = values.length;
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[rng.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        double tail = (1 - confidence) / 2;
        return new Interval(Quantiles.type7(means, tail), Quantiles.type7(means, 1 - tail));
    }
}
