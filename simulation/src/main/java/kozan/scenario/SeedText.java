package kozan.scenario;

import java.util.Locale;

/**
 * How a 64-bit seed is written in output tables, and read back from any input that takes a seed.
 *
 * <p>Seeds are any 64-bit values (master seeds are hashes, half of them negative). Written as decimal numbers, R's
 * {@code read.csv} and pandas' {@code read_csv} (when a column has an empty cell) read them as doubles, which keep
 * 53 bits: the last digits change silently and the seed no longer names the run. So tables write a seed as
 * {@code x} and 16 lowercase hex digits of its 64 bits ({@code x000000000134fdf5} for 20250101), text that no
 * reader takes for a number (R's type.convert reads {@code 0x..} as a number, hence no {@code 0}).
 * Every input that takes a seed accepts this form and the plain signed decimal of before.
 */
public final class SeedText {

    /** Marks the hex form. */
    public static final char PREFIX = 'x';
    /** Hex digits after the prefix. */
    public static final int DIGITS = 16;

    private SeedText() {
    }

    /** {@code x} + 16 hex digits of the seed's 64 bits (two's complement for negative seeds). */
    public static String format(long seed) {
        String hex = Long.toHexString(seed);
        return PREFIX + "0".repeat(DIGITS - hex.length()) + hex;
    }

    /** Whether the text is the hex form (prefix and 16 hex digits, either case). */
    public static boolean isHex(String text) {
        return text.length() == DIGITS + 1 && Character.toLowerCase(text.charAt(0)) == PREFIX
                && text.substring(1).chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /**
     * The seed a text names: the hex form of {@link #format} or a signed decimal ({@code 20250101},
     * {@code -4093228452365493839}).
     *
     * @throws IllegalArgumentException with what is allowed, when it is neither
     */
    public static long parse(String text) {
        String t = text.strip();
        if (isHex(t)) {
            return Long.parseUnsignedLong(t.substring(1), 16);
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a seed: '" + text + "'; allowed: a whole number from "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", or " + PREFIX + " and " + DIGITS
                    + " hex digits as Kozan writes seeds (e.g. " + format(20250101L).toLowerCase(Locale.ROOT) + ")");
        }
    }
}
