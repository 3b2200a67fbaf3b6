package kozan.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Sobol's G function y = prod_i (|4 x_i - 2| + a_i) / (1 + a_i), inputs uniform on [0, 1]; a small a_i makes
 * x_i important, a_i = 99 makes it nearly irrelevant (Saltelli and Sobol' 1995). Partial variances:
 * V_i = 1 / (3 (1 + a_i)^2), V = prod_i (1 + V_i) - 1, S_i = V_i / V, ST_i = V_i prod_{j != i} (1 + V_j) / V.
 */
public record SobolG(double[] a) implements TestFunction {

    /** Most inputs accepted on the command line. */
    public static final int MAX_INPUTS = 20;

    public SobolG {
        a = a.clone();
        if (a.length < 1 || a.length > MAX_INPUTS) {
            throw new IllegalArgumentException("sobol-g needs 1 to " + MAX_INPUTS + " values of a, got " + a.length);
        }
        for (double ai : a) {
            if (!(ai >= 0) || !Double.isFinite(ai)) {
                throw new IllegalArgumentException("every a of sobol-g must be a finite number >= 0, got " + ai);
            }
        }
    }

    @Override
    public double[] a() {
        return a.clone();
    }

    @Override
    public String name() {
        return "sobol-g";
    }

    @Override
    public List<Factor> factors() {
        List<Factor> f = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            f.add(new Factor(TestFunction.inputName(i), 0, 1));
        }
        return f;
    }

    @Override
    public double value(double[] x) {
        double y = 1;
        for (int i = 0; i < a.length; i++) {
            y *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
        }
        return y;
    }

    private double[] partial() {
        double[] v = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
        }
        return v;
    }

    private static double variance(double[] partial) {
        double p = 1;
        for (double vi : partial) {
            p *= 1 + vi;
        }
        return p - 1;
    }

    @Override
    public double[] firstOrder() {
        double[] v = partial();
        double total = variance(v);
        double[] s = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = v[i] / total;
        }
        return s;
    }

    @Override
    public double[] total() {
        double[] v = partial();
        double total = variance(v);
        double[] st = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double others = 1;
            for (int j = 0; j < v.length; j++) {
                if (j != i) {
                    others *= 1 + v[j];
                }
            }
            st[i] = v[i] * others / total;
        }
        return st;
    }
}
