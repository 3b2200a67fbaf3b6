package kozan.scenario;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Schema (draft 2020-12) of scenario format v1, generated from the @Field annotations: descriptions with
 * units, types, ranges, defaults (as the loader fills them in), enums, required keys, no additional properties.
 * Editors use it for completion and checks of scenario YAML. The loader stays the authority (cross-references,
 * sums and YAML 1.1 surprises are beyond JSON Schema).
 *
 * <p>A file with {@code extends} states only what it changes: it is checked against the delta form of each record
 * ({@code $defs/<Record>Delta}: the same keys, none required, lists with ids taking partial entries with an
 * {@code id} or {@code {remove: [ids]}}); a file without it against the full form ({@code $defs/Scenario}).
 */
public final class JsonSchema {
    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private static final String DELTA = "Delta";
    private static final String REMOVE_ENTRY = "RemoveEntry";

    /** One definition to generate: a record in full or in its delta form. */
    private record Def(Class<?> type, boolean delta) {
        String name() {
            return type.getSimpleName() + (delta ? DELTA : "");
        }
    }

    private final ObjectNode defs = F.objectNode();
    private final Set<Def> pending = new LinkedHashSet<>();

    private JsonSchema() {
    }

    /** The schema as pretty-printed JSON with \n line ends, identical on every run. */
    public static String generate() {
        return print(tree());
    }

    /**
     * The JSON Schema of another file format made of @{@link Field} records (batch files), generated the same way.
     *
     * @param root        the record type of the whole file
     * @param id          the schema's $id, e.g. urn:kozan:batch:v1
     * @param title       one line
     * @param description what the file is
     */
    public static String generate(Class<?> root, String id, String title, String description) {
        return print(tree(root, id, title, description, false));
    }

    private static String print(ObjectNode tree) {
        try {
            ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return mapper.writer(pp).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema as a Jackson tree. */
    public static ObjectNode tree() {
        return tree(Scenario.class, "urn:kozan:scenario:v1", "Kozan scenario, format version 1",
                "A Kozan scenario (YAML). Keys are snake_case; months are YYYY-MM; a timeline is a number"
                        + " or a list of {from, value} points in increasing month order.", true);
    }

    /**
     * @param scenario the scenario format: the root takes a file with {@code extends} (checked in delta form) or
     *                 without it (checked in full, against {@code $defs/Scenario})
     */
    private static ObjectNode tree(Class<?> type, String id, String title, String description, boolean scenario) {
        JsonSchema s = new JsonSchema();
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", id);
        root.put("title", title);
        root.put("description", description);
        if (scenario) {
            ObjectNode delta = s.record(type, true);
            ObjectNode props = F.objectNode();
            props.putObject(ScenarioChain.EXTENDS).put("type", "string").put("minLength", 1).put("description",
                    "The scenario file this one changes, a path relative to this file (e.g. baseline.yaml). Mappings"
                            + " merge key by key; lists of entries with an id merge by id ({remove: [ids]} removes"
                            + " entries); other values replace the parent's. Without extends, the file is a whole"
                            + " scenario.");
            props.setAll((ObjectNode) delta.get("properties"));
            delta.set("properties", props);
            root.setAll(delta);
            root.putObject("if").putArray("required").add(ScenarioChain.EXTENDS);
            root.putObject("else").put("$ref", "#/$defs/" + type.getSimpleName());
            s.pending.add(new Def(type, false));
            ObjectNode remove = F.objectNode().put("type", "object");
            remove.put("description", "Removes the entries with these ids from the list of the file extended.");
            ObjectNode ids = remove.putObject("properties").putObject(DeltaMerge.REMOVE).put("type", "array")
                    .put("minItems", 1);
            ids.putObject("items").put("type", "string");
            remove.putArray("required").add(DeltaMerge.REMOVE);
            remove.put("additionalProperties", false);
            s.defs.set(REMOVE_ENTRY, remove);
        } else {
            root.setAll(s.record(type, false));
        }
        while (!s.pending.isEmpty()) {
            Def next = s.pending.iterator().next();
            s.pending.remove(next);
            s.defs.set(next.name(), s.record(next.type(), next.delta()));
        }
        boolean months = scenario;
        if (months) {
            ObjectNode month = F.objectNode();
            month.put("type", "string");
            month.put("pattern", MONTH_PATTERN);
            month.put("description", "A month, YYYY-MM.");
            s.defs.set("YearMonth", month);
        }
        if (!s.defs.isEmpty()) {
            root.set("$defs", s.defs);
        }
        return root;
    }

    /** A record's schema; in delta form no key is required and nested records are in delta form too. */
    private ObjectNode record(Class<?> type, boolean delta) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (Schema.Comp c : Schema.components(type)) {
            ObjectNode p = property(c.type(), c.field(), delta);
            if (c.nullable()) {
                ObjectNode wrapped = F.objectNode();
                wrapped.putArray("anyOf").add(p).add(F.objectNode().put("type", "null"));
                p = wrapped;
            }
            p.put("description", description(c.field()));
            if (!c.required()) {
                p.set("default", json(Binder.defaultValue(c), c.type()));
            } else if (!delta) {
                required.add(c.key());
            }
            props.set(c.key(), p);
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        o.put("additionalProperties", false);
        return o;
    }

    static String description(Field f) {
        return f.doc() + (f.unit().isEmpty() ? "" : " Unit: " + f.unit() + ".");
    }

    private ObjectNode property(Type type, Field f, boolean delta) {
        ObjectNode p = F.objectNode();
        switch (Schema.kind(type)) {
            case NUMBER -> magnitude(range(p.put("type", "number"), f));
            case INTEGER -> {
                Class<?> raw = Schema.raw(type);
                if (raw == long.class || raw == Long.class) { // seeds: also the hex text tables write (SeedText)
                    ArrayNode any = p.putArray("anyOf");
                    any.addObject().put("type", "integer");
                    any.addObject().put("type", "string").put("pattern", "^[xX][0-9a-fA-F]{" + SeedText.DIGITS + "}$");
                } else {
                    range(p.put("type", "integer"), f);
                }
            }
            case BOOLEAN -> p.put("type", "boolean");
            case STRING -> p.put("type", "string");
            case MONTH -> p.put("$ref", "#/$defs/YearMonth");
            case ENUM -> {
                p.put("type", "string");
                ArrayNode e = p.putArray("enum");
                Schema.enumNames(Schema.raw(type)).forEach(e::add);
            }
            case TIMELINE -> {
                ArrayNode one = p.putArray("oneOf");
                one.add(magnitude(range(F.objectNode().put("type", "number"), f)));
                ObjectNode arr = one.addObject().put("type", "array").put("minItems", 1);
                ObjectNode point = arr.putObject("items").put("type", "object");
                ObjectNode pp = point.putObject("properties");
                pp.putObject("from").put("$ref", "#/$defs/YearMonth").put("description", "First month the value applies.");
                magnitude(range(pp.putObject("value").put("type", "number"), f)).put("description", "Value from that month on.");
                point.putArray("required").add("from").add("value");
                point.put("additionalProperties", false);
            }
            case LIST -> {
                p.put("type", "array");
                if (delta && DeltaMerge.idList(type)) {
                    // entries change the parent's entry of their id, add one, or remove some: the count is the merge's
                    Def element = def(Schema.raw(Schema.element(type)), true);
                    ArrayNode any = p.putObject("items").putArray("anyOf");
                    ObjectNode entry = any.addObject().put("$ref", "#/$defs/" + element.name());
                    entry.putArray("required").add("id");
                    any.addObject().put("$ref", "#/$defs/" + REMOVE_ENTRY);
                    break;
                }
                if (f != null && f.min() != Double.NEGATIVE_INFINITY) {
                    p.put("minItems", (int) f.min());
                }
                if (f != null && f.max() != Double.POSITIVE_INFINITY) {
                    p.put("maxItems", (int) f.max());
                }
                p.set("items", property(Schema.element(type), null, false)); // replaced whole: entries in full
            }
            case RECORD -> {
                Class<?> raw = Schema.raw(type);
                ObjectNode ref = F.objectNode().put("$ref", "#/$defs/" + def(raw, delta).name());
                Shorthand sh = raw.getAnnotation(Shorthand.class);
                if (sh == null) {
                    p.setAll(ref);
                } else {
                    // a single value may stand for the record (Shorthand): either form is valid
                    Type short_ = Schema.components(raw).stream().filter(c -> c.component().getName().equals(sh.value()))
                            .findFirst().orElseThrow().type();
                    p.putArray("oneOf").add(property(short_, null, delta)).add(ref);
                }
            }
            case SCALAR -> p.putArray("type").add("number").add("boolean").add("string");
            case MAP -> {
                p.put("type", "object");
                p.set("additionalProperties", property(Schema.mapValue(type), null, delta));
            }
        }
        return p;
    }

    /** The definition of a record in the form asked, queued for generation when new. */
    private Def def(Class<?> type, boolean delta) {
        Def d = new Def(type, delta);
        if (!defs.has(d.name())) {
            pending.add(d);
        }
        return d;
    }

    /** Every real number lies within Schema.MAGNITUDE; a field's own range, when narrower, is kept. */
    private static ObjectNode magnitude(ObjectNode p) {
        if (!p.has("minimum") && !p.has("exclusiveMinimum")) {
            p.set("minimum", number(-Schema.MAGNITUDE));
        }
        if (!p.has("maximum")) {
            p.set("maximum", number(Schema.MAGNITUDE));
        }
        return p;
    }

    private static ObjectNode range(ObjectNode p, Field f) {
        if (f == null) {
            return p;
        }
        if (f.min() != Double.NEGATIVE_INFINITY) {
            p.set(f.minExclusive() ? "exclusiveMinimum" : "minimum", number(f.min()));
        }
        if (f.max() != Double.POSITIVE_INFINITY) {
            p.set("maximum", number(f.max()));
        }
        return p;
    }

    private static JsonNode number(double d) {
        return F.numberNode(new BigDecimal(ScenarioNumbers.format(d)));
    }

    /** A bound value as JSON, shaped like its YAML (timelines as number or points, months as strings). */
    static JsonNode json(Object v, Type type) {
        if (v == null) {
            return F.nullNode();
        }
        return switch (Schema.kind(type)) {
            case NUMBER -> number((Double) v);
            case INTEGER -> F.numberNode(((Number) v).longValue());
            case BOOLEAN -> F.booleanNode((Boolean) v);
            case STRING -> F.textNode((String) v);
            case MONTH -> F.textNode(((YearMonth) v).toString());
            case ENUM -> F.textNode(((Enum<?>) v).name());
            case TIMELINE -> {
                List<TimelinePoint> pts = ((Timeline) v).points();
                if (pts.size() == 1 && pts.get(0).from().equals(YearMonth.of(1900, 1))) {
                    yield number(pts.get(0).value());
                }
                ArrayNode a = F.arrayNode();
                pts.forEach(pt -> a.addObject().put("from", pt.from().toString()).set("value", number(pt.value())));
                yield a;
            }
            case LIST -> {
                ArrayNode a = F.arrayNode();
                ((List<?>) v).forEach(item -> a.add(json(item, Schema.element(type))));
                yield a;
            }
            case SCALAR -> v instanceof Boolean b ? F.booleanNode(b) : v instanceof Long l ? F.numberNode(l)
                    : v instanceof Double d ? number(d) : F.textNode(v.toString());
            case MAP -> {
                ObjectNode o = F.objectNode();
                ((Map<?, ?>) v).forEach((k, x) -> o.set(k.toString(), json(x, Schema.mapValue(type))));
                yield o;
            }
            case RECORD -> {
                ObjectNode o = F.objectNode();
                for (Schema.Comp c : Schema.components(v.getClass())) {
                    RecordComponent rc = c.component();
                    try {
                        o.set(c.key(), json(rc.getAccessor().invoke(v), c.type()));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                yield o;
            }
        };
    }
}
