package kozan.chart.report;

import kozan.chart.Fixtures;
import kozan.io.Hashes;
import kozan.io.Results;
import kozan.io.ResultsReader;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's lever table compares a scenario with what it is compared with: its {@code extends} parent, or the
 * baseline given with --baseline; not with the format's defaults (issue #17: "moves 8 levers" when one differs).
 */
class LeverReferenceTest {

    static final Path BASELINE = Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /** A results folder of a delta scenario that extends the shipped baseline and changes one lever. */
    private Path deltaRun(String lever) throws Exception {
        Path child = tmp.resolve("delta.yaml");
        Files.writeString(child, "version: 1\nextends: " + BASELINE + "\nmetadata: {name: delta}\n"
                + "government:\n  " + lever + "\n");
        Path dir = Fixtures.copy(Fixtures.baselineDir(), tmp.resolve("run"));
        Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(ScenarioLoader.load(child)));
        Files.writeString(dir.resolve("manifest.json"), "{\"scenario\": {\"name\": \"delta\", \"chain\": ["
                + "{\"file\": \"" + child + "\", \"sha256\": \"" + Hashes.sha256(child) + "\"},"
                + "{\"file\": \"" + BASELINE + "\", \"sha256\": \"" + Hashes.sha256(BASELINE) + "\"}]}}");
        return dir;
    }

    @Test
    void aDeltaThatChangesOneLeverOfItsParentMovesOneLever() throws Exception {
        Results run = ResultsReader.read(deltaRun("carbon_price: 12345"));
        LeverReference ref = LeverReference.of(run, null);
        assertThat(ref.name()).isEqualTo("parent " + BASELINE);
        assertThat(ref.note()).isEmpty();
        String html = HtmlReport.render(run, null);
        // the baseline sets several levers away from the format's defaults (exploration subsidy 0.1, R&D budget,
        // ...): against the defaults this delta would "move" all of them; against its parent it moves one
        assertThat(html).contains("This scenario moves 1 government lever away from parent " + BASELINE)
                .contains("<th>Parent " + BASELINE + "</th>")
                .contains("<tr class=\"changed\"><td>Carbon price</td><td>12,345</td><td>289</td>"); // the parent's 289, not the default 0
        assertThat(Levers.of((java.util.Map<?, ?>) run.scenario().get("government")).stream()
                .filter(Levers.Lever::changed).count()).as("against the format's defaults").isGreaterThan(1);
    }

    @Test
    void aDeltaThatChangesNothingSetsEveryLeverAsItsParent() throws Exception {
        Results run = ResultsReader.read(deltaRun("{}"));
        assertThat(HtmlReport.render(run, null)).contains("This scenario sets every government lever as parent "
                + BASELINE + " does.");
    }

    @Test
    void aGivenBaselineIsTheReferenceAndAMissingParentIsSaid() throws Exception {
        Path dir = deltaRun("carbon_price: 12345");
        Results run = ResultsReader.read(dir);
        Results base = ResultsReader.read(Fixtures.baselineDir());
        assertThat(LeverReference.of(run, base).name()).isEqualTo("baseline run (" + base.scenarioName() + ")");
        // a baseline named "baseline" reads "baseline run (baseline)", never "baseline baseline"
        assertThat(HtmlReport.render(run, base)).contains("away from baseline run (" + base.scenarioName() + ")")
                .contains("<th>Baseline run (" + base.scenarioName() + ")</th>").doesNotContain("aseline baseline");
        Files.delete(tmp.resolve("delta.yaml")); // harmless: the parent is read, not the child
        Files.writeString(dir.resolve("manifest.json"), Files.readString(dir.resolve("manifest.json"))
                .replace(BASELINE.toString(), tmp.resolve("gone.yaml").toString()));
        LeverReference missing = LeverReference.of(ResultsReader.read(dir), null);
        assertThat(missing.name()).isEqualTo(LeverReference.DEFAULTS);
        assertThat(missing.note()).contains("gone.yaml").contains("not found");
    }
}
