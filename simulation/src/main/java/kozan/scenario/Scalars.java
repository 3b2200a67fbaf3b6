package kozan.scenario;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads typed values from YAML scalars and turns YAML 1.1 surprises (yes/no/on/off booleans, octal 0755,
 * sexagesimal 1:30, dates where a month is meant) into clear errors instead of silent conversions.
 * Numbers are parsed from the scalar text by our own grammar, not by SnakeYAML's resolver.
 */
final class Scalars {

    /** A scalar that cannot be read as the expected type; the message says what, the value and what is allowed. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message, null, false, false);
        }
    }

    /** Words YAML 1.1 reads as booleans (y/n by the spec, even where SnakeYAML does not). */
    private static final Set<String> BOOLEAN_WORDS = Set.of("yes", "no", "on", "off", "y", "n", "true", "false");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");
    private static final Pattern OCTAL_LOOKING = Pattern.compile("[-+]?0[\\d_]+");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([Tt ].*)?");
    private static final Pattern LOOSE_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Resolver RESOLVER = new Resolver();
    // Compiled once: number() runs for every numeric scalar, and String.matches/replaceFirst compile their pattern on
    // every call, which made loading large.yaml (hundreds of thousands of numbers) take tens of seconds.
    private static final Pattern INF_OR_NAN = Pattern.compile("[-+]?\\.(inf|nan)");
    private static final Pattern RADIX_PREFIX = Pattern.compile("[-+]?0[xob].*");
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[\\d_]+(:[0-5]?\\d)+(\\.[\\d_]*)?");
    private static final Pattern SIGN_AND_LEADING_ZEROS = Pattern.compile("^[-+]?0+");
    private static final Pattern OCTAL_DIGITS = Pattern.compile("[0-7]+");
    private static final Pattern PLUS_SIGN = Pattern.compile("^\\+");
    private static final Pattern BARE_POINT = Pattern.compile("\\.($|[eE])");

    private Scalars() {
    }

    /** Plain (unquoted) and not forced to a string with an explicit !!str tag. */
    static boolean plain(ScalarNode n) {
        if (!n.isPlain()) {
            return false;
        }
        return !(n.getTag().equals(Tag.STR) && !RESOLVER.resolve(NodeId.scalar, n.getValue(), true).equals(Tag.STR));
    }

    /** An absent value: ~, null, or nothing after the colon. */
    static boolean isNull(ScalarNode n) {
        return n.getTag().equals(Tag.NULL) && plain(n); // the tag first: plain() may run the resolver
    }

    static String quoted(String s) {
        return "'" + s + "'";
    }

    static BigDecimal number(ScalarNode n) throws Bad {
        String s = n.getValue().trim();
        if (!plain(n)) {
            throw new Bad("expected a number; got the quoted string " + quoted(s) + "; remove the quotes");
        }
        if (simpleDecimal(s)) {
            return new BigDecimal(s); // the common case, without the checks below (a scenario has ~10^5 numbers)
        }
        return checkedNumber(s);
    }

    /** The number in plain scalar text {@code s}, with every YAML 1.1 surprise refused. */
    static BigDecimal checkedNumber(String s) throws Bad {
        String lower = s.toLowerCase(Locale.ROOT);
        if (BOOLEAN_WORDS.contains(lower)) {
            throw new Bad("expected a number; got " + quoted(s) + ", which YAML 1.1 reads as a boolean; allowed: a number such as 0.5");
        }
        if (INF_OR_NAN.matcher(lower).matches()) {
            throw new Bad("expected a finite number; got " + quoted(s));
        }
        if (RADIX_PREFIX.matcher(lower).matches()) {
            throw new Bad("hexadecimal, octal and binary numbers are not allowed; got " + quoted(s) + "; write it in decimal");
        }
        if (s.contains(":") && SEXAGESIMAL.matcher(s).matches()) {
            throw new Bad("got " + quoted(s) + ", which YAML 1.1 reads as a base-60 (sexagesimal) number; write a decimal"
                    + " number, or quote it if text is meant");
        }
        if (OCTAL_LOOKING.matcher(s).matches()) {
            String digits = SIGN_AND_LEADING_ZEROS.matcher(s.replace("_", "")).replaceFirst("");
            String hint = OCTAL_DIGITS.matcher(digits).matches()
                    ? " (YAML 1.1 reads it as the octal number " + Long.parseLong(digits, 8) + ")" : "";
            throw new Bad("got " + quoted(s) + ", a number with a leading zero" + hint
                    + "; write it without leading zeros, e.g. " + (digits.isEmpty() ? "0" : digits));
        }
        if (!DECIMAL.matcher(s).matches() || s.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            throw new Bad("expected a number; got " + quoted(s));
        }
        String plainDigits = PLUS_SIGN.matcher(s.replace("_", "")).replaceFirst("");
        return new BigDecimal(BARE_POINT.matcher(plainDigits).replaceFirst("$1"));
    }

    /**
     * {@code -?D+(.D+)?([eE][-+]?D+)?} with no leading zero before another digit: a number every check of
     * {@link #number} accepts unchanged and {@link BigDecimal} reads as it stands.
     */
    static boolean simpleDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 1 && s.charAt(intStart) == '0') {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int fracStart = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == fracStart) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static double toDouble(ScalarNode n) throws Bad {
        BigDecimal bd = number(n);
        double d = bd.doubleValue();
        if (Double.isInfinite(d)) {
            throw new Bad("number too large; got " + quoted(n.getValue()));
        }
        if (d == 0.0 && n.getValue().trim().startsWith("-")) {
            return -0.0;
        }
        return d;
    }

    static long toLong(ScalarNode n, long min, long max) throws Bad {
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE && SeedText.isHex(n.getValue().strip())) {
            return SeedText.parse(n.getValue()); // the 64-bit fields are seeds: also in the form tables write them
        }
        BigDecimal bd = number(n);
        try {
            long v = bd.stripTrailingZeros().longValueExact();
            if (v < min || v > max) {
                throw new ArithmeticException();
            }
            return v;
        } catch (ArithmeticException e) {
            throw new Bad("expected a whole number; got " + quoted(n.getValue()));
        }
    }

    static boolean toBoolean(ScalarNode n) throws Bad {
        String s = n.getValue().trim();
        if (!plain(n)) {
            throw new Bad("expected true or false; got the quoted string " + quoted(s) + "; remove the quotes");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return lower.equals("true");
        }
        if (BOOLEAN_WORDS.contains(lower)) {
            throw new Bad("got " + quoted(s) + ", a YAML 1.1 boolean that other YAML readers treat as text; write true or false");
        }
        throw new Bad("expected true or false; got " + quoted(s));
    }

    static String toText(ScalarNode n) throws Bad {
        String s = n.getValue();
        if (plain(n) && BOOLEAN_WORDS.contains(s.trim().toLowerCase(Locale.ROOT))) {
            throw new Bad("got the unquoted " + quoted(s) + ", which YAML 1.1 reads as a boolean; quote it: \"" + s + "\"");
        }
        return s;
    }

    static YearMonth toMonth(ScalarNode n) throws Bad {
        String s = n.getValue().trim();
        var m = MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new Bad("month " + month + " does not exist; got " + quoted(s) + "; allowed: YYYY-MM with MM 01 to 12");
            }
            return YearMonth.of(Integer.parseInt(m.group(1)), month);
        }
        var d = DATE.matcher(s);
        if (d.matches()) {
            throw new Bad("expected a month; got the date " + quoted(s) + "; write the month only, e.g. "
                    + d.group(1) + "-" + pad(d.group(2)));
        }
        var loose = LOOSE_MONTH.matcher(s);
        if (loose.matches()) {
            throw new Bad("expected a month YYYY-MM; got " + quoted(s) + "; write " + loose.group(1) + "-" + pad(loose.group(2)));
        }
        throw new Bad("expected a month YYYY-MM such as 2030-04; got " + quoted(s));
    }

    private static String pad(String month) {
        return month.length() == 1 ? "0" + month : month;
    }

    /**
     * Any single value, typed as YAML reads it: whole numbers as Long, other numbers as Double, true/false as
     * Boolean, everything else (also yes/no/on/off) as text. For values whose type the file chooses (batch
     * parameter values, written back into scenarios).
     */
    static Object toValue(ScalarNode n) throws Bad {
        String text = n.getValue();
        String tag = n.getTag().getValue();
        try {
            if (tag.endsWith(":int")) {
                return Long.parseLong(text.replace("_", ""));
            }
            if (tag.endsWith(":float")) {
                double d = Double.parseDouble(text.replace("_", ""));
                if (!Double.isFinite(d)) {
                    throw new Bad("expected a finite number; got " + quoted(text));
                }
                return d;
            }
        } catch (NumberFormatException e) {
            throw new Bad("got " + quoted(text) + ", a number in a notation that is not read here; write it in plain decimal");
        }
        if (tag.endsWith(":bool")) {
            // YAML 1.1 reads yes/no/on/off as booleans; only the unambiguous spellings are taken as such.
            return text.equals("true") || text.equals("false") ? (Object) Boolean.parseBoolean(text) : text;
        }
        return text;
    }

    static Object toEnum(ScalarNode n, Class<?> type) throws Bad {
        String s = n.getValue().trim();
        java.util.List<String> names = Schema.enumNames(type);
        if (names.contains(s)) {
            return type.getEnumConstants()[names.indexOf(s)];
        }
        String close = Names.closest(s, names);
        String hint = close != null ? "did you mean " + quoted(close) + "? " : "";
        throw new Bad("unknown value " + quoted(s) + "; " + hint + "allowed: " + String.join(", ", names));
    }
}
