package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example batch file passes the checks {@code kozan batch} makes before any run (real scenarios, metrics and
 * every value probed on the model's loader); the smoke batch runs end to end.
 */
class BatchExamplesTest {

    static final Path DIR = Path.of("../scenarios/batches");

    @TempDir
    Path tmp;

    @Test
    void everyExampleLoadsAndExpands() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("subsidy-grid.yaml", "stockpile-lhs.yaml", "smoke.yaml", "bench-baseline.yaml");
        for (Path f : files) {
            BatchSpec spec = BatchSpecLoader.load(f, ModelRunFunction::known, ModelRunFunction::probe);
            BatchPlan plan = BatchPlan.of(spec, BatchState.specHash(spec));
            assertThat(plan.runs()).as(f.toString()).isPositive();
        }
        BatchSpec grid = BatchSpecLoader.load(DIR.resolve("subsidy-grid.yaml"), ModelRunFunction::known);
        assertThat(BatchPlan.of(grid, "h").points()).hasSize(9);
        assertThat(BatchPlan.of(grid, "h").baseline()).isZero();
        BatchSpec lhs = BatchSpecLoader.load(DIR.resolve("stockpile-lhs.yaml"), ModelRunFunction::known);
        assertThat(BatchPlan.of(lhs, "h").points()).hasSize(41);
    }

    @Test
    void smokeBatchRunsEveryPoint() throws Exception {
        BatchSpec spec = BatchSpecLoader.load(DIR.resolve("smoke.yaml"), ModelRunFunction::known, ModelRunFunction::probe);
        BatchPlan plan = BatchPlan.of(spec, BatchState.specHash(spec));
        BatchJob.Result r = new BatchJob(plan, new ModelRunFunction(spec), ModelRunFunction::unit, BatchProgress.NONE,
                new PrintWriter(System.err, true)).run(tmp.resolve("smoke"), 2, false, Shard.ALL, false);
        // 2 scenarios x 2 subsidy values = 4 design points; x 2 replications = 8 runs
        assertThat(r.total()).isEqualTo(8);
        assertThat(r.failed()).isZero();
        List<CSVRecord> runs = BatchJobTest.read(r.dir().resolve("runs.csv"));
        assertThat(runs).hasSize(8).allSatisfy(row -> assertThat(row.get("status")).as(row.get("error")).isEqualTo("ok"));
        assertThat(runs).extracting(row -> row.get("government.exploration_subsidy")).containsOnly("0.1", "0.5");
    }
}
