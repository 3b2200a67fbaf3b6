package kozan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kozan.observe.Runs;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioLoader.Override;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in scenarios/*.yaml loads and runs one replication over its full horizon without an exception,
 * writes rows, and every value is finite. Only the synthetic large scenario (no dated levers, ~100x the
 * agents) is cut to 3 years; the loader refuses shorter horizons for files whose levers and events start later.
 */
class ScenarioSmokeTest {

    static final int SMOKE_YEARS = 3;

    @TestFactory
    List<DynamicTest> everyScenarioLoadsAndRunsWithFiniteOutputs() throws IOException {
        Path dir = ValidationRuns.repositoryRoot().resolve("scenarios");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("scenarios/*.yaml").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> smoke(f)));
        }
        return tests;
    }

    private static void smoke(Path file) throws ScenarioException {
        Scenario s;
        if (file.getFileName().toString().equals("large.yaml")) {
            // loaded once, with the short horizon (parsing the 3 MB file is the slow part)
            s = ScenarioLoader.load(file, List.of(new Override("calendar.horizon_years", SMOKE_YEARS),
                    new Override("run.target_years", List.of(2025 + SMOKE_YEARS - 1))));
        } else {
            s = ScenarioLoader.load(file);
        }
        MonthlySeries sink = new MonthlySeries(s);
        Runs.RunStats stats = Runs.simulate(s, 0, sink);
        assertThat(stats.steps()).isEqualTo(s.steps());
        assertThat(sink.keys("world_price")).as("world_price rows").hasSize(s.commodities().size());
        assertThat(sink.nonFiniteCount()).as("non-finite values, first: %s", sink.firstNonFinite()).isZero();
        for (var c : s.commodities()) {
            double[] p = sink.monthly("world_price", c.id(), "", "");
            assertThat(p[s.steps() - 1]).as("last price of %s", c.id()).isPositive();
        }
    }
}
