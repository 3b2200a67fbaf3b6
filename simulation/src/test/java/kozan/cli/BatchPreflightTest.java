package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kozan.batch.BatchFixtures;
import kozan.batch.FakeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A batch file is checked completely before any run (issue 19 item 8): unknown parameter paths (with did you
 * mean), indices out of range, values out of bounds, invalid base scenarios and years outside the horizon are
 * exit 2 at their file:line:column, and nothing is written; a design of more than 100,000 runs needs --yes.
 */
class BatchPreflightTest {

    @TempDir
    Path tmp;

    String out;
    String err;

    private Path scenario(String targetYears) throws Exception {
        String minimal = Files.readString(MainTest.resource("valid-minimal.yaml"));
        return Files.writeString(tmp.resolve("m.yaml"), minimal.replace("horizon_years: 10", "horizon_years: 3")
                .replace("target_years: [2030, 2034]", "target_years: " + targetYears));
    }

    private int kozan(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new ModelEngine(), new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void badPathsIndicesValuesAndYearsAreReportedAtTheirPlaceBeforeAnyRun() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: bad
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploraton_subsidy
                    values: [0, 0.2]
                  - path: regions[99].unemployment_rate
                    values: [0.01]
                  - path: government.exploration_subsidy
                    values: [0.1, 7]
                replications: 2
                metrics: [imports_t]
                years: [2026, 2040]
                """);
        Path target = tmp.resolve("out");
        assertThat(kozan("batch", spec.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err).contains(spec + ":5:11: parameters[0].path: scenario 'm' has no such setting: ")
                .contains("did you mean 'exploration_subsidy'?")
                .contains(spec + ":7:11: parameters[1].path: scenario 'm' has no such setting: ")
                .contains("no entry [99] in 'regions'")
                .contains(spec + ":13:15: years[1]: year 2040 is outside the horizon of scenario 'm' (2025 to 2027)")
                .doesNotContain("values[0]").doesNotContain("\tat ");
        assertThat(out).doesNotContain("design points"); // refused before the batch is announced
        assertThat(target).doesNotExist();
        assertThat(tmp.resolve("out.partial")).doesNotExist();
    }

    @Test
    void validateChecksABatchFileAndWarnsOfValuesWhoseRunsWillFail() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: warn
                scenarios: [m.yaml]
                parameters:
                  - path: calendar.horizon_years
                    values: [2]
                  - path: run.target_years
                    values: ["[2026]"]
                  - path: government.exploration_subsidy
                    values: [0.1, 7]
                replications: 2
                metrics: [imports_t]
                years: [2026]
                """);
        // horizon 2 and target year 2026 only work together: the reference point applies every parameter.
        assertThat(kozan("validate", spec.toString())).as(err).isZero();
        assertThat(out).isEqualTo("OK " + spec + "\n");
        assertThat(err).contains(spec + ":10:19: parameters[2].values[1]: warning: on scenario 'm' runs with this"
                + " value will fail: ").contains("got 7");
        assertThat(kozan("validate", spec.toString().replace("b.yaml", "m.yaml"))).isZero(); // a scenario still works
    }

    @Test
    void anInvalidBaseScenarioIsReportedAtItsEntry() throws Exception {
        scenario("[2030]"); // outside the 3-year horizon: the scenario itself is invalid
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: bad_base
                scenarios: [m.yaml]
                replications: 2
                metrics: [imports_t]
                years: [2026]
                """);
        assertThat(kozan("batch", spec.toString(), "--out", tmp.resolve("out").toString())).isEqualTo(2);
        assertThat(err).contains(spec + ":3:13: scenarios[0]: base scenario 'm' is not valid: ")
                .contains("target year 2030 is outside the horizon");
        assertThat(tmp.resolve("out.partial")).doesNotExist();
    }

    @Test
    void aDesignOfMoreThan100000RunsNeedsYesAndStatesTheTime() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID_OK.replace("replications: 8", "replications: 40000"));
        BatchCommand cmd = new BatchCommand();
        cmd.runFunction = s -> new FakeModel();
        cmd.probe = null;
        StringWriter e = new StringWriter();
        CommandLine cli = new CommandLine(cmd);
        cli.setErr(new PrintWriter(e, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        java.util.function.Predicate<String> saved = BatchCommand.knownMetric;
        BatchCommand.knownMetric = BatchFixtures.METRICS::contains;
        try {
            // 3 points x 40,000 replications = 120,000 runs.
            assertThat(cli.execute(spec.toString(), "--out", tmp.resolve("big").toString(), "--threads", "2"))
                    .isEqualTo(2);
        } finally {
            BatchCommand.knownMetric = saved;
        }
        assertThat(e.toString()).contains("this batch has 120,000 runs (more than 100,000): one run took ")
                .contains("hours on 2 thread(s). Add --yes to start it");
        assertThat(tmp.resolve("big.partial")).doesNotExist();
    }
}
