package kozan.analysis;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's (2010) design for Sobol' indices in the unit cube: two N x k matrices A and B from one plain
 * (unscrambled) Sobol' sequence of dimension 2k (A = its first k coordinates, B = its last k), and for every input
 * i the matrix A_B^(i): A with column i taken from B. Row j of the design is the k + 2 points
 * A_j, B_j, A_B^(1)_j, .., A_B^(k)_j; N (k + 2) evaluations in all.
 *
 * <p>Skipped points: the sequence starts at index {@link #skip(int)}, the smallest power of two at least N. This
 * drops the first point (the origin, on the boundary of every range), and because the skip is a multiple of every
 * power of two up to N, the first N' rows for N' = N/8, N/4, N/2, N (N a power of two) are each a full block of the
 * sequence, which keeps its balance (a (t, m, s)-net); the convergence table uses exactly those prefixes. Owen
 * (2020) warns against dropping one point of an unscrambled sequence; skipping a power of two is his remedy, and
 * SALib's default.
 */
public final class SaltelliDesign {

    private final int k;
    private final int n;
    private final double[][] a;
    private final double[][] b;

    /**
     * @param k inputs (1 to 500: the Sobol' sequence of commons-math3 has 1,000 dimensions)
     * @param n base sample size N (at least 2; a power of two keeps the sequence balanced)
     */
    public SaltelliDesign(int k, int n) {
        if (k < 1 || 2 * k > 1000 || n < 2) {
            throw new IllegalArgumentException("need 1 <= k <= 500 inputs and N >= 2, got k=" + k + ", N=" + n);
        }
        this.k = k;
        this.n = n;
        SobolSequenceGenerator seq = new SobolSequenceGenerator(2 * k);
        seq.skipTo(skip(n));
        a = new double[n][];
        b = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] p = seq.nextVector();
            a[j] = java.util.Arrays.copyOfRange(p, 0, k);
            b[j] = java.util.Arrays.copyOfRange(p, k, 2 * k);
        }
    }

    /** Points of the sequence skipped before row 0: the smallest power of two >= n. */
    static int skip(int n) {
        return Integer.highestOneBit(n - 1) << 1;
    }

    public int inputs() {
        return k;
    }

    public int samples() {
        return n;
    }

    /** Points per row: A_j, B_j and the k points A_B^(i)_j. */
    public int pointsPerRow() {
        return k + 2;
    }

    /**
     * Point {@code p} of row {@code j} in the unit cube: p = 0 is A_j, p = 1 is B_j, p = 2 + i is A_B^(i)_j.
     */
    public double[] point(int j, int p) {
        if (p == 0) {
            return a[j].clone();
        }
        if (p == 1) {
            return b[j].clone();
        }
        double[] x = a[j].clone();
        x[p - 2] = b[j][p - 2];
        return x;
    }
}
