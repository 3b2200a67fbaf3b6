package kozan.io;

/**
 * One row of summary.csv: the distribution of a metric across replications in one target year, in the metric's
 * {@code unit}. The 95% interval is for the mean (t distribution); p05..p95 are quantiles of the replications.
 */
public record SummaryRow(SeriesKey key, int year, String unit, int n, double mean, double sd,
                         double ci95Low, double ci95High, double p05, double p50, double p95) {
}
