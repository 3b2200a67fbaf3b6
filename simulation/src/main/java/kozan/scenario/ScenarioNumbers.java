package kozan.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact, JVM-independent text for doubles in scenario files: the fewest significant digits (1..17) whose decimal
 * value reads back as the same double, written plain without trailing zeros. Only BigDecimal arithmetic is used,
 * never Double.toString, whose digits changed between Java 17 and 19.
 */
public final class ScenarioNumbers {
    private ScenarioNumbers() {
    }

    public static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("scenario numbers are finite, got " + d);
        }
        if (d == 0.0) {
            // Keep the sign of -0.0 so the written file loads back to an equal record.
            return (1.0 / d < 0) ? "-0.0" : "0";
        }
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros().toPlainString();
            }
        }
        return exact.stripTrailingZeros().toPlainString();
    }
}
