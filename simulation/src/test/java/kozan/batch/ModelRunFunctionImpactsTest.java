package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import kozan.io.ImpactsComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the runs of {@code kozan compare --baseline --scenario} keep their impact tables: a plain batch's run function
 * keeps none (a batch may have 100,000 runs), and its runs are not even asked for impact rows.
 */
class ModelRunFunctionImpactsTest {

    @TempDir
    Path tmp;

    @Test
    void aPlainBatchKeepsNoImpactTableACompareKeepsOnePerRunInItsYears() throws Exception {
        Files.copy(Path.of("src/test/resources/scenarios/valid-minimal.yaml"), tmp.resolve("minimal.yaml"));
        Path f = Files.writeString(tmp.resolve("batch.yaml"), """
                version: 1
                name: impacts-test
                scenarios: [minimal.yaml]
                replications: 2
                seed: 11
                metrics: [jobs_direct]
                years: [2030]
                """);
        BatchSpec spec = BatchSpecLoader.load(f, ModelRunFunction::known);
        DesignPoint point = BatchPlan.of(spec, BatchState.specHash(spec)).points().get(0);

        ModelRunFunction batch = new ModelRunFunction(spec);
        batch.run(point, 0, 11);
        assertThat(batch.impacts(point.index())).isEmpty();

        ModelRunFunction compare = new ModelRunFunction(spec).keepImpacts(Set.of(2026, 2030));
        compare.run(point, 1, 11);
        assertThat(compare.impacts(point.index())).containsOnlyKeys(1);
        assertThat(compare.impacts(point.index()).get(1).keySet()).extracting(ImpactsComparison.Key::year)
                .containsOnly(2026, 2030)
                .contains(2026, 2030);
        // the national all-industry direct row is there with the mine's workforce
        assertThat(compare.impacts(point.index()).get(1).get(new ImpactsComparison.Key(2030, "", "", "direct"))[0])
                .isPositive();
    }

    @Test
    void theKeptMetricsSinkAsksForImpactRowsOnlyWithARollUp() {
        KeptMetricsSink plain = new KeptMetricsSink(0, java.time.YearMonth.of(2025, 1), java.util.Map.of(), Set.of(),
                java.util.List.of(), Set.of());
        assertThat(plain.wantsImpacts()).isFalse();
        assertThat(plain.withImpacts((step, metric, commodity, region, detail, value) -> { }).wantsImpacts()).isTrue();
    }
}
