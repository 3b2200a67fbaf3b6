package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Keeps the JSON Schema and the loader in agreement: same keys, required/default status, ranges and defaults. */
class JsonSchemaTest {

    static Set<Class<?>> recordTypes() {
        Set<Class<?>> out = new LinkedHashSet<>();
        walk(Scenario.class, out);
        return out;
    }

    private static void walk(Class<?> type, Set<Class<?>> out) {
        if (!out.add(type)) {
            return;
        }
        for (Schema.Comp c : Schema.components(type)) {
            java.lang.reflect.Type t = Schema.kind(c.type()) == Schema.Kind.LIST ? Schema.element(c.type()) : c.type();
            if (Schema.kind(t) == Schema.Kind.RECORD) {
                walk(Schema.raw(t), out);
            }
        }
    }

    @Test
    void isDeterministicDraft202012Json() throws Exception {
        String text = JsonSchema.generate();
        assertThat(JsonSchema.generate()).isEqualTo(text);
        assertThat(text).doesNotContain("\r").doesNotContain("E+").doesNotContain("E-");
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void everyRecordComponentAppearsWithTheLoadersRequiredAndDefaultStatus() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonSchema.generate());
        assertThat(recordTypes()).hasSizeGreaterThan(20);
        for (Class<?> type : recordTypes()) {
            JsonNode def = root.get("$defs").get(type.getSimpleName());
            assertThat(def).as(type.getSimpleName()).isNotNull();
            List<String> keys = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(type.getSimpleName()).containsExactlyElementsOf(Binder.keys(type));
            List<String> required = new ArrayList<>();
            if (def.has("required")) {
                def.get("required").forEach(n -> required.add(n.asText()));
            }
            assertThat(required).as(type.getSimpleName() + " required")
                    .containsExactlyElementsOf(Schema.components(type).stream().filter(Schema.Comp::required)
                            .map(Schema.Comp::key).toList());
            for (Schema.Comp c : Schema.components(type)) {
                JsonNode p = def.get("properties").get(c.key());
                String where = type.getSimpleName() + "." + c.key();
                assertThat(p.has("default")).as(where + " default").isEqualTo(!c.required());
                assertThat(p.get("description").asText()).as(where).startsWith(c.field().doc());
                if (!c.field().unit().isEmpty()) {
                    assertThat(p.get("description").asText()).as(where).endsWith("Unit: " + c.field().unit() + ".");
                }
                if (c.nullable()) {
                    assertThat(p.get("anyOf").get(1).get("type").asText()).as(where).isEqualTo("null");
                }
                JsonNode typed = c.nullable() ? p.get("anyOf").get(0) : p;
                if (Schema.kind(c.type()) == Schema.Kind.NUMBER && c.field().min() != Double.NEGATIVE_INFINITY) {
                    String key = c.field().minExclusive() ? "exclusiveMinimum" : "minimum";
                    assertThat(typed.get(key).asDouble()).as(where + " " + key).isEqualTo(c.field().min());
                }
                if (Schema.kind(c.type()) == Schema.Kind.NUMBER && c.field().max() != Double.POSITIVE_INFINITY) {
                    assertThat(typed.get("maximum").asDouble()).as(where + " maximum").isEqualTo(c.field().max());
                }
            }
        }
    }

    @Test
    void deltaFormsHaveTheSameKeysNoneRequiredAndIdListsTakePartialEntriesOrRemovals() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonSchema.generate());
        List<String> top = new ArrayList<>();
        root.get("properties").fieldNames().forEachRemaining(top::add);
        List<String> expected = new ArrayList<>(List.of("extends"));
        expected.addAll(Binder.keys(Scenario.class));
        assertThat(top).containsExactlyElementsOf(expected);
        assertThat(root.has("required")).isFalse();
        assertThat(root.get("if").toString()).isEqualTo("{\"required\":[\"extends\"]}");
        assertThat(root.get("else").get("$ref").asText()).isEqualTo("#/$defs/Scenario");
        for (Class<?> type : recordTypes()) {
            if (type == Scenario.class) {
                continue;
            }
            JsonNode def = root.get("$defs").get(type.getSimpleName() + "Delta");
            if (def == null) {
                continue; // reached only through lists without ids, which a delta replaces whole
            }
            List<String> keys = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactlyElementsOf(Binder.keys(type));
            assertThat(def.has("required")).as(type.getSimpleName() + "Delta required").isFalse();
        }
        for (String merged : List.of("MineSpec", "CommoditySpec", "ImportSourceSpec", "GovernmentSpec", "AgreementSpec",
                "DistSpec", "MineDefaults")) {
            assertThat(root.get("$defs").has(merged + "Delta")).as(merged + "Delta").isTrue();
        }
        assertThat(root.get("$defs").has("IntensitySpecDelta")).isFalse();
        assertThat(root.get("properties").get("mines").get("items").toString()).isEqualTo(
                "{\"anyOf\":[{\"$ref\":\"#/$defs/MineSpecDelta\",\"required\":[\"id\"]},{\"$ref\":\"#/$defs/RemoveEntry\"}]}");
        assertThat(root.get("$defs").get("ManufacturerSpecDelta").get("properties").get("intensities").get("items")
                .get("$ref").asText()).as("a list without ids is replaced whole: entries in full")
                .isEqualTo("#/$defs/IntensitySpec");
    }

    @Test
    void acceptsEveryShippedScenarioWholeOrDelta() throws Exception {
        SchemaCheck schema = new SchemaCheck(new ObjectMapper().readTree(JsonSchema.generate()));
        List<java.nio.file.Path> files;
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of("../scenarios"))) {
            // large.yaml (3 MB, generated) is left out to keep the test fast; it is a baseline-shaped full file
            files = list.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("large.yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(8);
        for (java.nio.file.Path f : files) {
            assertThat(schema.check(SchemaCheck.yaml(java.nio.file.Files.readString(f)))).as(f.toString()).isEmpty();
        }
        assertThat(schema.check(SchemaCheck.yaml(java.nio.file.Files.readString(ScenarioLoaderTest.MINIMAL)))).isEmpty();
    }

    @Test
    void checksDeltaFilesAsTheLoaderDoes() throws Exception {
        SchemaCheck schema = new SchemaCheck(new ObjectMapper().readTree(JsonSchema.generate()));
        String delta = """
                extends: baseline.yaml
                metadata: {name: x}
                mines:
                  - remove: [kushiro_coal]
                  - {id: hishikari, grade: 0.00003}
                government: {exploration_subsidy: 0.3}
                """;
        assertThat(schema.check(SchemaCheck.yaml(delta))).isEmpty();
        assertThat(schema.check(SchemaCheck.yaml(delta.replace("exploration_subsidy", "exploraton_subsidy"))))
                .containsExactly("$.government.exploraton_subsidy: not allowed");
        assertThat(schema.check(SchemaCheck.yaml(delta.replace("{id: hishikari, ", "{"))))
                .contains("$.mines[1]: matches none of anyOf");
        assertThat(schema.check(SchemaCheck.yaml(delta.replace("remove: [kushiro_coal]", "remove: kushiro_coal"))))
                .contains("$.mines[0]: matches none of anyOf");
        // without extends the same text is an incomplete scenario
        assertThat(schema.check(SchemaCheck.yaml(delta.replace("extends: baseline.yaml\n", ""))))
                .contains("$: missing calendar", "$: missing regions", "$.mines[0]: missing id");
    }

    @Test
    void defaultsAreTheValuesTheLoaderFillsIn() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonSchema.generate());
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.MINIMAL); // sets no labor, mine_defaults or io_table keys
        JsonNode props = root.get("properties");
        // Compared as text: parsed numbers are DoubleNode/IntNode, generated ones exact BigDecimals.
        assertThat(props.get("labor").get("default").toString()).isEqualTo(JsonSchema.json(s.labor(), LabourSpec.class).toString());
        assertThat(props.get("mine_defaults").get("default").toString())
                .isEqualTo(JsonSchema.json(s.mineDefaults(), MineDefaults.class).toString())
                .contains("\"permitting\":{\"kind\":\"LOGNORMAL\",\"mean\":42,\"sd\":15,\"min\":null");
        assertThat(props.get("io_table").get("default").get("mining_sector").asText()).isEqualTo("06");
        assertThat(root.get("$defs").get("RunSpec").get("properties").get("target_years").get("default").toString())
                .isEqualTo("[2030,2035,2040,2050]");
        JsonNode subsidy = root.get("$defs").get("GovernmentSpec").get("properties").get("exploration_subsidy");
        assertThat(subsidy.get("oneOf").get(0).get("maximum").asInt()).isEqualTo(1);
        assertThat(subsidy.get("oneOf").get(1).get("items").get("properties").get("value").get("maximum").asInt()).isEqualTo(1);
        assertThat(root.get("$defs").get("YearMonth").get("pattern").asText()).isEqualTo(JsonSchema.MONTH_PATTERN);
        assertThat(root.get("$defs").get("SupplierSpec").get("properties").get("kind").get("enum").toString())
                .isEqualTo("[\"EQUIPMENT\",\"ENGINEERING\",\"PROCESSING\"]");
    }
}
