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
        String fast = fast(value);
        return fast != null ? fast : exact(value);
    }

    /** The reference: round the exact binary value with BigDecimal (about 5 us per number, hence {@link #fast}). */
    static String exact(double value) {
        return new BigDecimal(value).round(CONTEXT).stripTrailingZeros().toPlainString();
    }

    /** Exact powers of ten: every 10^k with k <= 22 is a double without rounding. */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1.0;
        for (int k = 0; k < POW10.length; k++) {
            POW10[k] = p;
            p *= 10.0;
        }
    }

    private static final long LOW = 100_000_000_000L;   // 10^11: smallest 12-digit integer
    private static final long HIGH = 1_000_000_000_000L; // 10^12

    /**
     * Same result as {@link #exact} for almost all values, 20x faster, or null when it cannot be sure.
     * v * 10^k with exact 10^k has a relative error of at most 2^-53, i.e. below 1.2e-4 absolute for a 12-digit
     * integer part; the rounded integer is therefore the exact one unless the fraction is within 2e-4 of one half
     * (then, and outside 10^-11..10^33, the exact path decides, including half-even ties).
     */
    static String fast(double value) {
        double abs = Math.abs(value);
        if (!(abs >= 1e-11 && abs < 1e33)) {
            return null;
        }
        int e10 = (int) Math.floor(Math.log10(abs));
        for (int attempt = 0; attempt < 2; attempt++) {
            int k = 11 - e10;
            if (k > 22 || k < -22) {
                return null;
            }
            double scaled = k >= 0 ? abs * POW10[k] : abs / POW10[-k];
            if (scaled >= HIGH) {
                e10++; // log10 rounded down across a power of ten
                continue;
            }
            if (scaled < LOW) {
                e10--;
                continue;
            }
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) < 2e-4) {
                return null;
            }
            long digits = (long) floor + (fraction > 0.5 ? 1 : 0);
            int exponent = e10 - 11;
            if (digits == HIGH) {
                digits = LOW;
                exponent++;
            }
            return plain(value < 0, digits, exponent);
        }
        return null;
    }

    /** digits * 10^exponent in plain notation without trailing zeros. */
    private static String plain(boolean negative, long digits, int exponent) {
        while (digits % 10 == 0) {
            digits /= 10;
            exponent++;
        }
        String d = Long.toString(digits);
        StringBuilder b = new StringBuilder(24);
        if (negative) {
            b.append('-');
        }
        if (exponent >= 0) {
            b.append(d);
            b.append("0".repeat(exponent));
        } else if (d.length() > -exponent) {
            int point = d.length() + exponent;
            b.append(d, 0, point).append('.').append(d, point, d.length());
        } else {
            b.append("0.").append("0".repeat(-exponent - d.length())).append(d);
        }
        return b.toString();
    }

    /** The number as a {@link BigDecimal} with exactly the digits {@link #format} writes (for JSON output). */
    public static BigDecimal decimal(double value) {
        return new BigDecimal(format(value));
    }
}
