package kozan.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import ec.util.MersenneTwisterFast;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Memory benchmark of the batch machinery (docs/performance.md): a 10,000-run batch (100 design points x 100
 * replications) whose runs each keep 550 values, about what a baseline batch keeping imports, import
 * dependence and three job classes by region keeps. The model is replaced by a generator so the figure
 * isolates what grows with the number of runs (the journal, the canonical rewrite, the tables); a real run
 * adds one model per worker thread, released when the run ends.
 * <pre>java -Xmx64m -cp simulation/target/kozan-all.jar:simulation/target/test-classes kozan.batch.HeapBench [threads]</pre>
 * Completing under -Xmx64m shows the batch stays far below 512 MB.
 */
public final class HeapBench {

    private HeapBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path dir = Files.createTempDirectory("kozan-heapbench");
        Files.writeString(dir.resolve("base.yaml"), "metadata: {name: base}\n");
        Path spec = dir.resolve("bench.yaml");
        Files.writeString(spec, """
                version: 1
                name: heap-bench
                scenarios: [base.yaml]
                parameters:
                  - {path: government.exploration_subsidy, range: [0, 0.5], steps: 100}
                replications: 100
                seed: 1
                metrics: [imports_t, import_dependence, jobs_direct]
                years: [2030, 2035, 2040, 2050, 2059]
                """);
        BatchSpec s = BatchSpecLoader.load(spec, null);
        BatchPlan plan = BatchPlan.of(s, BatchState.specHash(s));
        BatchRunner.RunFunction fn = (point, k, seed) -> {
            MersenneTwisterFast rng = new MersenneTwisterFast(seed * 31 + k);
            SortedMap<MetricKey, Double> out = new TreeMap<>();
            for (int year : s.years()) {
                for (int c = 0; c < 11; c++) {
                    out.put(new MetricKey("imports_t", "c" + c, "", "", year), 1000 * rng.nextDouble());
                    out.put(new MetricKey("import_dependence", "c" + c, "", "", year), rng.nextDouble());
                }
                for (int r = 0; r < 10; r++) {
                    for (int st = 0; st < 8; st++) {
                        out.put(new MetricKey("jobs_direct", "", "r" + r, "s" + st, year), 100 * rng.nextDouble());
                    }
                }
            }
            return out;
        };
        Path out = dir.resolve("out");
        long t0 = System.nanoTime();
        BatchJob.Result r = new BatchJob(plan, fn, m -> "", BatchProgress.NONE, new PrintWriter(System.err, true))
                .run(out, threads, false, Shard.ALL, false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        var manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        System.out.printf(java.util.Locale.ROOT, "runs %d, failed %d, threads %d, %.1f s, %.0f runs/s,"
                        + " journal %.1f MB, peak heap (sum of pool peaks) %.1f MB, max heap %.0f MB%n",
                r.total(), r.failed(), threads, seconds, r.total() / seconds,
                Files.size(out.resolve("runs.jsonl")) / 1e6, manifest.path("peak_heap_mb").asDouble(),
                Runtime.getRuntime().maxMemory() / 1e6);
        BatchJob.deleteTree(dir);
    }
}
