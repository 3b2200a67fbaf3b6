package kozan.io;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Statistics of one quantity across replications: sample mean and standard deviation (n-1), a 95% confidence
 * interval of the mean from Student's t distribution with n-1 degrees of freedom, and the 5th, 50th and 95th
 * percentiles (linear interpolation between order statistics, Hyndman-Fan type 7 as in R and NumPy).
 * With fewer than two values sd and the interval are undefined (NaN), written as empty/null.
 */
public record SummaryStats(int n, double mean, double sd, double ci95Low, double ci95High,
                           double p05, double p50, double p95) {

    public static SummaryStats of(double[] values, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = Arrays.copyOf(values, count);
        double sum = 0.0;
        for (int i = 0; i < count; i++) {
            sum += values[i]; // replication order, so the rounding is reproducible
        }
        double mean = sum / count;
        double sd = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (count > 1) {
            double squares = 0.0;
            for (int i = 0; i < count; i++) {
                double d = values[i] - mean;
                squares += d * d;
            }
            sd = Math.sqrt(squares / (count - 1));
            double t = T975.computeIfAbsent(count - 1, df -> tQuantile975(df));
            double half = t * sd / Math.sqrt(count);
            low = mean - half;
            high = mean + half;
        }
        Arrays.sort(sorted);
        return new SummaryStats(count, mean, sd, low, high,
                percentile(sorted, 0.05), percentile(sorted, 0.50), percentile(sorted, 0.95));
    }

    /** t(0.975) by degrees of freedom: every row of a summary has the same n, and the solver is slow. */
    private static final Map<Integer, Double> T975 = new ConcurrentHashMap<>();

    /**
     * Student t 97.5% quantile for {@code df} degrees of freedom (fractional for Welch), the one every 95% interval
     * in Kozan uses. The default solver accuracy (1e-9) would show in the 12 written digits, so it is tightened.
     */
    public static double tQuantile975(double df) {
        return new TDistribution(null, df, 1e-14).inverseCumulativeProbability(0.975);
    }

    /** Type-7 percentile of sorted values: x[h] interpolated at h = (n-1)p. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
