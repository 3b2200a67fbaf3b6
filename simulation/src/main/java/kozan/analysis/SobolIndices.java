package kozan.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * First-order and total Sobol' indices from the outputs of a {@link SaltelliDesign}, with bootstrap intervals
 * (rows resampled with replacement) and a convergence table over the first N/8, N/4, N/2 and N rows.
 *
 * <p>With f_A, f_B, f_ABi the outputs at A_j, B_j and A_B^(i)_j and V the sample variance of all 2N values of f_A
 * and f_B:
 * <ul>
 *   <li>first order, Saltelli et al. (2010), Table 2 (b), on outputs centred by their mean m over the 2N values of
 *   f_A and f_B: S_i = (1/N) sum_j (f_B - m) (f_ABi - f_A) / V. Uncentred, the sampling error of
 *   sum_j (f_ABi - f_A) is multiplied by the mean, so an output whose mean is large against its spread (jobs around
 *   22,000 varying by about 100) gave S_i of -0.9 with an interval of +/-75; SALib standardises outputs for the same
 *   reason. Centring changes no expectation, since E(f_ABi - f_A) = 0;</li>
 *   <li>total, Jansen (1999): ST_i = (1/2N) sum_j (f_A - f_ABi)^2 / V.</li>
 * </ul>
 */
public final class SobolIndices {

    /** Column of f_A and f_B in a row of outputs; f_ABi is at {@code AB + i}. */
    private static final int A = 0;
    private static final int B = 1;
    private static final int AB = 2;

    private SobolIndices() {
    }

    /**
     * S_i then ST_i for every input, on the rows {@code rows} of {@code y}.
     *
     * @param y    y[j] = {f_A, f_B, f_AB1, .., f_ABk} for design row j
     * @param rows the rows used (a prefix, or a bootstrap resample with repeats)
     * @return {S_1, .., S_k, ST_1, .., ST_k}; NaN when the outputs do not vary
     */
    static double[] estimate(double[][] y, int[] rows) {
        int k = y[0].length - 2;
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += y[j][A] + y[j][B];
        }
        mean /= 2 * n;
        double ss = 0;
        for (int j : rows) {
            double da = y[j][A] - mean;
            double db = y[j][B] - mean;
            ss += da * da + db * db;
        }
        double v = ss / (2 * n - 1);
        double[] out = new double[2 * k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double fa = y[j][A];
                double fab = y[j][AB + i];
                first += (y[j][B] - mean) * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            out[i] = first / n / v;
            out[k + i] = total / (2.0 * n) / v;
        }
        return out;
    }

    /**
     * indices.csv rows: S1 and ST per parameter, each with its 95% percentile-bootstrap interval.
     *
     * @param names parameter names, in input order
     * @param seed  seed of the bootstrap resampling
     */
    public static List<Index> indices(List<String> names, String output, double[][] y, long seed) {
        return rows(names, output, y, y.length, seed);
    }

    /**
     * The convergence table: every index estimated on the first N' rows, N' = N/8, N/4, N/2, N (sizes below 2
     * left out), each with its own bootstrap interval.
     */
    public static List<ConvergenceRow> convergence(List<String> names, String output, double[][] y, long seed) {
        List<ConvergenceRow> table = new ArrayList<>();
        int previous = 0;
        for (int divisor : new int[] {8, 4, 2, 1}) {
            int size = y.length / divisor;
            if (size < 2 || size == previous) {
                continue;
            }
            previous = size;
            for (Index ix : rows(names, output, y, size, seed)) {
                table.add(new ConvergenceRow(ix.parameter(), output, ix.index(), size, ix.estimate(), ix.ci95Low(),
                        ix.ci95High()));
            }
        }
        return sortByParameter(table, names);
    }

    private static List<Index> rows(List<String> names, String output, double[][] y, int size, long seed) {
        int k = names.size();
        if (y.length < size || y[0].length != k + 2) {
            throw new IllegalArgumentException("need rows of k + 2 = " + (k + 2) + " outputs");
        }
        double[] est = estimate(y, Resampling.identity(size));
        double[][] ci = Resampling.intervals(size, seed, rows -> estimate(y, rows));
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new Index(names.get(i), output, "sobol", "S1", est[i], ci[i][0], ci[i][1]));
            out.add(new Index(names.get(i), output, "sobol", "ST", est[k + i], ci[k + i][0], ci[k + i][1]));
        }
        return out;
    }

    private static List<ConvergenceRow> sortByParameter(List<ConvergenceRow> rows, List<String> names) {
        List<ConvergenceRow> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt((ConvergenceRow r) -> names.indexOf(r.parameter())));
        return sorted;
    }
}
