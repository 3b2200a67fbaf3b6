package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One parameter set (issue 14): no scenario under scenarios/ sets a behavioural parameter
 * ({@link BehaviouralParameters}) to a value other than the baseline's unless it declares sensitivity_case: true.
 * The comparison is {@link BehaviouralParameters#differences}.
 */
class BehaviouralParametersTest {

    private static final Path ROOT = DataSourcesCoverageTest.repositoryRoot();
    private static Scenario baseline;

    @org.junit.jupiter.api.BeforeAll
    static void loadBaseline() throws ScenarioException {
        baseline = ScenarioLoader.load(ROOT.resolve("scenarios/baseline.yaml"));
    }

    @Test
    void everyScenarioUsesTheBaselinesBehaviourUnlessItIsASensitivityCase() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT.resolve("scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> overrides = new ArrayList<>();
        for (Path file : files) {
            Scenario s = ScenarioLoader.load(file);
            if (!s.sensitivityCase()) {
                overrides.addAll(differences(file.getFileName().toString(), s, baseline));
            }
        }
        assertThat(overrides).as("behavioural parameters that differ from baseline.yaml in scenarios that are not "
                + "sensitivity cases").isEmpty();
    }

    @Test
    void aChangedBehaviouralParameterIsFound() throws Exception {
        String text = Files.readString(ROOT.resolve("scenarios/rare-earth-2010-replay.yaml"))
                .replace("        producers:", "        target_cover_months: 2\n        producers:")
                .replace("    workers_per_bn_yen: 37                # GK, as baseline\n",
                        "    workers_per_bn_yen: 37                # GK, as baseline\n    risk_aversion: 3\n");
        Scenario changed = ScenarioLoader.parse(text, "changed.yaml", List.of(), ROOT.resolve("scenarios"));
        assertThat(differences("changed.yaml", changed, baseline)).hasSize(2)
                .anyMatch(d -> d.contains("targetCoverMonths")).anyMatch(d -> d.contains("riskAversion"));
        assertThat(changed.sensitivityCase()).isFalse();
        Scenario declared = ScenarioLoader.parse("sensitivity_case: true\n" + text, "declared.yaml", List.of(),
                ROOT.resolve("scenarios"));
        assertThat(declared.sensitivityCase()).isTrue();
    }

    private static List<String> differences(String file, Scenario s, Scenario baseline) {
        return BehaviouralParameters.differences(s, baseline).stream().map(d -> file + ": " + d).toList();
    }
}
