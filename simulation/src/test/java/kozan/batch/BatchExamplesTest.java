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

/** Every example batch file loads against the real scenarios and metrics; the smoke batch runs end to end. */
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
            BatchSpec spec = BatchSpecLoader.load(f, ModelRunFunction::known);
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
    void smokeBatchRunsAndRecordsTheInvalidPoint() throws Exception {
        BatchSpec spec = BatchSpecLoader.load(DIR.resolve("smoke.yaml"), ModelRunFunction::known);
        BatchPlan plan = BatchPlan.of(spec, BatchState.specHash(spec));
        BatchJob.Result r = new BatchJob(plan, new ModelRunFunction(spec), ModelRunFunction::unit, BatchProgress.NONE,
                new PrintWriter(System.err, true)).run(tmp.resolve("smoke"), 2, false, Shard.ALL, false);
        assertThat(r.total()).isEqualTo(8);
        assertThat(r.failed()).isEqualTo(4);
        for (CSVRecord row : BatchJobTest.read(r.dir().resolve("runs.csv"))) {
            boolean invalid = row.get("government.exploration_subsidy").equals("1.5");
            assertThat(row.get("status")).as(row.get("error")).isEqualTo(invalid ? "failed" : "ok");
        }
    }
}
