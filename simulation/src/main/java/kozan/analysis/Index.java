package kozan.analysis;

/**
 * One row of indices.csv: an index of one parameter for one output, with its 95% bootstrap interval.
 *
 * @param index one of {@code S1}, {@code ST} (Sobol'), {@code mu_star}, {@code mu}, {@code sigma} (Morris);
 *              Sobol' indices are fractions of the output variance, Morris statistics are in output units per
 *              whole range of the parameter
 */
public record Index(String parameter, String output, String method, String index, double estimate, double ci95Low,
                    double ci95High) {
}
