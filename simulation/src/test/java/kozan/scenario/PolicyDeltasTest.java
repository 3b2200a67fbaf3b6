package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped policy scenarios are short deltas of baseline.yaml, and each says exactly what the full copy it
 * replaced said. The full copies and the baseline they copied are kept, as they were at the change, in
 * src/test/resources/kozan/scenario/full-copies/: each delta is loaded against that baseline (not today's, which
 * may have gained data since) and compared with its full copy. The heavy rare earths (2026-12-07) were added to every
 * copy alike, and the restriction scenarios' heavy events to both their delta and their copy, because those deltas
 * name the new commodity.
 */
class PolicyDeltasTest {
    static final Path SCENARIOS = Path.of("../scenarios");
    static final Path FULL_COPIES = Path.of("src/test/resources/kozan/scenario/full-copies");

    static List<String> deltas() {
        return List.of("automation-and-remote-sensing", "critical-minerals-push", "green-mining",
                "rare-earth-export-restriction", "rare-earth-export-restriction-stockpile", "regional-revival",
                "resource-diplomacy");
    }

    @ParameterizedTest
    @MethodSource("deltas")
    void isAShortDeltaOfTheBaseline(String name) throws Exception {
        Path file = SCENARIOS.resolve(name + ".yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).as(name + " bytes").isLessThan(8 * 1024);
        assertThat(text).containsPattern("(?m)^extends: baseline\\.yaml\\b");
        assertThat(ScenarioLoader.load(file).metadata().name()).isEqualTo(name);
    }

    @ParameterizedTest
    @MethodSource("deltas")
    void statesTheSameScenarioAsTheFullCopyItReplaced(String name) throws Exception {
        String delta = Files.readString(SCENARIOS.resolve(name + ".yaml"), StandardCharsets.UTF_8);
        Scenario fromDelta = ScenarioLoader.parse(delta, name + ".yaml", List.of(), FULL_COPIES); // extends the copied baseline
        Scenario full = ScenarioLoader.load(FULL_COPIES.resolve(name + ".yaml"));
        assertThat(fromDelta.resolved().sources()).hasSize(2);
        assertThat(byId(JsonSchema.json(fromDelta, Scenario.class)))
                .as(name + ": every field, lists with ids compared by id")
                .isEqualTo(byId(JsonSchema.json(full, Scenario.class)));
        if (!name.equals("critical-minerals-push")) {
            // the resolved text, as written into results, is the same byte for byte
            assertThat(ScenarioWriter.toYaml(fromDelta)).isEqualTo(ScenarioWriter.toYaml(full));
        } else {
            // a new id is appended: the separation plant comes after the baseline's suppliers, not among the
            // PROCESSING ones as in the full copy (the model's outputs do not depend on the order: docs/scenarios.md)
            assertThat(fromDelta.suppliers().get(fromDelta.suppliers().size() - 1).id()).isEqualTo("ree_separation");
        }
    }

    /** Lists whose entries all have an id become objects keyed by id, so their order does not count. */
    static JsonNode byId(JsonNode n) {
        if (n instanceof ArrayNode a) {
            boolean ids = a.size() > 0;
            for (JsonNode e : a) {
                ids &= e.isObject() && e.has("id");
            }
            if (ids) {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                a.forEach(e -> o.set(e.get("id").asText(), byId(e)));
                return o;
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(e -> out.add(byId(e)));
            return out;
        }
        if (n instanceof ObjectNode o) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), byId(e.getValue()));
            }
            return out;
        }
        return n;
    }
}
