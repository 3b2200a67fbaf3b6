package kozan.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Reflection over the scenario records: the one place that turns record components into YAML keys and types.
 * Loader, writer, JSON Schema and reference docs all go through it so they cannot disagree.
 */
final class Schema {

    /** One record component with its YAML key and annotation. */
    record Comp(RecordComponent component, String key, Field field, Type type) {
        boolean required() {
            return field.dflt().isEmpty();
        }

        boolean nullable() {
            return "null".equals(field.dflt());
        }
    }

    /** What kind of value a Java type is bound from. */
    enum Kind { NUMBER, INTEGER, BOOLEAN, STRING, MONTH, ENUM, TIMELINE, LIST, RECORD,
        /** Object: any single value, typed by how YAML reads it (batch parameter values). */
        SCALAR,
        /** Map&lt;String, X&gt;: free keys (e.g. scenario paths in a batch baseline), values of type X. */
        MAP }

    private static final ClassValue<List<Comp>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Comp> computeValue(Class<?> type) {
            List<Comp> out = new ArrayList<>();
            boolean resolved = false;
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.isAnnotationPresent(Resolved.class)) {
                    resolved = true; // not in the file: the loader fills it in
                    continue;
                }
                Field f = rc.getAnnotation(Field.class);
                if (f == null || resolved) {
                    throw new IllegalStateException(type.getSimpleName() + "." + rc.getName()
                            + (f == null ? " lacks @Field" : " must come before the @Resolved components"));
                }
                out.add(new Comp(rc, snake(rc.getName()), f, rc.getGenericType()));
            }
            return List.copyOf(out);
        }
    };

    private Schema() {
    }

    static List<Comp> components(Class<?> recordType) {
        return COMPONENTS.get(recordType);
    }

    /**
     * camelCase to snake_case: mineDefaults -> mine_defaults, co2eTPerTOre -> co2e_t_per_t_ore. A number that is a
     * word of its own (after a lower-case letter, before an upper-case one or the end) gets its own underscore:
     * priceIndex2025Over2015 -> price_index_2025_over_2015.
     */
    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        char[] cs = camel.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                if (Character.isDigit(c) && i > 0 && Character.isLowerCase(cs[i - 1]) && numberIsAWord(cs, i)) {
                    b.append('_');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether the digits starting at {@code from} end the name or are followed by an upper-case letter. */
    private static boolean numberIsAWord(char[] cs, int from) {
        int end = from;
        while (end < cs.length && Character.isDigit(cs[end])) {
            end++;
        }
        return end == cs.length || Character.isUpperCase(cs[end]);
    }

    static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    /** Value type of a Map type. */
    static Type mapValue(Type mapType) {
        return ((ParameterizedType) mapType).getActualTypeArguments()[1];
    }

    /** Element type of a List type. */
    static Type element(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    static Kind kind(Type t) {
        Class<?> c = raw(t);
        if (c == double.class || c == Double.class) {
            return Kind.NUMBER;
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Kind.INTEGER;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (c == String.class) {
            return Kind.STRING;
        }
        if (c == YearMonth.class) {
            return Kind.MONTH;
        }
        if (c.isEnum()) {
            return Kind.ENUM;
        }
        if (c == Timeline.class) {
            return Kind.TIMELINE;
        }
        if (c == List.class) {
            return Kind.LIST;
        }
        if (c.isRecord()) {
            return Kind.RECORD;
        }
        if (c == Object.class) {
            return Kind.SCALAR;
        }
        if (c == java.util.Map.class) {
            return Kind.MAP;
        }
        throw new IllegalStateException("unsupported scenario type " + t);
    }

    /**
     * Largest magnitude of any real number in a scenario (1e15: above Japan's GDP in yen, a thousand times the
     * world's annual output of any mineral in tonnes). Fields with a narrower range state it in {@link Field}.
     */
    public static final double MAGNITUDE = 1e15;

    /** Human text of the magnitude limit: "-1e15 <= x <= 1e15". */
    static String magnitudeRange(String var) {
        return "-1e15 <= " + var + " <= 1e15";
    }

    /** Human text of the allowed range of a number or list size, e.g. "0 <= x <= 1", or "" when unbounded. */
    static String range(Field f, String var) {
        boolean lo = f.min() != Double.NEGATIVE_INFINITY;
        boolean hi = f.max() != Double.POSITIVE_INFINITY;
        String min = lo ? ScenarioNumbers.format(f.min()) : "";
        String max = hi ? ScenarioNumbers.format(f.max()) : "";
        if (lo && hi && f.min() == f.max() && !f.minExclusive()) {
            return var + " = " + min;
        }
        String op = f.minExclusive() ? " < " : " <= ";
        if (lo && hi) {
            return min + op + var + " <= " + max;
        }
        if (lo) {
            return var + (f.minExclusive() ? " > " : " >= ") + min;
        }
        if (hi) {
            return var + " <= " + max;
        }
        return "";
    }

    static String typeName(Type t) {
        return switch (kind(t)) {
            case NUMBER -> "number";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case STRING -> "string";
            case MONTH -> "month YYYY-MM";
            case ENUM -> "one of " + String.join(", ", enumNames(raw(t)));
            case TIMELINE -> "timeline";
            case LIST -> "list of " + typeName(element(t));
            case RECORD -> "mapping";
            case SCALAR -> "number, boolean or string";
            case MAP -> "mapping of " + typeName(mapValue(t));
        };
    }

    /**
     * A copy of a record with one component replaced (keeps working when records gain components); every component,
     * {@link Resolved} ones included, is carried over.
     */
    static <T extends Record> T with(T record, String component, Object value) {
        RecordComponent[] comps = record.getClass().getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        try {
            for (int i = 0; i < comps.length; i++) {
                RecordComponent rc = comps[i];
                types[i] = rc.getType();
                args[i] = rc.getName().equals(component) ? value : rc.getAccessor().invoke(record);
            }
            @SuppressWarnings("unchecked")
            T copy = (T) record.getClass().getDeclaredConstructor(types).newInstance(args);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    /** Type with an article, for messages: "a number", "one of A, B", "a list of mappings". */
    static String phrase(Type t) {
        return switch (kind(t)) {
            case ENUM -> typeName(t);
            case INTEGER -> "an integer";
            case SCALAR -> "a single value (number, boolean or string)";
            case LIST -> "a list of " + plural(element(t));
            case TIMELINE -> "a timeline (a number or a list of {from: YYYY-MM, value: x})";
            default -> "a " + typeName(t);
        };
    }

    private static String plural(Type t) {
        return switch (kind(t)) {
            case NUMBER -> "numbers";
            case INTEGER -> "integers";
            case STRING -> "strings";
            case RECORD -> "mappings";
            case MONTH -> "months YYYY-MM";
            default -> typeName(t);
        };
    }

    static List<String> enumNames(Class<?> e) {
        List<String> out = new ArrayList<>();
        for (Object c : e.getEnumConstants()) {
            out.add(((Enum<?>) c).name());
        }
        return out;
    }
}
