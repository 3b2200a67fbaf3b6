package kozan.batch;

import kozan.io.Numbers;

/**
 * Number text for batch CSVs: 12 significant digits, plain notation, locale-independent, "-0" as "0",
 * NaN as an empty cell (undefined statistic); everything else by kozan.io.Numbers.
 */
final class Fmt {

    private Fmt() {
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Numbers.format(v);
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
