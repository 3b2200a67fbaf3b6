package kozan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kozan.batch.MetricKey;

/**
 * The condition of {@code kozan discover --where} (docs/sensitivity.md, "Scenario discovery"): which runs of a batch
 * are "of interest". Grammar (keywords case-insensitive):
 *
 * <pre>
 * expr       := and ( "or" and )*
 * and        := unary ( "and" unary )*
 * unary      := "not" unary | "(" expr ")" | comparison
 * comparison := value OP number          OP: &gt; &gt;= &lt; &lt;= == !=
 * value      := metric [ "[" key "=" word ( "," key "=" word )* "]" ]     key: commodity, region, detail, year
 * </pre>
 *
 * e.g. {@code import_dependence[commodity=rare_earths,year=2040] > 0.8 and jobs_direct[year=2040] < 20000}. A value
 * names one kept value of a run (runs.csv's column {@code metric{commodity=..}@year}); an omitted commodity, region
 * or detail is "" (none, national, the total row); year may be omitted when the batch kept one year. A problem is
 * an {@link ExpressionException} with the 0-based column of the offending character.
 */
public final class WhereExpression {

    /** A syntax or reference problem at {@code column} (0-based) of the expression. */
    public static final class ExpressionException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int column;

        public ExpressionException(String message, int column) {
            super(message);
            this.column = column;
        }

        public int column() {
            return column;
        }

        /** The message, the expression and a caret under the column, as the CLI prints it. */
        public String explain(String text) {
            return getMessage() + " (column " + (column + 1) + "):\n  " + text + "\n  " + " ".repeat(column) + "^";
        }
    }

    /** A node of the parsed expression. */
    private sealed interface Node permits Or, And, Not, Cmp {
    }

    private record Or(Node a, Node b) implements Node {
    }

    private record And(Node a, Node b) implements Node {
    }

    private record Not(Node a) implements Node {
    }

    /** {@code key OP number}; {@code at} is where the value's name starts (for "no such value" problems). */
    private record Cmp(ValueRef ref, String op, double number, int at) implements Node {
    }

    /** One value of a run: metric, commodity, region, detail and year (null: the batch's only year). */
    public record ValueRef(String metric, String commodity, String region, String detail, Integer year) {
        MetricKey key(int onlyYear) {
            return new MetricKey(metric, commodity, region, detail, year != null ? year : onlyYear);
        }
    }

    private final String text;
    private final Node root;
    private final List<Cmp> comparisons = new ArrayList<>();
    private int pos;

    private WhereExpression(String text) throws ExpressionException {
        this.text = text;
        skipSpace();
        if (pos >= text.length()) {
            throw new ExpressionException("empty expression: write e.g. 'import_dependence[commodity=rare_earths,"
                    + "year=2040] > 0.8'", 0);
        }
        this.root = or();
        skipSpace();
        if (pos < text.length()) {
            throw new ExpressionException("unexpected '" + text.charAt(pos) + "'; expected 'and', 'or' or the end",
                    pos);
        }
    }

    public static WhereExpression parse(String text) throws ExpressionException {
        return new WhereExpression(text);
    }

    /** The values the expression reads, in order of appearance. */
    public List<ValueRef> values() {
        return comparisons.stream().map(Cmp::ref).toList();
    }

    /**
     * Checks every value against the columns a batch kept: an unknown value is a problem at its position.
     *
     * @param kept     the run values the batch kept
     * @param keptYears the kept years: a value without a year needs exactly one
     */
    public void check(java.util.Set<MetricKey> kept, List<Integer> keptYears) throws ExpressionException {
        for (Cmp c : comparisons) {
            if (c.ref().year() == null && keptYears.size() != 1) {
                throw new ExpressionException("give the year, e.g. " + c.ref().metric() + "[year=" + keptYears.get(
                        keptYears.size() - 1) + "]: the batch kept the years " + keptYears, c.at());
            }
            MetricKey k = c.ref().key(keptYears.get(0));
            if (!kept.contains(k)) {
                List<String> names = kept.stream().filter(m -> m.metric().equals(k.metric())).map(MetricKey::column)
                        .limit(8).toList();
                throw new ExpressionException("the batch kept no value " + k.column() + (names.isEmpty()
                        ? "; its metrics are " + kept.stream().map(MetricKey::metric).distinct().toList()
                        : "; of " + k.metric() + " it kept " + names), c.at());
            }
        }
    }

    /** Whether one run satisfies the expression; {@code values} holds every value {@link #check} accepted. */
    public boolean test(Map<MetricKey, Double> values, int onlyYear) {
        return eval(root, values, onlyYear);
    }

    private boolean eval(Node n, Map<MetricKey, Double> v, int onlyYear) {
        if (n instanceof Or o) {
            return eval(o.a(), v, onlyYear) || eval(o.b(), v, onlyYear);
        }
        if (n instanceof And a) {
            return eval(a.a(), v, onlyYear) && eval(a.b(), v, onlyYear);
        }
        if (n instanceof Not x) {
            return !eval(x.a(), v, onlyYear);
        }
        Cmp c = (Cmp) n;
        return compare(v.get(c.ref().key(onlyYear)), c.op(), c.number());
    }

    /** A missing or undefined value (a failed run, an empty cell) satisfies no comparison. */
    private static boolean compare(Double x, String op, double y) {
        if (x == null || x.isNaN()) {
            return false;
        }
        return switch (op) {
            case ">" -> x > y;
            case ">=" -> x >= y;
            case "<" -> x < y;
            case "<=" -> x <= y;
            case "==" -> x == y;
            default -> x != y;
        };
    }

    private Node or() throws ExpressionException {
        Node left = and();
        while (keyword("or")) {
            left = new Or(left, and());
        }
        return left;
    }

    private Node and() throws ExpressionException {
        Node left = unary();
        while (keyword("and")) {
            left = new And(left, unary());
        }
        return left;
    }

    private Node unary() throws ExpressionException {
        skipSpace();
        if (keyword("not")) {
            return new Not(unary());
        }
        if (peek() == '(') {
            pos++;
            Node inner = or();
            skipSpace();
            if (peek() != ')') {
                throw new ExpressionException(pos < text.length() ? "expected ')'" : "missing ')' at the end", pos);
            }
            pos++;
            return inner;
        }
        return comparison();
    }

    private Node comparison() throws ExpressionException {
        skipSpace();
        int at = pos;
        String metric = word("a metric name (e.g. import_dependence)");
        String commodity = "";
        String region = "";
        String detail = "";
        Integer year = null;
        skipSpace();
        if (peek() == '[') {
            pos++;
            List<String> seen = new ArrayList<>();
            do {
                skipSpace();
                int keyAt = pos;
                String key = word("commodity, region, detail or year").toLowerCase(Locale.ROOT);
                if (seen.contains(key)) {
                    throw new ExpressionException(key + " is given twice", keyAt);
                }
                seen.add(key);
                skipSpace();
                if (peek() != '=') {
                    throw new ExpressionException("expected '=' after " + key, pos);
                }
                pos++;
                skipSpace();
                int valueAt = pos;
                String value = word("a value for " + key);
                switch (key) {
                    case "commodity" -> commodity = value;
                    case "region" -> region = kozan.io.Csv.region(value);
                    case "detail" -> detail = value;
                    case "year" -> {
                        try {
                            year = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new ExpressionException("year must be a whole number, got '" + value + "'", valueAt);
                        }
                    }
                    default -> throw new ExpressionException("unknown key '" + key
                            + "'; allowed: commodity, region, detail, year", keyAt);
                }
                skipSpace();
            } while (peek() == ',' && ++pos > 0);
            if (peek() != ']') {
                throw new ExpressionException("expected ',' or ']'", pos);
            }
            pos++;
        }
        skipSpace();
        int opAt = pos;
        String op = null;
        for (String o : new String[] {">=", "<=", "==", "!=", ">", "<"}) {
            if (text.startsWith(o, pos)) {
                op = o;
                break;
            }
        }
        if (op == null) {
            throw new ExpressionException("expected a comparison (>, >=, <, <=, ==, !=)", opAt);
        }
        pos += op.length();
        skipSpace();
        int numberAt = pos;
        while (pos < text.length() && "0123456789+-.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        double number;
        try {
            number = Double.parseDouble(text.substring(numberAt, pos));
        } catch (NumberFormatException e) {
            throw new ExpressionException("expected a number after " + op, numberAt);
        }
        Cmp c = new Cmp(new ValueRef(metric, commodity, region, detail, year), op, number, at);
        comparisons.add(c);
        return c;
    }

    /** A name: letters, digits, '_', '-' and '.'. */
    private String word(String expected) throws ExpressionException {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_-.".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        if (pos == start) {
            throw new ExpressionException("expected " + expected, start);
        }
        return text.substring(start, pos);
    }

    private boolean keyword(String k) {
        skipSpace();
        int end = pos + k.length();
        if (text.regionMatches(true, pos, k, 0, k.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_')) {
            pos = end;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
