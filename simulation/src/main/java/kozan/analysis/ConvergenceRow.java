package kozan.analysis;

/**
 * One row of convergence.csv: a Sobol' index estimated from the first {@code samples} rows of the design.
 *
 * @param samples base sample size N' (rows of A and B used; N' (k + 2) model evaluations)
 */
public record ConvergenceRow(String parameter, String output, String index, int samples, double estimate,
                             double ci95Low, double ci95High) {
}
