package kozan.scenario;

import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.List;

/**
 * Writes a scenario fully resolved: every field, defaults included, keys in record-component order, numbers as
 * exact shortest decimals ({@link ScenarioNumbers}), strings double-quoted. The text loads back to an equal record
 * and is byte-identical on every JVM, so it can be hashed and stored with results.
 */
public final class ScenarioWriter {
    static final String HEADER = "# Resolved by Kozan: every default filled in.\n";
    private static final YearMonth CONSTANT_FROM = YearMonth.of(1900, 1);

    private ScenarioWriter() {
    }

    public static String toYaml(Scenario scenario) {
        StringBuilder b = new StringBuilder(HEADER);
        record(scenario, 0, b);
        return b.toString();
    }

    private static void record(Record r, int indent, StringBuilder b) {
        for (Schema.Comp c : Schema.components(r.getClass())) {
            Object v;
            try {
                v = c.component().getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            entry(c.key(), v, c.type(), indent, b);
        }
    }

    private static void entry(String key, Object v, Type type, int indent, StringBuilder b) {
        String pad = " ".repeat(indent);
        Schema.Kind kind = Schema.kind(type);
        if (v == null || !block(v, type)) {
            b.append(pad).append(key).append(": ").append(inline(v, type)).append('\n');
            return;
        }
        b.append(pad).append(key).append(":\n");
        if (kind == Schema.Kind.RECORD) {
            record((Record) v, indent + 2, b);
        } else {
            List<?> items = kind == Schema.Kind.TIMELINE ? ((Timeline) v).points() : (List<?>) v;
            for (Object item : items) {
                // Render the item as a mapping indented under "- ", then put the dash on its first line.
                StringBuilder sub = new StringBuilder();
                record((Record) item, indent + 4, sub);
                b.append(pad).append("  - ").append(sub, indent + 4, sub.length());
            }
        }
    }

    /** Records, non-constant timelines and non-empty lists of records are written as blocks. */
    private static boolean block(Object v, Type type) {
        return switch (Schema.kind(type)) {
            case RECORD -> true;
            case TIMELINE -> !constant((Timeline) v);
            case LIST -> !((List<?>) v).isEmpty() && Schema.kind(Schema.element(type)) == Schema.Kind.RECORD;
            default -> false;
        };
    }

    private static boolean constant(Timeline t) {
        return t.points().size() == 1 && t.points().get(0).from().equals(CONSTANT_FROM);
    }

    private static String inline(Object v, Type type) {
        if (v == null) {
            return "null";
        }
        return switch (Schema.kind(type)) {
            case NUMBER -> ScenarioNumbers.format((Double) v);
            case INTEGER, BOOLEAN -> v.toString();
            case STRING -> quote((String) v);
            case MONTH -> v.toString();
            case ENUM -> ((Enum<?>) v).name();
            case TIMELINE -> ScenarioNumbers.format(((Timeline) v).points().get(0).value());
            case LIST -> {
                StringBuilder b = new StringBuilder("[");
                for (Object item : (List<?>) v) {
                    b.append(b.length() > 1 ? ", " : "").append(inline(item, Schema.element(type)));
                }
                yield b.append(']').toString();
            }
            case RECORD -> throw new IllegalStateException("records are written as blocks");
            case SCALAR, MAP -> throw new IllegalStateException("scenario records have no " + Schema.kind(type) + " values");
        };
    }

    /** YAML double-quoted scalar: escapes backslash, quote and control characters; other text stays as is. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    // Escape what YAML may not hold raw (C0/C1 controls, U+FFFE/U+FFFF) or what readers treat as breaks.
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c == 0xfffe || c == 0xffff) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
