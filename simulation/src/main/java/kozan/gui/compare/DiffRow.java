package kozan.gui.compare;

/**
 * One line of the comparison table: a headline metric in a target year, baseline and scenario means over
 * replications, and the difference (scenario - baseline) with its 95% confidence interval. Paired when the two
 * runs share replications (common random numbers), else from two independent samples (Welch). {@code kind} says
 * how the table writes its numbers.
 */
public record DiffRow(String scenario, String metric, String unit, Quantity.Kind kind, int year, double baselineMean, double scenarioMean,
                      double difference, double ci95Low, double ci95High, int n, boolean paired) {
}
