package kozan.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Statistics across replications of per-period values ({@code double[replication][period]}), as charts and
 * reports show them. NaN values (a replication without that period) are left out.
 *
 * <p>Means use {@link java.util.stream.DoubleStream#average()} (compensated summation) and quantiles the
 * commons-math R-7 estimator: the same type-7 definition as {@link Quantiles#type7}, but evaluated as
 * 1 + (n-1)p, which can round differently in the last bit. Charts keep these so that their files stay
 * byte-identical.
 */
public final class PerPeriod {

    private PerPeriod() {
    }

    /** Quantile {@code q} in (0, 1] across replications for each period. */
    public static double[] quantile(double[][] v, double q) {
        double[] out = new double[periods(v)];
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int t = 0; t < out.length; t++) {
            double[] col = column(v, t);
            out[t] = col.length == 0 ? Double.NaN : p.evaluate(col, q * 100);
        }
        return out;
    }

    public static double[] mean(double[][] v) {
        double[] out = new double[periods(v)];
        for (int t = 0; t < out.length; t++) {
            out[t] = Arrays.stream(column(v, t)).average().orElse(Double.NaN);
        }
        return out;
    }

    /**
     * Half-width of the 95% t interval of the mean for each period; 0 with a single replication (no interval can
     * be estimated, and a chart then shows the point alone).
     */
    public static double[] ci95HalfWidth(double[][] v) {
        double[] out = new double[periods(v)];
        for (int t = 0; t < out.length; t++) {
            double[] col = column(v, t);
            int n = col.length;
            if (n < 2) {
                continue;
            }
            double m = Arrays.stream(col).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(col).map(x -> (x - m) * (x - m)).sum() / (n - 1));
            out[t] = StudentT.quantile975(n - 1) * sd / Math.sqrt(n);
        }
        return out;
    }

    /** Element-wise sum of several [replication][period] arrays of the same shape; NaN where no part has a value. */
    public static double[][] sum(Iterable<double[][]> parts, int reps, int periods) {
        double[][] out = new double[reps][periods];
        boolean[][] seen = new boolean[reps][periods];
        for (double[][] p : parts) {
            for (int r = 0; r < reps; r++) {
                for (int t = 0; t < periods; t++) {
                    if (!Double.isNaN(p[r][t])) {
                        out[r][t] += p[r][t];
                        seen[r][t] = true;
                    }
                }
            }
        }
        for (int r = 0; r < reps; r++) {
            for (int t = 0; t < periods; t++) {
                if (!seen[r][t]) {
                    out[r][t] = Double.NaN;
                }
            }
        }
        return out;
    }

    /** Largest absolute value in the arrays, NaN left out (0 when there is none). */
    public static double maxAbs(double[]... arrays) {
        double m = 0;
        for (double[] a : arrays) {
            for (double x : a) {
                if (!Double.isNaN(x)) {
                    m = Math.max(m, Math.abs(x));
                }
            }
        }
        return m;
    }

    private static int periods(double[][] v) {
        return v.length == 0 ? 0 : v[0].length;
    }

    private static double[] column(double[][] v, int t) {
        return Arrays.stream(v).mapToDouble(r -> r[t]).filter(x -> !Double.isNaN(x)).toArray();
    }
}
