package kozan.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds a checked YAML node tree to the scenario records by reflection: keys are component names in snake_case,
 * absent keys take their @Field default, numbers and list sizes are range-checked. Every problem is collected;
 * a record whose parts failed is not built, but its siblings still are, so one pass reports everything.
 * The position of every bound value is kept by field path for the semantic validator.
 */
final class Binder {
    /** Marks a value that could not be bound (its problem is already reported). */
    private static final Object FAILED = new Object();

    private final String file;
    private final List<Problem> problems;
    /** Looked up by path only, never iterated: a plain hash map (a national-size scenario has 10^5 paths). */
    private final Map<String, Mark> marks = new java.util.HashMap<>();
    /** Paths whose value came from an override, with the override's path. */
    private final Map<String, String> overridden = new LinkedHashMap<>();
    /** Paths whose value came from a @Field default rather than the file (outermost defaulted path only). */
    private final java.util.Set<String> defaulted = new java.util.LinkedHashSet<>();
    /** Index paths ("parameters[2]") of the list entries left out when lenient, so callers can map places back. */
    private final java.util.Set<String> leftOut = new java.util.HashSet<>();
    /** While binding a default, positions point at the enclosing mapping instead of the default's text. */
    private Mark defaultMark;

    private final Origin origin;

    /**
     * When set, a failed optional value takes its default and a failed list entry is left out (the problem is
     * reported either way), so that a record is still built for the caller's checks across fields and one pass
     * reports everything. Used for batch files, whose checks need the whole record.
     */
    private boolean lenient;

    Binder(String file, List<Problem> problems, Origin origin) {
        this.file = file;
        this.problems = problems;
        this.origin = origin;
    }

    Binder lenient() {
        lenient = true;
        return this;
    }

    /** Positions of bound values by field path, e.g. "commodities[cu].import_sources[CL].share". */
    Map<String, Mark> marks() {
        return marks;
    }

    /** The override that set a path (or null when the value comes from the file). */
    Map<String, String> overridden() {
        return overridden;
    }

    /** Index paths of the list entries left out (lenient only): a bound list lacks them. */
    java.util.Set<String> leftOut() {
        return leftOut;
    }

    boolean defaulted(String path) {
        return defaulted.contains(path);
    }

    /** The bound record, or null when anything failed. */
    <T> T bindRoot(Class<T> type, Node root) {
        Object v = bind(type, null, root, "");
        return v == FAILED ? null : type.cast(v);
    }

    private void problem(Node node, String path, String message) {
        String override = origin.of(node);
        if (override != null) {
            problems.add(new Problem(file, 0, 0, path, message + " (set by override " + override + ")"));
            return;
        }
        Mark m = defaultMark != null ? defaultMark : node.getStartMark();
        problems.add(YamlTree.at(file, m, path, message));
    }

    private Object bind(Type type, Field field, Node node, String path) {
        marks.putIfAbsent(path, defaultMark != null ? defaultMark : node.getStartMark());
        String override = origin.of(node);
        if (override != null) {
            overridden.putIfAbsent(path, override);
        }
        if (YamlTree.badTag(node)) {
            return FAILED;
        }
        Schema.Kind kind = Schema.kind(type);
        Class<?> raw = Schema.raw(type);
        if (kind == Schema.Kind.RECORD) {
            return bindRecord(raw, YamlTree.shorthand(raw, node), path);
        }
        if (kind == Schema.Kind.MAP) {
            return bindMap(type, node, path);
        }
        if (kind == Schema.Kind.LIST) {
            return bindList(type, field, node, path);
        }
        if (kind == Schema.Kind.TIMELINE) {
            return bindTimeline(field, node, path);
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, path, "expected " + Schema.phrase(type) + "; got a " + shape(node));
            return FAILED;
        }
        try {
            return switch (kind) {
                case NUMBER -> inRange(finite(Scalars.toDouble(scalar), node, path), field, node, path);
                case INTEGER -> raw == long.class || raw == Long.class
                        ? inRange(Scalars.toLong(scalar, Long.MIN_VALUE, Long.MAX_VALUE), field, node, path)
                        : inRange((int) Scalars.toLong(scalar, Integer.MIN_VALUE, Integer.MAX_VALUE), field, node, path);
                case BOOLEAN -> Scalars.toBoolean(scalar);
                case STRING -> Scalars.toText(scalar);
                case MONTH -> Scalars.toMonth(scalar);
                case ENUM -> Scalars.toEnum(scalar, raw);
                case SCALAR -> Scalars.toValue(scalar);
                default -> throw new IllegalStateException(kind.toString());
            };
        } catch (Scalars.Bad bad) {
            problem(node, path, bad.getMessage());
            return FAILED;
        }
    }

    private static String shape(Node node) {
        return node instanceof MappingNode ? "mapping" : node instanceof SequenceNode ? "list" : "single value";
    }

    /**
     * Every real number of a scenario lies within {@link Schema#MAGNITUDE}: larger ones are never data, and derived
     * quantities (workers from capacity, spend from price) would overflow inside the model, so a file that validates
     * could not run.
     */
    private Double finite(double v, Node node, String path) throws Scalars.Bad {
        if (!(Math.abs(v) <= Schema.MAGNITUDE)) {
            String shown = !Double.isFinite(v) ? String.valueOf(v)
                    : new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toString();
            throw new Scalars.Bad("out of range; got " + shown.toLowerCase(java.util.Locale.ROOT) + "; allowed: "
                    + Schema.magnitudeRange("x") + " (every number in a scenario)");
        }
        return v;
    }

    private Object inRange(Number value, Field field, Node node, String path) {
        if (field == null) {
            return value;
        }
        double v = value.doubleValue();
        boolean low = field.minExclusive() ? v <= field.min() : v < field.min();
        if (low || v > field.max()) {
            String unit = field.unit().isEmpty() ? "" : " (" + field.unit() + ")";
            problem(node, path, "out of range; got " + ScenarioNumbers.format(v) + "; allowed: "
                    + Schema.range(field, "x") + unit);
            return FAILED;
        }
        return value;
    }

    private Object bindRecord(Class<?> type, Node node, String path) {
        if (!(node instanceof MappingNode map)) {
            problem(node, path, (path.isEmpty() ? "the top level must be" : "expected") + " a mapping with keys "
                    + String.join(", ", keys(type)) + "; got a " + shape(node));
            return FAILED;
        }
        Map<String, NodeTuple> given = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !k.getTag().equals(org.yaml.snakeyaml.nodes.Tag.MERGE)) {
                given.putIfAbsent(k.getValue(), t); // duplicates were reported by YamlTree
            }
        }
        List<String> valid = keys(type);
        java.util.Set<String> known = KEY_SETS.get(type);
        for (Map.Entry<String, NodeTuple> e : given.entrySet()) {
            if (!known.contains(e.getKey())) {
                String close = Names.closest(e.getKey(), valid);
                String hint = close != null ? "did you mean '" + close + "'?" : "allowed keys: " + String.join(", ", valid);
                problem(e.getValue().getKeyNode(), YamlTree.join(path, e.getKey()),
                        "unknown key '" + e.getKey() + "'; " + hint);
            }
        }
        List<Schema.Comp> comps = Schema.components(type);
        Object[] args = new Object[comps.size()];
        boolean failed = false;
        for (int i = 0; i < comps.size(); i++) {
            Schema.Comp c = comps.get(i);
            String p = YamlTree.join(path, c.key());
            NodeTuple t = given.get(c.key());
            Object v;
            if (t == null) {
                v = bindDefault(c, node, p);
            } else if (t.getValueNode() instanceof ScalarNode s && Scalars.isNull(s) && !c.nullable()) {
                marks.putIfAbsent(p, s.getStartMark());
                problem(s, p, c.required() ? "missing value; " + expected(c)
                        : "empty value; give " + expected(c) + ", or delete the key to use the default " + c.field().dflt());
                v = FAILED;
            } else if (t.getValueNode() instanceof ScalarNode s && Scalars.isNull(s)) {
                marks.putIfAbsent(p, s.getStartMark());
                v = null;
            } else {
                v = bind(c.type(), c.field(), t.getValueNode(), p);
            }
            if (v == FAILED && lenient && !c.required()) {
                v = c.nullable() ? null : defaultValue(c); // reported; go on so later checks still run
            }
            failed |= v == FAILED;
            args[i] = v;
        }
        return failed ? FAILED : construct(type, args, node, path);
    }

    private static String expected(Schema.Comp c) {
        String range = Schema.kind(c.type()) == Schema.Kind.LIST ? "" : Schema.range(c.field(), "x");
        String unit = c.field().unit().isEmpty() ? "" : " in " + c.field().unit();
        return Schema.phrase(c.type()) + unit + (range.isEmpty() ? "" : " with " + range)
                + " (" + c.field().doc() + ")";
    }

    private Object bindDefault(Schema.Comp c, Node parent, String path) {
        if (c.required()) {
            problem(parent, path, "missing required key '" + c.key() + "': " + expected(c));
            return FAILED;
        }
        if (c.nullable()) {
            return null;
        }
        if (defaultMark == null) {
            defaulted.add(path);
        }
        Mark saved = defaultMark;
        defaultMark = saved != null ? saved : parent.getStartMark();
        try {
            return bind(c.type(), c.field(), defaultNode(c.field().dflt()), path);
        } finally {
            defaultMark = saved;
        }
    }

    /**
     * The value a component takes when its key is absent (null for required or nullable components). Used by the
     * JSON Schema and reference docs so they show exactly what the loader fills in.
     */
    static Object defaultValue(Schema.Comp c) {
        if (c.required() || c.nullable()) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        Binder b = new Binder("@Field(dflt)", problems, new Origin());
        Object v = b.bind(c.type(), c.field(), b.defaultNode(c.field().dflt()), c.key());
        if (v == FAILED || !problems.isEmpty()) {
            throw new IllegalStateException("bad default of " + c.key() + ": " + problems);
        }
        return v;
    }

    /** Default text parsed as YAML (cached: the same defaults recur for every mine, source, ...). */
    private final Map<String, Node> defaults = new LinkedHashMap<>();

    private Node defaultNode(String text) {
        return defaults.computeIfAbsent(text,
                t -> YamlTree.compose(t, "@Field(dflt)"));
    }

    private Object construct(Class<?> type, Object[] args, Node node, String path) {
        try {
            // the canonical constructor; @Resolved components (after the @Field ones) stay null for the loader to fill
            java.lang.reflect.Constructor<?> canonical = CONSTRUCTORS.get(type);
            return canonical.newInstance(java.util.Arrays.copyOf(args, canonical.getParameterCount()));
        } catch (InvocationTargetException e) {
            problem(node, path, "invalid " + type.getSimpleName() + ": " + e.getCause().getMessage());
            return FAILED;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    /** A mapping with free keys (checked by the caller), in file order; values bound to the map's value type. */
    private Object bindMap(Type type, Node node, String path) {
        if (!(node instanceof MappingNode map)) {
            problem(node, path, "expected " + Schema.phrase(type) + "; got a " + shape(node));
            return FAILED;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean failed = false;
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || k.getTag().equals(org.yaml.snakeyaml.nodes.Tag.MERGE)) {
                continue; // reported by YamlTree
            }
            String p = YamlTree.join(path, k.getValue());
            if (t.getValueNode() instanceof ScalarNode s && Scalars.isNull(s)) {
                marks.putIfAbsent(p, s.getStartMark());
                problem(s, p, "missing value; give " + Schema.phrase(Schema.mapValue(type)));
                failed = true;
                continue;
            }
            Object v = bind(Schema.mapValue(type), null, t.getValueNode(), p);
            failed |= v == FAILED;
            out.putIfAbsent(k.getValue(), v);
        }
        return failed ? FAILED : java.util.Collections.unmodifiableMap(out);
    }

    private Object bindList(Type type, Field field, Node node, String path) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, path, "expected " + Schema.phrase(type) + "; got a " + shape(node));
            return FAILED;
        }
        List<Node> items = seq.getValue();
        boolean failed = false;
        if (field != null) {
            int n = items.size();
            if (n < field.min() || n > field.max()) {
                problem(node, path, "list has " + n + " entries; allowed: " + Schema.range(field, "entries"));
                failed = true;
            }
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String p = path + YamlTree.label(item, i);
            // Index paths too, so the validator can point at the second of two entries with the same id.
            marks.putIfAbsent(path + "[" + i + "]", defaultMark != null ? defaultMark : item.getStartMark());
            if (item instanceof ScalarNode s && Scalars.isNull(s)) {
                marks.putIfAbsent(p, s.getStartMark());
                problem(s, p, "empty list entry; give " + Schema.phrase(Schema.element(type)) + " or delete the '-'");
                failed = true;
                continue;
            }
            Object v = bind(Schema.element(type), null, item, p);
            if (v == FAILED && lenient) {
                leftOut.add(path + "[" + i + "]");
                continue; // reported; the other entries are still checked
            }
            failed |= v == FAILED;
            out.add(v);
        }
        return failed ? FAILED : List.copyOf(out);
    }

    private Object bindTimeline(Field field, Node node, String path) {
        if (node instanceof ScalarNode s) {
            try {
                Object v = inRange(finite(Scalars.toDouble(s), node, path), field, node, path);
                return v == FAILED ? FAILED : Timeline.constant((Double) v);
            } catch (Scalars.Bad bad) {
                problem(node, path, bad.getMessage() + " (a timeline is a number or a list of {from: YYYY-MM, value: x})");
                return FAILED;
            }
        }
        if (!(node instanceof SequenceNode seq)) {
            problem(node, path, "expected a number or a list of {from: YYYY-MM, value: x}; got a " + shape(node));
            return FAILED;
        }
        if (seq.getValue().isEmpty()) {
            problem(node, path, "empty timeline; give a number or at least one {from: YYYY-MM, value: x}");
            return FAILED;
        }
        List<TimelinePoint> points = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String p = path + "[" + i + "]";
            Object v = bind(TimelinePoint.class, null, item, p);
            if (v == FAILED) {
                failed = true;
                continue;
            }
            TimelinePoint tp = (TimelinePoint) v;
            Node valueNode = valueOf((MappingNode) item, "value");
            failed |= inRange(tp.value(), field, valueNode, p + ".value") == FAILED;
            if (!points.isEmpty() && !tp.from().isAfter(points.get(points.size() - 1).from())) {
                problem(valueOf((MappingNode) item, "from"), p + ".from", "timeline months must increase; got " + tp.from() + " after "
                        + points.get(points.size() - 1).from() + "; allowed: a month after " + points.get(points.size() - 1).from());
                failed = true;
            }
            points.add(tp);
        }
        return failed ? FAILED : new Timeline(List.copyOf(points));
    }

    private static Node valueOf(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return map;
    }

    static List<String> keys(Class<?> type) {
        return KEYS.get(type);
    }

    // Per record type, computed once: a national-size scenario binds 10^4 records of the same few types.
    private static final ClassValue<List<String>> KEYS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Schema.components(type).stream().map(Schema.Comp::key).toList();
        }
    };
    private static final ClassValue<java.util.Set<String>> KEY_SETS = new ClassValue<>() {
        @Override
        protected java.util.Set<String> computeValue(Class<?> type) {
            return java.util.Set.copyOf(KEYS.get(type));
        }
    };
    private static final ClassValue<java.lang.reflect.Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Constructor<?> computeValue(Class<?> type) {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("cannot build " + type.getName(), e);
            }
        }
    };
}
