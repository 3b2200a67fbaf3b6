package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch machinery on the real model (small test scenario, 10-year horizon). */
class ModelBatchTest {

    @TempDir
    Path tmp;

    private Path spec() throws Exception {
        Files.copy(Path.of("src/test/resources/scenarios/valid-minimal.yaml"), tmp.resolve("minimal.yaml"));
        Path f = tmp.resolve("batch.yaml");
        Files.writeString(f, """
                version: 1
                name: model-test
                scenarios: [minimal.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0.2, 0.6, 1.5]
                replications: 3
                seed: 11
                metrics:
                  - imports_t
                  - import_dependence
                  - {name: jobs_direct, region: ""}
                years: [2030, 2034]
                baseline: {scenario: minimal, parameters: {government.exploration_subsidy: 0.2}}
                """);
        return f;
    }

    private BatchJob.Result run(Path spec, Path out, int threads) throws Exception {
        BatchSpec s = BatchSpecLoader.load(spec, ModelRunFunction::known);
        BatchPlan plan = BatchPlan.of(s, BatchState.specHash(s));
        return new BatchJob(plan, new ModelRunFunction(s), ModelRunFunction::unit, BatchProgress.NONE,
                new PrintWriter(System.err, true)).run(out, threads, false, Shard.ALL, false);
    }

    @Test
    void realRunsAreThreadCountIndependentAndInvalidValuesFailCleanly() throws Exception {
        Path spec = spec();
        BatchJob.Result one = run(spec, tmp.resolve("one"), 1);
        BatchJob.Result two = run(spec, tmp.resolve("two"), 2);
        BatchJobTest.assertSameData(one.dir(), two.dir());
        // exploration_subsidy 1.5 is outside [0, 1]: its 3 runs fail with the loader's message, the rest run.
        assertThat(one.failed()).isEqualTo(3);
        List<CSVRecord> runs = BatchJobTest.read(one.dir().resolve("runs.csv"));
        assertThat(runs).hasSize(9);
        for (CSVRecord r : runs) {
            if (r.get("government.exploration_subsidy").equals("1.5")) {
                assertThat(r.get("status")).isEqualTo("failed");
                assertThat(r.get("error")).contains("ScenarioException").contains("government.exploration_subsidy");
            } else {
                assertThat(r.get("status")).as(r.get("error")).isEqualTo("ok");
                assertThat(r.get("imports_t{commodity=rare_earths}@2030")).isNotEmpty();
                assertThat(r.get("seed")).isEqualTo(kozan.scenario.SeedText.format(kozan.model.random.Seeds.master(11, Integer.parseInt(r.get("replication")))));
            }
        }
        // Common random numbers: replication k has the same master seed at every design point.
        assertThat(runs.stream().filter(r -> r.get("replication").equals("1")).map(r -> r.get("seed")).distinct()).hasSize(1);
        List<CSVRecord> summary = BatchJobTest.read(one.dir().resolve("summary.csv"));
        assertThat(summary).anyMatch(r -> r.get("metric").equals("import_dependence") && r.get("unit").startsWith("share"));
        assertThat(summary).allMatch(r -> r.get("metric").equals("jobs_direct") ? r.get("region").equals("JP") : true);
        assertThat(BatchJobTest.read(one.dir().resolve("differences.csv")))
                .anyMatch(r -> r.get("design_point").equals("1") && r.get("n").equals("3"));
    }
}
