package kozan.analysis;

import java.util.List;

/**
 * A function of k inputs whose Sobol' indices are known in closed form, so the estimators can be checked before
 * they are trusted on the model (as SALib ships them). Inputs are independent and uniform on their factors' ranges.
 */
public interface TestFunction {

    /** The name on the command line ({@code ishigami}, {@code sobol-g}). */
    String name();

    /** The inputs x1..xk with their ranges. */
    List<Factor> factors();

    /** The output y at inputs x (in the factors' own units, x.length == k). */
    double value(double[] x);

    /** Analytic first-order index S_i of each input, in order. */
    double[] firstOrder();

    /** Analytic total index ST_i of each input, in order. */
    double[] total();

    /** The names x1..xk. */
    static String inputName(int i) {
        return "x" + (i + 1);
    }
}
