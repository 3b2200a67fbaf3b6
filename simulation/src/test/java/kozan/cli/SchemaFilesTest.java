package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in docs/ (the {@code $schema} link at the top of every scenario points to
 * docs/scenario.schema.json) are exactly what {@code kozan schema} and {@code kozan schema --batch} print, so a key
 * added to the format fails here until the files are regenerated:
 * {@code ./kozan schema > docs/scenario.schema.json} and {@code ./kozan schema --batch > docs/batch.schema.json}
 * (or this test with {@code -Dkozan.regenerateDocs=true}).
 */
class SchemaFilesTest {
    static final Path DOCS = Path.of("../docs");

    record Shipped(String file, List<String> args) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Shipped> shipped() {
        return List.of(new Shipped("scenario.schema.json", List.of("schema")),
                new Shipped("batch.schema.json", List.of("schema", "--batch")));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void theCommittedSchemaIsWhatKozanSchemaPrints(Shipped s) throws Exception {
        StringWriter out = new StringWriter();
        int code = Main.execute(new FakeEngine(0), new PrintWriter(out), new PrintWriter(new StringWriter()),
                s.args().toArray(String[]::new));
        assertThat(code).isZero();
        Path file = DOCS.resolve(s.file());
        if (Boolean.getBoolean("kozan.regenerateDocs")) {
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }
        String regenerate = "./kozan " + String.join(" ", s.args()) + " > docs/" + s.file();
        assertThat(file).as("docs/" + s.file() + " is missing; create it with: " + regenerate).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/" + s.file() + " is stale (the format changed); regenerate it with: " + regenerate)
                .isEqualTo(out.toString());
    }

    @ParameterizedTest
    @MethodSource("kozan.scenario.PolicyDeltasTest#deltas")
    void everyScenarioLinksTheShippedSchema(String name) throws Exception {
        assertThat(Files.readString(Path.of("../scenarios", name + ".yaml")))
                .startsWith("# yaml-language-server: $schema=../docs/scenario.schema.json\n");
    }
}
