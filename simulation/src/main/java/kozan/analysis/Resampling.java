package kozan.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import kozan.stats.Quantiles;

/**
 * Percentile bootstrap of several statistics of one sample of units (Sobol' design rows, Morris trajectories):
 * every resample draws the units with replacement once, and all statistics are computed on that same draw, so
 * the intervals of different parameters come from the same resamples. Reproducible: {@link SplittableRandom} is
 * specified exactly, so a seed gives the same intervals on every JDK.
 */
final class Resampling {

    /** Resamples per interval: the 2.5th and 97.5th percentiles of 1,000 values move by about 0.5% of the spread. */
    static final int RESAMPLES = 1000;

    private Resampling() {
    }

    /**
     * @param units     sample size (rows or trajectories)
     * @param statistic the statistics of a sample given as unit indices (length {@code units}, repeats allowed)
     * @return [statistic][0 = 2.5th percentile, 1 = 97.5th percentile]
     */
    static double[][] intervals(int units, long seed, Function<int[], double[]> statistic) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] draws = null;
        for (int b = 0; b < RESAMPLES; b++) {
            int[] pick = new int[units];
            for (int i = 0; i < units; i++) {
                pick[i] = rng.nextInt(units);
            }
            double[] s = statistic.apply(pick);
            if (draws == null) {
                draws = new double[s.length][RESAMPLES];
            }
            for (int j = 0; j < s.length; j++) {
                draws[j][b] = s[j];
            }
        }
        double[][] ci = new double[draws.length][];
        for (int j = 0; j < draws.length; j++) {
            Arrays.sort(draws[j]);
            ci[j] = new double[] {Quantiles.type7(draws[j], 0.025), Quantiles.type7(draws[j], 0.975)};
        }
        return ci;
    }

    /** 0, 1, ..., n-1: the sample itself. */
    static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }
}
