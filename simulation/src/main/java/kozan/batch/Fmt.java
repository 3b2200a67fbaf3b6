package kozan.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number text for batch CSVs: 12 significant digits, plain notation, locale-independent, "-0" as "0",
 * NaN as an empty cell (undefined statistic). Same contract as kozan.io.Numbers.
 */
final class Fmt {

    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    private Fmt() {
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("infinite value cannot be written: " + v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A parameter value: numbers as {@link #num}, whole numbers without decimals, text as it is. */
    static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof Number n) {
            return num(n.doubleValue());
        }
        return v.toString();
    }
}
