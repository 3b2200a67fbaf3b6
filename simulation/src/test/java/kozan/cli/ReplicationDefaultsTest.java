package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kozan.scenario.ScenarioLoader;
import kozan.stats.ReplicationCount;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uncertainty by default (issue 17 item 4): a run makes 10 replications unless told otherwise, so its summaries
 * have 95% intervals, and a run too small for them says so with its n.
 */
class ReplicationDefaultsTest {

    @TempDir
    Path tmp;

    /** valid-minimal.yaml on a 3-year horizon (2025 to 2027), with its run block replaced by {@code run}. */
    private Path minimal(String run) throws Exception {
        String text = Files.readString(MainTest.resource("valid-minimal.yaml"));
        String block = "run:\n  seed: 42\n  replications: 2\n  target_years: [2030, 2034]\n";
        assertThat(text).contains(block);
        return Files.writeString(tmp.resolve("m.yaml"), text.replace("horizon_years: 10", "horizon_years: 3")
                .replace(block, run));
    }

    @Test
    void aScenarioThatDoesNotSayRunsTenReplications() throws Exception {
        Path m = minimal("run:\n  seed: 42\n  target_years: [2027]\n");
        assertThat(ReplicationCount.DEFAULT).isEqualTo(10);
        assertThat(ScenarioLoader.load(m).run().replications()).isEqualTo(ReplicationCount.DEFAULT);
    }

    @Test
    void theShippedBaselineAndTheScenariosThatExtendItRunTenReplications() throws Exception {
        Path scenarios = ValidationRuns.repositoryRoot().resolve("scenarios");
        assertThat(ScenarioLoader.load(scenarios.resolve("baseline.yaml")).run().replications()).isEqualTo(10);
        assertThat(ScenarioLoader.load(scenarios.resolve("critical-minerals-push.yaml")).run().replications())
                .isEqualTo(10);
    }

    @Test
    void aRunOfOneReplicationWarnsWithItsNAndTwoDoNot() throws Exception {
        Path m = minimal("run:\n  seed: 42\n  replications: 1\n  target_years: [2027]\n");
        RealRuns.Outcome one = RealRuns.kozan("run", m.toString(), "--out", tmp.resolve("one").toString(),
                "--no-charts", "--annual-only");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.err()).contains("warning: 1 replication (n = 1): summary.csv and the report have no 95%"
                + " intervals, which need n >= 2; use --replications 10 (the default) or more");
        RealRuns.Outcome two = RealRuns.kozan("run", m.toString(), "--out", tmp.resolve("two").toString(),
                "--no-charts", "--annual-only", "--replications", "2");
        assertThat(two.code()).as(two.err()).isZero();
        assertThat(two.err()).doesNotContain("warning");
    }
}
