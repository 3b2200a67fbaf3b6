package kozan.stats;

import java.util.Arrays;

/**
 * Statistics of one quantity across replications, as summary.csv reports them: sample mean and standard
 * deviation (n-1), a 95% confidence interval of the mean from Student's t distribution with n-1 degrees of
 * freedom (on the logit or log scale for bounded quantities, {@link Bounds}), and the 5th, 50th and 95th percentiles ({@link Quantiles#type7}). With fewer than two values sd and
 * the interval are undefined (NaN), written as empty/null. Two passes over stored values, in replication order.
 */
public record SummaryStats(int n, double mean, double sd, double ci95Low, double ci95High,
                           double p05, double p50, double p95) {

    /** Statistics of the first {@code count} entries of {@code values}, the interval inside {@code bounds}. */
    public static SummaryStats of(double[] values, int count, Bounds bounds) {
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
            double half = StudentT.quantile975(count - 1) * sd / Math.sqrt(count);
            double[] ci = bounds.ci95(mean, half);
            low = ci[0];
            high = ci[1];
        }
        Arrays.sort(sorted);
        return new SummaryStats(count, mean, sd, low, high,
                Quantiles.type7(sorted, 0.05), Quantiles.type7(sorted, 0.50), Quantiles.type7(sorted, 0.95));
    }
}
