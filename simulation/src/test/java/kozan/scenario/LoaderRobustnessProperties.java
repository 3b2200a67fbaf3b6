package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mutations of the valid fixture: the loader either returns a Scenario or throws a ScenarioException whose
 * problems all point inside the file; never another exception, and never a problem-less failure.
 */
class LoaderRobustnessProperties {
    private static final List<String> TOKENS = List.of("yes", "no", "NO", "on", "0755", "1:30", "~", "[]", "{}", "-1",
            "1e999", "2025-01-01", "2025-13", "''", "\"x\"", "!!java.io.File x", "&a 1", "*a", "*zz", "!foo 1", ".nan",
            "0x1F", "[1, [2, [3]]]", "{kind: FIXED}", "- a", ": :", "\"", "\t", "null", "true", "1.5", "0", "PROCESSING",
            "tohoku", "copper", "China", "<<: {a: 1}", "12345678901234567890", "-0.0", "|", ">", "? x", "%YAML 1.1",
            "---", "...", "@", "`", "#", "日本");

    record Mutation(int line, int kind, String token) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 4), Arbitraries.of(TOKENS)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    static String mutate(String text, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (Mutation m : mutations) {
            int i = m.line() % lines.size();
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            switch (m.kind()) {
                case 0 -> lines.remove(i); // drop a line
                case 1 -> lines.set(i, colon >= 0 ? line.substring(0, colon + 2) + m.token() : line + m.token()); // new value
                case 2 -> lines.add(i, line); // duplicate a line (duplicate keys, ids)
                case 3 -> lines.set(i, " " + line); // shift indentation
                default -> lines.add(i, m.token()); // insert a raw token line
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    @Property(tries = 150, seed = "20261205")
    void loaderNeverFailsWithAnythingButScenarioException(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        String text = mutate(Files.readString(ScenarioLoaderTest.MINIMAL), mutations);
        long lineCount = text.lines().count();
        try {
            Scenario s = ScenarioLoader.parse(text, "m.yaml");
            assertThat(s).isNotNull();
            // Whatever loads must also survive a write/read round trip.
            assertThat(ScenarioLoader.parse(ScenarioWriter.toYaml(s), "r.yaml")).isEqualTo(s);
        } catch (ScenarioException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("m.yaml");
                assertThat(p.line()).isBetween(0, (int) lineCount + 1);
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Property(tries = 100, seed = "20261205")
    void anyTextAndNumberSurviveTheWriter(@ForAll String anyText,
            @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 3) double sigma) throws Exception {
        // Lone surrogates are not text (not encodable as UTF-8), so they are replaced.
        String title = anyText.replaceAll("[\\uD800-\\uDFFF]", "?");
        Scenario base = ScenarioLoader.load(ScenarioLoaderTest.MINIMAL);
        Scenario s = Schema.with(base, "metadata", Schema.with(base.metadata(), "title", title));
        CommoditySpec c = s.commodities().get(0);
        s = Schema.with(s, "commodities", List.of(Schema.with(c, "price", Schema.with(c.price(), "sigma", sigma)),
                s.commodities().get(1)));
        assertThat(ScenarioLoader.parse(ScenarioWriter.toYaml(s), "w.yaml")).isEqualTo(s);
    }
}
