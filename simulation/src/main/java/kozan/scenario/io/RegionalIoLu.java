package kozan.scenario.io;

/**
 * LU decomposition with partial pivoting of a dense square matrix, stored row-major in one array, made once and
 * used for many solves (each a forward and a back substitution, 2 n^2 multiply-adds). Written here instead of
 * commons-math's LUDecomposition because the interregional systems of a 47-region scenario are 1,786 x 1,786:
 * there commons-math took about 7 s to decompose and 33 ms to solve (measured on the 2-core build machine), which
 * a monthly solve cannot afford; contiguous inner loops make both several times faster. Immutable after
 * construction; solves are thread-safe.
 */
final class RegionalIoLu {

    private final int n;
    private final double[] lu;
    private final int[] pivot;

    /** Decomposes m (square; not modified). */
    RegionalIoLu(double[][] m) {
        n = m.length;
        lu = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (m[i].length != n) {
                throw new IllegalArgumentException("LU: matrix is not square");
            }
            System.arraycopy(m[i], 0, lu, i * n, n);
        }
        pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        double[] rowBuffer = new double[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            double max = Math.abs(lu[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(lu[i * n + k]);
                if (v > max) {
                    max = v;
                    p = i;
                }
            }
            if (!(max > 0)) {
                throw new IllegalStateException("LU: the matrix is singular (column " + k + ")");
            }
            if (p != k) {
                System.arraycopy(lu, k * n, rowBuffer, 0, n);
                System.arraycopy(lu, p * n, lu, k * n, n);
                System.arraycopy(rowBuffer, 0, lu, p * n, n);
                int t = pivot[k];
                pivot[k] = pivot[p];
                pivot[p] = t;
            }
            double diagonal = lu[k * n + k];
            int kRow = k * n;
            for (int i = k + 1; i < n; i++) {
                int iRow = i * n;
                double l = lu[iRow + k] / diagonal;
                lu[iRow + k] = l;
                if (l != 0) {
                    for (int j = k + 1; j < n; j++) {
                        lu[iRow + j] -= l * lu[kRow + j];
                    }
                }
            }
        }
    }

    int size() {
        return n;
    }

    /** x with m x = b. */
    double[] solve(double[] b) {
        if (b.length != n) {
            throw new IllegalArgumentException("LU: right-hand side has " + b.length + " entries, expected " + n);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[pivot[i]];
            int row = i * n;
            for (int j = 0; j < i; j++) {
                s -= lu[row + j] * x[j];
            }
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            int row = i * n;
            for (int j = i + 1; j < n; j++) {
                s -= lu[row + j] * x[j];
            }
            x[i] = s / lu[row + i];
        }
        return x;
    }
}
