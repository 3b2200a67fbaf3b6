package kozan.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one way numbers become text in Kozan's output files.
 *
 * <p>{@code Double.toString} changed its output between Java 17 and 19 (shortest-repr algorithm), so files
 * written with it would differ across JDKs. Here the exact binary value is rounded to 12 significant digits
 * (half-even) with {@link BigDecimal}, which is specified bit-for-bit, and written in plain notation without
 * trailing zeros: {@code 0.1 -> "0.1"}, {@code 1e6 -> "1000000"}, {@code -0.0 -> "0"}.
 */
public final class Numbers {

    /** Significant digits kept; 12 hides binary noise (0.1+0.2) while keeping far more than the data's precision. */
    public static final int SIGNIFICANT_DIGITS = 12;

    private static final MathContext CONTEXT = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /**
     * @param value any finite double
     * @return plain decimal text with at most 12 significant digits; "0" for both zeros
     * @throws IllegalArgumentException for NaN or infinities, which no output file may contain
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write a non-finite number: " + value);
        }
        if (value == 0.0) {
            return "0"; // also -0.0: a sign on zero is noise in results files
        }
        return new BigDecimal(value).round(CONTEXT).stripTrailingZeros().toPlainString();
    }

    /** The number as a {@link BigDecimal} with exactly the digits {@link #format} writes (for JSON output). */
    public static BigDecimal decimal(double value) {
        return new BigDecimal(format(value));
    }
}
