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
 * mean), indices out of range, values the scenario does not accept, invalid base scenarios and years outside the
 * horizon are exit 2 at their file:line:column, and nothing is written; a design of more than 100,000 runs needs
 * --yes.
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
                .contains(spec + ":10:19: parameters[2].values[1]: scenario 'm' does not accept this value: ")
                .contains("got 7")
                .doesNotContain("values[0]").doesNotContain("\tat ");
        assertThat(out).doesNotContain("design points"); // refused before the batch is announced
        assertThat(target).doesNotExist();
        assertThat(tmp.resolve("out.partial")).doesNotExist();
    }

    @Test
    void aValueTheScenarioDoesNotAcceptIsExit2AtItsPlaceAndValidateSaysTheSame() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: values
                scenarios: [m.yaml]
                parameters:
                  - path: calendar.horizon_years
                    values: [4]
                  - path: run.target_years
                    values: ["[2028]"]
                  - path: government.exploration_subsidy
                    values: [0.1, 1.5]
                replications: 2
                metrics: [imports_t]
                years: [2026]
                """);
        // the reference point applies every parameter (horizon 4, 2025-2028, with target year 2028), and each other
        // value from there: only 1.5 (line 10, column 19) is refused, in the scenario loader's words (at most 1).
        String message = spec + ":10:19: parameters[2].values[1]: scenario 'm' does not accept this value: ";
        Path target = tmp.resolve("out");
        assertThat(kozan("batch", spec.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err).contains(message).contains("got 1.5; allowed: 0 <= x <= 1").doesNotContain("values[0]")
                .doesNotContain("warning").doesNotContain("\tat ");
        assertThat(out).isEmpty(); // not even the banner: no run started
        assertThat(target).doesNotExist();
        assertThat(tmp.resolve("out.partial")).doesNotExist();
        String batchErr = err;
        assertThat(kozan("validate", spec.toString())).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).isEqualTo(batchErr);
        assertThat(kozan("validate", spec.toString().replace("b.yaml", "m.yaml"))).isZero(); // a scenario still works
        Files.writeString(spec, Files.readString(spec).replace("[0.1, 1.5]", "[0.1, 0.5]"));
        assertThat(kozan("validate", spec.toString())).as(err).isZero();
        assertThat(out).isEqualTo("OK " + spec + " (batch file: 2 design points x 2 replications = 4 runs)\n");
    }

    @Test
    void aRefusedFirstValueOrRangeEndIsPutAtItsParameter() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: ends
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [1.5, 0.2]
                  - path: regions[kyushu].unemployment_rate
                    range: [0.01, 2]
                replications: 2
                metrics: [imports_t]
                years: [2026]
                """);
        assertThat(kozan("batch", spec.toString(), "--out", tmp.resolve("out").toString())).isEqualTo(2);
        // the first value makes the reference point invalid; the base loads, so the value is at fault
        assertThat(err).contains(spec + ":6:14: parameters[0].values[0]: scenario 'm' does not accept this value: ")
                .contains("got 1.5")
                .contains(spec + ":8:12: parameters[1].range: scenario 'm' does not accept this value: ")
                .doesNotContain("values[1]").doesNotContain("is not valid");
        assertThat(tmp.resolve("out.partial")).doesNotExist();
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aFirstValueThatBreaksAnotherSettingIsPutAtThatValue() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: shorter
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0.1, 0.2]
                  - path: calendar.horizon_years
                    values: [2, 3]
                replications: 2
                metrics: [imports_t]
                years: [2026]
                """);
        // horizon 2 (2025-2026) leaves the scenario's target year 2027 outside: the problem is at run.target_years,
        // which the batch does not vary, so it is put at the value that causes it (line 8, column 14); 3 is fine,
        // and so is the subsidy's first value, which only shares the reference point with horizon 2.
        assertThat(kozan("validate", spec.toString())).isEqualTo(2);
        assertThat(err).contains(spec + ":8:14: parameters[1].values[0]: scenario 'm' does not accept this value: ")
                .contains("target year 2027 is outside the horizon")
                .doesNotContain("parameters[0]").doesNotContain("values[1]").doesNotContain("is not valid");
        assertThat(out).isEmpty();
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
    void aMisspeltPathIsExit2AtItsPlaceAndLeavesAnExistingFolderAsItWas() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: typo
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploraton_subsidy
                    values: [0, 0.2]
                replications: 2
                metrics: [imports_t]
                years: [2026]
                """);
        Path target = Files.createDirectories(tmp.resolve("earlier"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        assertThat(kozan("batch", spec.toString(), "--out", target.toString(), "--force")).isEqualTo(2);
        String message = spec + ":5:11: parameters[0].path: scenario 'm' has no such setting: ";
        assertThat(err).contains(message).contains("did you mean 'exploration_subsidy'?");
        assertThat(out).isEmpty(); // not even the banner: no run started
        try (var files = Files.list(target)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
        assertThat(target.resolve("notes.txt")).hasContent("mine");
        assertThat(tmp.resolve("earlier.partial")).doesNotExist();
        // validate says the same, at the same place
        assertThat(kozan("validate", spec.toString())).isEqualTo(2);
        assertThat(err).contains(message).contains("did you mean 'exploration_subsidy'?");
        assertThat(out).isEmpty();
    }

    /**
     * A misspelt parameter path whose baseline entry is spelt right: the path (the cause, with its did-you-mean) and
     * the baseline entry come out in one pass, in file order, and the baseline message points at the misspelt path
     * instead of listing it as varied. batch and validate say the same, and batch writes nothing.
     */
    @Test
    void aMisspeltPathIsReportedWithTheBaselineEntryThatMissesItInOnePass() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: typo_grid
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0.1, 0.3]
                  - path: government.capex_grnt
                    range: [0, 0.3]
                    steps: 3
                replications: 2
                metrics: [imports_t]
                years: [2026]
                baseline:
                  parameters: {government.exploration_subsidy: 0.1, government.capex_grant: 0}
                """);
        Path target = tmp.resolve("out");
        assertThat(kozan("batch", spec.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err.lines()).containsExactly(
                spec + ":7:11: parameters[1].path: scenario 'm' has no such setting: unknown key 'capex_grnt';"
                        + " did you mean 'capex_grant'? (set by override government.capex_grnt)",
                spec + ":14:77: baseline.parameters.government.capex_grant: 'government.capex_grant' is not a varied"
                        + " parameter; the nearest, parameters[1].path 'government.capex_grnt', is refused at line 7:"
                        + " if it means 'government.capex_grant', correct it there;"
                        + " varied: [government.exploration_subsidy]");
        assertThat(out).isEmpty(); // not even the banner: no run started
        assertThat(target).doesNotExist();
        assertThat(tmp.resolve("out.partial")).doesNotExist();
        String batchErr = err;
        assertThat(kozan("validate", spec.toString())).isEqualTo(2);
        assertThat(err).isEqualTo(batchErr);
        assertThat(out).isEmpty();
        // a baseline value misspelt against a sound path gets a did-you-mean to the varied path
        Files.writeString(spec, Files.readString(spec).replace("path: government.capex_grnt", "path: government.capex_grant")
                .replace("government.exploration_subsidy: 0.1", "government.exploraton_subsidy: 0.1"));
        assertThat(kozan("validate", spec.toString())).isEqualTo(2);
        assertThat(err.lines()).containsExactly(spec + ":14:47: baseline.parameters.government.exploraton_subsidy:"
                + " 'government.exploraton_subsidy' is not a varied parameter; did you mean"
                + " 'government.exploration_subsidy'? varied: [government.exploration_subsidy, government.capex_grant]");
    }

    /**
     * The scenario checks run beside the file's own problems: on the scenarios that were found and the parameters
     * whose path and values are sound (an unknown key in an entry changes no probed value); a malformed path is
     * reported once, by the file's check, not again by the scenario's.
     */
    @Test
    void scenarioChecksRunBesideTheFilesOwnProblemsOnWhatIsSound() throws Exception {
        scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: mixed
                scenarios: [m.yaml, gone.yaml]
                parameters:
                  - path: regions[99].unemployment_rate
                    values: [0.01]
                    stps: 2
                  - path: Government.capex_grant
                    values: [0.1]
                replications: 2
                metrics: [imports_t, imprts_t]
                years: [2040]
                """);
        assertThat(kozan("validate", spec.toString())).isEqualTo(2);
        assertThat(err.lines()).hasSize(6);
        assertThat(err.lines().map(l -> l.substring(spec.toString().length(), l.indexOf(": ", spec.toString().length()))))
                .containsExactly(":3:21", ":5:11", ":7:5", ":8:11", ":11:22", ":12:9");
        assertThat(err).contains(":3:21: scenarios[1]: scenario file 'gone.yaml' not found")
                .contains(":5:11: parameters[0].path: scenario 'm' has no such setting: ")
                .contains(":7:5: parameters[0].stps: unknown key 'stps'; did you mean 'steps'?")
                .contains(":8:11: parameters[1].path: 'Government.capex_grant' is not a scenario path")
                .contains(":11:22: metrics[1]: unknown metric 'imprts_t'")
                .contains(":12:9: years[0]: year 2040 is outside the horizon of scenario 'm'");
    }

    @Test
    void yearsOutsideTheHorizonAreExit2InsteadOfEmptyColumns() throws Exception {
        scenario("[2027]"); // 2025-01 + 3 years: 2025 to 2027
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: years
                scenarios: [m.yaml]
                replications: 2
                metrics: [imports_t]
                years: [1999, 2200]
                """);
        Path target = tmp.resolve("out");
        assertThat(kozan("batch", spec.toString(), "--out", target.toString())).isEqualTo(2);
        // the spec's years are sorted; each problem is put at the year's own place in the file (column 9, 15)
        assertThat(err).contains(spec + ":6:9: years[0]: year 1999 is outside the horizon of scenario 'm'"
                + " (2025 to 2027): its values would be empty")
                .contains(spec + ":6:15: years[1]: year 2200 is outside the horizon of scenario 'm' (2025 to 2027)");
        assertThat(target).doesNotExist();
        assertThat(tmp.resolve("out.partial")).doesNotExist();
    }

    @Test
    void validateNamesTheKindOfFileAndTheRunsABatchWouldMake() throws Exception {
        Path m = scenario("[2027]");
        Path spec = Files.writeString(tmp.resolve("b.yaml"), """
                version: 1
                name: kinds
                scenarios: [m.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0.1, 0.2, 0.3]
                replications: 4
                metrics: [imports_t]
                years: [2026]
                """);
        assertThat(kozan("validate", m.toString(), spec.toString())).as(err).isZero();
        // 3 values x 1 scenario = 3 design points; x 4 replications = 12 runs
        assertThat(out).isEqualTo("OK " + m + " (scenario)\n"
                + "OK " + spec + " (batch file: 3 design points x 4 replications = 12 runs)\n");
    }

    @Test
    void aDesignOverTheThresholdIsRefusedWithoutYesAndStartsWithIt() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID_OK); // 3 points x 8 replications = 24 runs
        assertThat(fakeBatch(5, spec.toString(), "--out", tmp.resolve("small").toString(), "--threads", "1"))
                .isEqualTo(2);
        assertThat(err).contains("this batch has 24 runs (more than 5): one run took ")
                .contains("(design point 1, replication 1, timed just now)")
                .contains("hours on 1 thread(s). Add --yes to start it");
        assertThat(tmp.resolve("small")).doesNotExist();
        assertThat(fakeBatch(24, spec.toString(), "--out", tmp.resolve("at").toString(), "--threads", "1"))
                .as("24 runs is not more than 24").isZero();
        assertThat(fakeBatch(5, spec.toString(), "--out", tmp.resolve("yes").toString(), "--threads", "1", "--yes"))
                .as(err).isZero();
        assertThat(tmp.resolve("yes/runs.csv")).exists();
    }

    /** {@code kozan batch} on the fake model (no probe) with the --yes threshold at {@code threshold} runs. */
    private int fakeBatch(long threshold, String... args) {
        BatchCommand cmd = new BatchCommand();
        cmd.runFunction = s -> new FakeModel();
        cmd.probe = null;
        cmd.largeDesignRuns = threshold;
        StringWriter e = new StringWriter();
        StringWriter o = new StringWriter();
        CommandLine cli = new CommandLine(cmd);
        cli.setErr(new PrintWriter(e, true));
        cli.setOut(new PrintWriter(o, true));
        java.util.function.Predicate<String> saved = BatchCommand.knownMetric;
        java.util.function.Function<String, String> savedUnit = BatchCommand.unitOf;
        BatchCommand.knownMetric = BatchFixtures.METRICS::contains;
        BatchCommand.unitOf = BatchFixtures::unit;
        try {
            return cli.execute(args);
        } finally {
            BatchCommand.knownMetric = saved;
            BatchCommand.unitOf = savedUnit;
            err = e.toString();
            out = o.toString();
        }
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

    /**
     * A sensitivity study and a calibration spec are checked with their batch file (not as scenarios); a grid whose
     * ranges give more than a million points (2 per range when steps is not given) is refused at once, not expanded.
     */
    @Test
    void validateChecksStudiesAndCalibrationSpecsAndRefusesAHugeGridWithoutExpandingIt() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize().resolve("scenarios/analyses");
        assertThat(kozan("validate", root.resolve("sobol.yaml").toString())).as(err).isZero();
        assertThat(out).isEqualTo("OK " + root.resolve("sobol.yaml") + " (sensitivity study: sobol over the 8 parameters"
                + " of sobol-batch.yaml)\n");
        // 42 ranges without steps: 2^42 grid points (the Morris study samples them; as a grid it is refused)
        assertThat(kozan("validate", root.resolve("assumptions-batch.yaml").toString())).isEqualTo(2);
        assertThat(err).contains("parameters: the full grid has more than 1000000 design points");
        // ... while the Morris study over the same file, which samples its own points, is fine
        assertThat(kozan("validate", root.resolve("morris.yaml").toString())).as(err).isZero();
        assertThat(out).isEqualTo("OK " + root.resolve("morris.yaml") + " (sensitivity study: morris over the 42"
                + " parameters of assumptions-batch.yaml)\n");
        Path batch = Files.writeString(tmp.resolve("cal-batch.yaml"), """
                version: 1
                name: cal
                scenarios: [%s]
                parameters:
                  - {path: "mines[hishikari].recovery", range: [0.9, 0.98]}
                replications: 2
                metrics:
                  - {name: import_dependence, commodity: gold, region: ""}
                years: [2026]
                """.formatted(Path.of("..").toAbsolutePath().normalize().resolve("scenarios/baseline.yaml")));
        Path cal = Files.writeString(tmp.resolve("cal.yaml"), """
                batch: cal-batch.yaml
                targets:
                  - {metric: import_dependence, commodity: gold, year: 2026, value: 0.88, se: 0.01}
                """);
        assertThat(kozan("validate", cal.toString())).as(err).isZero();
        assertThat(out).isEqualTo("OK " + cal + " (calibration spec over " + batch.getFileName() + ")\n");
    }
}
