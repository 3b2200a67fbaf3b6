package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kozan.io.Hashes;
import kozan.io.Manifest;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;

/**
 * The runs published in results/published/ (written by scripts/publish-runs) are complete and untouched, and the
 * current code reproduces the baseline byte for byte. When the model changes on purpose the baseline no longer
 * reproduces; the failure says to regenerate the published runs.
 */
class PublishedRunsTest {

    /** Maven runs the tests in simulation/; the published runs are at the repository root. */
    static final Path PUBLISHED = Path.of("..", "results", "published");
    static final List<String> NAMES = List.of("baseline", "critical-minerals-push", "rare-earth-export-restriction",
            "resource-diplomacy");
    static final String REGENERATE = "If the model or the scenarios changed on purpose, run scripts/publish-runs "
            + "and commit results/published/.";

    @Test
    void everyPublishedRunIsCompleteAnnualOnlyAndUntouched() throws Exception {
        Set<Long> baseSeeds = new HashSet<>();
        long bytes = 0;
        for (String name : NAMES) {
            Path dir = PUBLISHED.resolve(name);
            assertThat(dir.resolve("manifest.json")).as("results/published/%s/manifest.json is missing. %s", name,
                    REGENERATE).isRegularFile();
            Manifest.Recorded m = Manifest.read(dir);
            assertThat(m.scenarioName()).as(name).isEqualTo(name);
            assertThat(m.annualOnly()).as("%s is annual-only (timeseries.csv left out for size)", name).isTrue();
            assertThat(m.masterSeeds()).as("%s replications", name).hasSizeGreaterThanOrEqualTo(2);
            assertThat(m.files()).extracting(Manifest.FileEntry::path).as(name)
                    .contains("annual.csv", "scenario.yaml", "summary.csv", "summary.json")
                    .doesNotContain("timeseries.csv");
            for (Manifest.FileEntry f : m.files()) {
                Path file = dir.resolve(f.path());
                assertThat(file).as("%s/%s listed in its manifest", name, f.path()).isRegularFile();
                assertThat(Hashes.sha256(file)).as("results/published/%s/%s no longer matches the sha256 in its "
                        + "manifest (edited after the run?). %s", name, f.path(), REGENERATE).isEqualTo(f.sha256());
                bytes += f.bytes();
            }
            baseSeeds.add(m.baseSeed());
        }
        // one base seed: scenario and baseline are paired replication by replication (common random numbers)
        assertThat(baseSeeds).as("base seeds of the published runs").hasSize(1);
        assertThat(bytes).as("published runs stay small enough for git").isLessThan(40L << 20);
    }

    /**
     * Reproducing runs from the stored scenario.yaml, which states every default, so a changed default (a behavioural
     * parameter of the format) cannot make the reproduction differ. This check catches it: today's scenario files,
     * resolved by today's code, must state what each published run ran with (but its seed and replications, which
     * scripts/publish-runs sets on the command line).
     */
    @Test
    void eachPublishedRunStatesWhatTodaysScenarioFileResolvesTo() throws Exception {
        for (String name : NAMES) {
            String today = ScenarioWriter.toYaml(ScenarioLoader.load(Path.of("..", "scenarios", name + ".yaml")));
            String published = Files.readString(PUBLISHED.resolve(name).resolve("scenario.yaml"));
            assertThat(withoutSeedAndReplications(published))
                    .as("results/published/%s/scenario.yaml is not what scenarios/%s.yaml resolves to today (a changed "
                            + "default or scenario). %s", name, name, REGENERATE)
                    .isEqualTo(withoutSeedAndReplications(today));
        }
    }

    private static String withoutSeedAndReplications(String resolvedYaml) {
        return resolvedYaml.replaceAll("(?m)^  (seed|replications): .*\n", "");
    }

    @Test
    void theCurrentCodeReproducesThePublishedBaseline() throws Exception {
        Path dir = PUBLISHED.resolve("baseline");
        assertThat(dir.resolve("manifest.json")).as("no published baseline. %s", REGENERATE).isRegularFile();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new ModelEngine(), new PrintWriter(out), new PrintWriter(err), "reproduce",
                dir.toString(), "--threads", "2");
        assertThat(code).as("results/published/baseline is stale: the current code does not reproduce it.\n%s\n"
                + "kozan reproduce said:\n%s%s", REGENERATE, out, err).isZero();
        assertThat(out.toString()).startsWith("identical: ");
    }
}
