package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSpecLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsAFullSpec() throws Exception {
        Path f = BatchFixtures.write(tmp, """
                version: 1
                name: lhs_test
                description: two levers
                scenarios:
                  - base.yaml
                  - {id: restriction, file: shock.yaml}
                parameters:
                  - path: government.exploration_subsidy
                    range: [0, 0.5]
                  - path: commodities[rare_earths].price.sigma
                    values: [0.1, 0.2]
                  - path: mine_defaults.workers
                    range: [10, 20]
                    integer: true
                design: latin_hypercube
                points: 20
                design_seed: 5
                replications: 3
                seed: 99
                metrics:
                  - imports_t
                  - {name: jobs_direct, region: ""}
                years: [2040, 2030]
                threads: 2
                baseline: {scenario: base, parameters: {government.exploration_subsidy: 0}}
                """);
        BatchSpec s = BatchSpecLoader.load(f, BatchFixtures.METRICS::contains);
        assertThat(s.name()).isEqualTo("lhs_test");
        assertThat(s.scenarios()).extracting(BatchSpec.ScenarioRef::id).containsExactly("base", "restriction");
        assertThat(s.scenarios().get(1).file()).isEqualTo(tmp.resolve("shock.yaml").toAbsolutePath().normalize());
        assertThat(s.design()).isEqualTo(BatchSpec.Design.LATIN_HYPERCUBE);
        assertThat(s.points()).isEqualTo(20);
        assertThat(s.designSeed()).isEqualTo(5);
        assertThat(s.replications()).isEqualTo(3);
        assertThat(s.seed()).isEqualTo(99);
        assertThat(s.years()).containsExactly(2030, 2040);
        assertThat(s.threads()).isEqualTo(2);
        assertThat(s.parameters().get(0).isRange()).isTrue();
        assertThat(s.parameters().get(1).values()).containsExactly(0.1, 0.2);
        assertThat(s.parameters().get(2).integer()).isTrue();
        assertThat(s.metrics().get(1)).isEqualTo(new BatchSpec.MetricSelector("jobs_direct", null, "", null));
        assertThat(s.metrics().get(1).matches("jobs_direct", "", "", "production")).isTrue();
        assertThat(s.metrics().get(1).matches("jobs_direct", "", "kanto", "production")).isFalse();
        assertThat(s.baseline().parameters()).containsEntry("government.exploration_subsidy", 0L);
    }

    @Test
    void reportsEveryProblemWithFileLineAndColumn() throws Exception {
        Path f = BatchFixtures.write(tmp, """
                version: 1
                name: bad
                scenarios: [base.yaml, missing.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    range: [0.5, 0.1]
                  - path: Not A Path
                    values: [1]
                replications: 0
                metrics: [imports_t, no_such_metric]
                years: [2030]
                colour: blue
                """);
        assertThatThrownBy(() -> BatchSpecLoader.load(f, BatchFixtures.METRICS::contains))
                .isInstanceOfSatisfying(BatchSpecException.class, e -> {
                    List<String> lines = e.problems().stream().map(Object::toString).toList();
                    String file = f.toString();
                    assertThat(lines).contains(
                            file + ":3:24: scenarios[1]: scenario file 'missing.yaml' not found (looked for "
                                    + tmp.resolve("missing.yaml").toAbsolutePath() + "); paths are relative to the batch file's folder",
                            file + ":6:12: parameters[0].range: min 0.5 must be below max 0.1",
                            file + ":9:15: replications: out of range; got 0; allowed: 1 <= x <= 100000",
                            file + ":10:22: metrics[1]: unknown metric 'no_such_metric'; see docs/outputs.md for the metric names");
                    assertThat(lines).anyMatch(l -> l.startsWith(file + ":7:11: parameters[1].path: 'Not A Path' is not a scenario path"));
                    assertThat(lines).anyMatch(l -> l.startsWith(file + ":12:1: colour: unknown key 'colour'"));
                    assertThat(e.problems()).hasSize(6);
                });
    }

    @Test
    void rejectsAmbiguousOrMissingDesignSettings() throws Exception {
        Path f = BatchFixtures.write(tmp, """
                name: x
                scenarios: [base.yaml]
                parameters:
                  - {path: a.b, values: [1], range: [0, 1]}
                design: latin_hypercube
                metrics: [imports_t]
                years: [2030]
                baseline: {scenario: nope, parameters: {c.d: 1}}
                """);
        assertThatThrownBy(() -> BatchSpecLoader.load(f, null)).isInstanceOfSatisfying(BatchSpecException.class, e ->
                assertThat(e.getMessage())
                        .contains("parameters[0]: give exactly one of 'values: [...]' or 'range: [min, max]'")
                        .contains("1:1: points: missing (required here for design: latin_hypercube)")
                        .contains("baseline.scenario: 'nope' is not one of the scenario ids [base]")
                        .contains(":8:46: baseline.parameters.c.d: 'c.d' is not a varied parameter"));
    }

    @Test
    void latinHypercubeSettingsOnAGridAreReported() throws Exception {
        Path f = BatchFixtures.write(tmp, BatchFixtures.GRID_OK + "points: 5\n");
        assertThatThrownBy(() -> BatchSpecLoader.load(f, null)).isInstanceOfSatisfying(BatchSpecException.class, e ->
                assertThat(e.getMessage()).isEqualTo(f + ":12:9: points: 'points' only applies to design:"
                        + " latin_hypercube (a grid uses every combination)"));
    }

    @Test
    void reportsBrokenYamlWithItsPosition() throws Exception {
        Path f = BatchFixtures.write(tmp, "name: x\nscenarios: [base.yaml\nmetrics: [a]\n");
        assertThatThrownBy(() -> BatchSpecLoader.load(f, null)).isInstanceOfSatisfying(BatchSpecException.class, e ->
                assertThat(e.problems().get(0).toString()).startsWith(f + ":3:8: ").contains("YAML syntax error"));
    }
    @Test
    void bindingProblemsHaveTheScenarioFormatWithPositionsAndSuggestions() throws Exception {
        Path f = BatchFixtures.write(tmp, """
                name: typo
                scenarios:
                  - base.yaml
                  - {id: other, fiel: base.yaml}
                parameters:
                  - path: government.exploration_subsidy
                    range: [0, 0.1, 0.2]
                  - path: government.capex_grant
                    values: [[1, 2]]
                design: latin_hypercub
                points: many
                replicatons: 3
                metrics: [imports_t]
                years: [2030, 2030.5]
                """);
        assertThatThrownBy(() -> BatchSpecLoader.load(f, null)).isInstanceOfSatisfying(BatchSpecException.class, e -> {
            List<String> lines = e.problems().stream().map(Object::toString).toList();
            String file = f.toString();
            assertThat(lines).contains(
                    file + ":4:17: scenarios[other].fiel: unknown key 'fiel'; did you mean 'file'?",
                    file + ":4:5: scenarios[other].file: missing required key 'file': a string"
                            + " (Scenario file, relative to the batch file's folder.)",
                    file + ":7:12: parameters[0].range: list has 3 entries; allowed: entries = 2",
                    file + ":9:14: parameters[1].values[0]: expected a single value (number, boolean or string);"
                            + " got a list",
                    file + ":10:9: design: unknown value 'latin_hypercub'; did you mean 'latin_hypercube'?"
                            + " allowed: grid, latin_hypercube",
                    file + ":11:9: points: expected a number; got 'many'",
                    file + ":12:1: replicatons: unknown key 'replicatons'; did you mean 'replications'?",
                    file + ":14:15: years[1]: expected a whole number; got '2030.5'");
            assertThat(lines).hasSize(8);
        });
    }

    @Test
    void singleValuesStandForScenarioAndMetricEntries() throws Exception {
        Path f = BatchFixtures.write(tmp, """
                name: short
                scenarios: [base.yaml, {file: shock.yaml}]
                parameters:
                  - {path: a.b, values: [1, 2.5, true, yes, text, '3']}
                metrics:
                  - imports_t
                  - {name: jobs_direct, region: }
                  - {name: jobs_induced, region: kanto}
                years: [2030.0]
                """);
        BatchSpec s = BatchSpecLoader.load(f, null);
        assertThat(s.scenarios()).extracting(BatchSpec.ScenarioRef::id).containsExactly("base", "shock");
        assertThat(s.parameters().get(0).values()).containsExactly(1L, 2.5, true, "yes", "text", "3");
        assertThat(s.metrics()).containsExactly(new BatchSpec.MetricSelector("imports_t", null, null, null),
                new BatchSpec.MetricSelector("jobs_direct", null, "", null),
                new BatchSpec.MetricSelector("jobs_induced", null, "kanto", null));
        assertThat(s.years()).containsExactly(2030);
        assertThat(s.design()).isEqualTo(BatchSpec.Design.GRID);
        assertThat(s.replications()).isEqualTo(10);
        assertThat(s.seed()).isEqualTo(20250101L);
        assertThat(s.designSeed()).isEqualTo(20250101L);
        assertThat(s.baseline()).isNull();
    }

    /**
     * A scenario probe that knows one setting, government.exploration_subsidy, and reports any other path as the
     * scenario loader does (an unknown key).
     */
    private static BatchSpecLoader.Probed knowsOnlyTheSubsidy(Path scenario, java.util.Map<String, Object> values) {
        List<kozan.scenario.Problem> problems = values.keySet().stream()
                .filter(k -> !k.equals("government.exploration_subsidy"))
                .map(k -> new kozan.scenario.Problem(scenario.toString(), 1, 1, k, "unknown key '" + k + "'"))
                .toList();
        return new BatchSpecLoader.Probed(problems, 2025, 2040);
    }

    /**
     * An entry the reader leaves out (no path, no file) does not stop the checks of the entries after it: the
     * misspelt parameter path after a malformed parameter and the missing file after a malformed scenario are
     * reported in the same pass, at their own lines (not at the place of the entry before them), in line order.
     */
    @Test
    void entriesAfterAMalformedOneAreStillCheckedAtTheirOwnPlaces() throws Exception {
        Path f = BatchFixtures.write(tmp, """
                version: 1
                name: two_typos
                scenarios:
                  - {id: nofile}
                  - base.yaml
                  - gone.yaml
                parameters:
                  - values: [1]
                  - path: government.exploraton_subsidy
                    values: [0, 0.2]
                metrics:
                  - {commodity: gold}
                  - imprts_t
                years: [2030]
                """);
        assertThatThrownBy(() -> BatchSpecLoader.load(f, BatchFixtures.METRICS::contains,
                BatchSpecLoaderTest::knowsOnlyTheSubsidy)).isInstanceOfSatisfying(BatchSpecException.class, e -> {
                    List<String> lines = e.problems().stream().map(Object::toString).toList();
                    String file = f.toString();
                    assertThat(lines).hasSize(6);
                    assertThat(lines.get(0)).startsWith(file + ":4:5: scenarios[nofile].file: missing required key");
                    assertThat(lines.get(1))
                            .startsWith(file + ":6:5: scenarios[2]: scenario file 'gone.yaml' not found");
                    assertThat(lines.get(2)).startsWith(file + ":8:5: parameters[0].path: missing required key");
                    assertThat(lines.get(3)).isEqualTo(file + ":9:11: parameters[1].path: scenario 'base' has no such"
                            + " setting: unknown key 'government.exploraton_subsidy'");
                    assertThat(lines.get(4)).startsWith(file + ":12:5: metrics[0].name: missing required key");
                    assertThat(lines.get(5)).startsWith(file + ":13:5: metrics[1]: unknown metric 'imprts_t'");
                });
    }
}
