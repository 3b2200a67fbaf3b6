/**
 * The statistics of Kozan's outputs, in one place: Student t quantiles, running (Welford) and two-pass sample
 * statistics, t confidence intervals, Welch intervals for independent samples, type-7 percentiles, bootstrap
 * percentile intervals and paired differences between a scenario and its baseline (common random numbers).
 * Used by {@code kozan.io} (summary.csv), {@code kozan.batch} (batch summaries and comparisons) and
 * {@code kozan.chart} (bands and confidence intervals in charts and reports).
 *
 * <p>Where two callers need the same statistic over differently stored data (a stream of replications versus
 * arrays of [replication][period] values) the evaluation order differs, and each keeps its own: output files
 * are compared byte for byte across versions, so a change of summation order is a change of output.
 */
package kozan.stats;
