package kozan.scenario;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A small JSON Schema checker for tests: exactly the keywords Kozan's generated schemas use ($ref within the
 * document, type, properties, required, additionalProperties, items, anyOf, oneOf, if/then/else, enum, minimum,
 * maximum, exclusiveMinimum, minItems, maxItems, minLength, pattern), so a test can tell whether an editor would
 * accept a YAML file. Annotations (description, default, title) are ignored. Returns the failures as
 * "path: what", empty when the instance is valid.
 */
final class SchemaCheck {
    private final JsonNode root;

    SchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** YAML text read as JSON data (as an editor's YAML language server does). */
    static JsonNode yaml(String text) {
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return new ObjectMapper().valueToTree(data);
    }

    List<String> check(JsonNode instance) {
        List<String> out = new ArrayList<>();
        check(root, instance, "$", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode x, String path, List<String> out) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), x, path, out);
        }
        if (schema.has("type") && !typed(schema.get("type"), x)) {
            out.add(path + ": not " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(x);
            }
            if (!found) {
                out.add(path + ": not one of " + schema.get("enum"));
            }
        }
        if (x.isNumber()) {
            double v = x.asDouble();
            if (schema.has("minimum") && v < schema.get("minimum").asDouble()
                    || schema.has("exclusiveMinimum") && v <= schema.get("exclusiveMinimum").asDouble()
                    || schema.has("maximum") && v > schema.get("maximum").asDouble()) {
                out.add(path + ": " + v + " out of range");
            }
        }
        if (x.isTextual()) {
            if (schema.has("minLength") && x.asText().length() < schema.get("minLength").asInt()) {
                out.add(path + ": too short");
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(x.asText()).find()) {
                out.add(path + ": does not match " + schema.get("pattern").asText());
            }
        }
        if (x.isArray()) {
            if (schema.has("minItems") && x.size() < schema.get("minItems").asInt()
                    || schema.has("maxItems") && x.size() > schema.get("maxItems").asInt()) {
                out.add(path + ": " + x.size() + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < x.size(); i++) {
                    check(schema.get("items"), x.get(i), path + "[" + i + "]", out);
                }
            }
        }
        if (x.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!x.has(r.asText())) {
                        out.add(path + ": missing " + r.asText());
                    }
                }
            }
            JsonNode props = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                if (props.has(e.getKey())) {
                    check(props.get(e.getKey()), e.getValue(), p, out);
                } else if (schema.has("additionalProperties")) {
                    JsonNode extra = schema.get("additionalProperties");
                    if (extra.isBoolean() && !extra.asBoolean()) {
                        out.add(p + ": not allowed");
                    } else if (extra.isObject()) {
                        check(extra, e.getValue(), p, out);
                    }
                }
            }
        }
        if (schema.has("anyOf") && matching(schema.get("anyOf"), x, path) == 0) {
            out.add(path + ": matches none of anyOf");
        }
        if (schema.has("oneOf") && matching(schema.get("oneOf"), x, path) != 1) {
            out.add(path + ": matches " + matching(schema.get("oneOf"), x, path) + " of oneOf, not 1");
        }
        if (schema.has("if")) {
            List<String> cond = new ArrayList<>();
            check(schema.get("if"), x, path, cond);
            JsonNode branch = cond.isEmpty() ? schema.get("then") : schema.get("else");
            if (branch != null) {
                check(branch, x, path, out);
            }
        }
    }

    private int matching(JsonNode alternatives, JsonNode x, String path) {
        int n = 0;
        for (JsonNode a : alternatives) {
            List<String> failures = new ArrayList<>();
            check(a, x, path, failures);
            n += failures.isEmpty() ? 1 : 0;
        }
        return n;
    }

    private static boolean typed(JsonNode type, JsonNode x) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typed(t, x)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> x.isObject();
            case "array" -> x.isArray();
            case "string" -> x.isTextual();
            case "boolean" -> x.isBoolean();
            case "null" -> x.isNull();
            case "number" -> x.isNumber();
            case "integer" -> x.isIntegralNumber() || x.isNumber() && x.asDouble() == Math.rint(x.asDouble());
            default -> throw new IllegalArgumentException("type " + type);
        };
    }
}
