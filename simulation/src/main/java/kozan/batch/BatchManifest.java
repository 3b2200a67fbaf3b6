package kozan.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kozan.io.VersionInfo;

/**
 * manifest.json of a batch results folder: inputs (batch file and scenario hashes), design, seeds, counts,
 * software versions, times and the sha256 of every other file, as for single runs.
 */
final class BatchManifest {

    static final String FILE = "manifest.json";

    private BatchManifest() {
    }

    /** Starts peak-heap measurement for this process (called when a batch starts). */
    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Sum of the heap pools' peak use since {@link #resetPeakHeap}: an upper bound of the peak heap (pools
     * peak at different moments), garbage included.
     */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * @param codeVersions the code versions that produced the runs (one unless mixing was allowed)
     * @param allowMixed   whether the user passed --allow-mixed-versions
     * @param runPhase     how long this process's runs took, or null (a merge runs none)
     */
    static void write(Path dir, BatchPlan plan, Shard shard, int threads, Instant start, Instant end, int runs,
                      int failed, List<Path> mergedFrom, Set<String> codeVersions, boolean allowMixed,
                      RunPhaseClock.RunPhase runPhase) throws IOException {
        ObjectNode o = BatchState.JSON.createObjectNode();
        o.put("kind", "batch");
        o.put("name", plan.spec().name());
        o.put("description", plan.spec().description());
        o.put("spec_sha256", plan.specHash());
        o.put("design", plan.spec().design().name().toLowerCase(java.util.Locale.ROOT));
        o.put("design_points", plan.points().size());
        o.put("baseline_point", plan.baseline());
        o.put("replications", plan.replications());
        o.put("base_seed", plan.spec().seed());
        o.put("shard", shard.toString());
        o.put("runs", runs);
        o.put("failed_runs", failed);
        o.put("threads", threads);
        ArrayNode merged = o.putArray("merged_from");
        mergedFrom.forEach(p -> merged.add(p.toString()));
        VersionInfo v = VersionInfo.current();
        o.put("kozan_version", v.version());
        o.put("git_commit", v.gitCommit());
        o.put("git_dirty", v.dirty());
        ArrayNode codes = o.putArray("code_versions");
        codeVersions.forEach(codes::add);
        o.put("allow_mixed_versions", allowMixed);
        o.put("mason_version", VersionInfo.MASON_VERSION);
        o.put("java_version", System.getProperty("java.version"));
        o.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        o.put("started_utc", start.toString());
        o.put("ended_utc", end.toString());
        o.put("wall_time_s", Duration.between(start, end).toMillis() / 1000.0);
        o.put("peak_heap_mb", Math.round(peakHeapBytes() / 1e5) / 10.0);
        if (runPhase == null) {
            o.putNull("run_phase");
        } else {
            ObjectNode p = o.putObject("run_phase");
            p.put("runs", runPhase.runs());
            put(p, "wall_time_s", runPhase.seconds(), 1e3);
            p.put("warm_up_runs", RunPhaseClock.WARM_UP_RUNS);
            p.put("compiler_gate_runs", runPhase.compilerGateRuns());
            p.put("warm_runs", runPhase.warmRuns());
            put(p, "warm_wall_time_s", runPhase.warmSeconds(), 1e3);
            put(p, "warm_cpu_time_s", runPhase.warmCpuSeconds(), 1e3);
            put(p, "warm_runs_per_s", runPhase.warmRunsPerSecond(), 1e2);
            put(p, "warm_cpu_s_per_run", runPhase.warmCpuPerRun(), 1e5);
        }
        ObjectNode files = o.putObject("files_sha256");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                if (!f.getFileName().toString().equals(FILE)) {
                    files.put(f.getFileName().toString(), BatchState.sha256(f));
                }
            }
        }
        Files.writeString(dir.resolve(FILE), BatchState.JSON.writeValueAsString(o) + "\n");
    }

    /** {@code value} rounded to 1 / {@code scale}, or null when it is not a number (JSON has no NaN). */
    private static void put(ObjectNode o, String field, double value, double scale) {
        if (Double.isFinite(value)) {
            o.put(field, Math.round(value * scale) / scale);
        } else {
            o.putNull(field);
        }
    }
}
