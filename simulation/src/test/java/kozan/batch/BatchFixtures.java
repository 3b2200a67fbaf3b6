package kozan.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Batch files and plans for tests. */
public final class BatchFixtures {

    public static final Set<String> METRICS = Set.of("imports_t", "jobs_direct");

    private BatchFixtures() {
    }

    public static String unit(String metric) {
        return metric.equals("imports_t") ? "t" : "persons";
    }

    /** Writes two tiny scenario files and a batch file; returns the batch file. */
    public static Path write(Path dir, String batchYaml) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), "metadata: {name: base}\n");
        Files.writeString(dir.resolve("shock.yaml"), "metadata: {name: shock}\n");
        Path f = dir.resolve("batch.yaml");
        Files.writeString(f, batchYaml);
        return f;
    }

    public static final String GRID = """
            version: 1
            name: subsidy_sweep
            scenarios:
              - base.yaml
              - shock.yaml
            parameters:
              - path: government.exploration_subsidy
                values: [0, 0.25, 0.5]
              - path: fail.me
                values: [0, 1]
            replications: 6
            seed: 42
            metrics: [imports_t, jobs_direct]
            years: [2030, 2035]
            baseline: {scenario: base, parameters: {government.exploration_subsidy: 0, fail.me: 0}}
            """;

    public static final String GRID_OK = """
            version: 1
            name: subsidy_sweep
            scenarios: [base.yaml]
            parameters:
              - path: government.exploration_subsidy
                range: [0, 0.5]
                steps: 3
            replications: 8
            seed: 7
            metrics: [imports_t, jobs_direct]
            years: [2030, 2035]
            """;

    static BatchPlan plan(Path batchFile) throws Exception {
        BatchSpec spec = BatchSpecLoader.load(batchFile, METRICS::contains);
        return BatchPlan.of(spec, BatchState.specHash(spec));
    }
}
