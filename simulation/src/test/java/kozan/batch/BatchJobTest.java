package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJobTest {

    /** Files whose bytes must not depend on threads, interruption or sharding (the manifest holds times). */
    static final List<String> DATA_FILES = List.of("runs.jsonl", "runs.csv", "runs_long.csv", "summary.csv", "differences.csv",
            "design.csv", "batch-state.json", "batch.yaml");

    @TempDir
    Path tmp;

    private BatchJob.Result run(Path spec, Path out, int threads, Shard shard, BatchRunner.RunFunction fn)
            throws Exception {
        return new BatchJob(BatchFixtures.plan(spec), fn, BatchFixtures::unit, BatchProgress.NONE, new java.io.PrintWriter(System.err, true))
                .run(out, threads, false, shard, false);
    }

    static Map<String, byte[]> data(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (String f : DATA_FILES) {
            m.put(f, Files.readAllBytes(dir.resolve(f)));
        }
        return m;
    }

    static void assertSameData(Path a, Path b) throws IOException {
        Map<String, byte[]> x = data(a);
        Map<String, byte[]> y = data(b);
        for (String f : DATA_FILES) {
            assertThat(new String(y.get(f), StandardCharsets.UTF_8)).as(f)
                    .isEqualTo(new String(x.get(f), StandardCharsets.UTF_8));
        }
    }

    @Test
    void outputBytesDoNotDependOnThreadCount() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID);
        Path one = tmp.resolve("t1");
        Path two = tmp.resolve("t2");
        Path four = tmp.resolve("t4");
        run(spec, one, 1, Shard.ALL, new FakeModel());
        run(spec, two, 2, Shard.ALL, new FakeModel());
        run(spec, four, 4, Shard.ALL, new FakeModel());
        assertSameData(one, two);
        assertSameData(one, four);
        assertThat(Files.exists(one.resolve("manifest.json"))).isTrue();
        assertThat(Files.exists(BatchJob.partial(one))).isFalse();
    }

    @Test
    void manifestTimesTheRunPhaseAndItsWarmRuns() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID_OK);
        BatchJob.Result r = run(spec, tmp.resolve("out"), 2, Shard.ALL, new FakeModel());
        var phase = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                r.dir().resolve("manifest.json").toFile()).path("run_phase");
        // 3 points x 8 replications = 24 runs, the first 20 of them the warm-up: 4 warm runs
        assertThat(phase.path("runs").asInt()).isEqualTo(24);
        assertThat(phase.path("warm_up_runs").asInt()).isEqualTo(RunPhaseClock.WARM_UP_RUNS).isEqualTo(20);
        assertThat(phase.path("warm_runs").asInt()).isEqualTo(4);
        assertThat(phase.path("warm_wall_time_s").asDouble()).isPositive()
                .isLessThanOrEqualTo(phase.path("wall_time_s").asDouble());
        assertThat(phase.path("warm_runs_per_s").asDouble()).isPositive(); // 4 / the unrounded warm wall time
        assertThat(phase.path("warm_cpu_s_per_run").isNumber()).isTrue();
        // runs finished while a worker left its core to the JIT (0 on a machine with a core to spare)
        assertThat(phase.path("compiler_gate_runs").isInt()).isTrue();
        assertThat(phase.path("compiler_gate_runs").asInt()).isBetween(0, 24);
    }

    @Test
    void failingDesignPointIsRecordedAndTheBatchGoesOn() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID);
        BatchJob.Result r = run(spec, tmp.resolve("out"), 2, Shard.ALL, new FakeModel());
        // 2 scenarios x 3 subsidies x fail.me {0,1}: half the 12 points fail, 6 replications each.
        assertThat(r.complete()).isTrue();
        assertThat(r.total()).isEqualTo(72);
        assertThat(r.failed()).isEqualTo(36);
        List<CSVRecord> runs = read(r.dir().resolve("runs.csv"));
        assertThat(runs).hasSize(72);
        for (CSVRecord row : runs) {
            boolean shouldFail = row.get("fail.me").equals("1");
            assertThat(row.get("status")).isEqualTo(shouldFail ? "failed" : "ok");
            if (shouldFail) {
                assertThat(row.get("error")).contains("IllegalStateException").contains("model exploded at design point "
                        + row.get("design_point"));
                assertThat(row.get("imports_t{commodity=copper}@2030")).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get("imports_t{commodity=copper}@2030"))).isPositive();
            }
        }
    }

    @Test
    void csvFilesHaveTheDocumentedColumnsAndCorrectStatistics() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID);
        BatchJob.Result r = run(spec, tmp.resolve("out"), 2, Shard.ALL, new FakeModel());
        try (CSVParser p = parser(r.dir().resolve("runs.csv"))) {
            assertThat(p.getHeaderNames()).containsExactly("design_point", "scenario",
                    "government.exploration_subsidy", "fail.me", "replication", "seed", "status", "error",
                    "imports_t{commodity=copper}@2030", "imports_t{commodity=copper}@2035",
                    "jobs_direct{region=hokkaido,detail=production}@2030",
                    "jobs_direct{region=hokkaido,detail=production}@2035");
        }
        List<String> head = List.of("design_point", "scenario", "government.exploration_subsidy", "fail.me");
        List<String> sumHead = new ArrayList<>(head);
        sumHead.addAll(BatchOutputs.KEY_COLUMNS);
        sumHead.addAll(BatchOutputs.SUMMARY_STATS);
        try (CSVParser p = parser(r.dir().resolve("summary.csv"))) {
            assertThat(p.getHeaderNames()).isEqualTo(sumHead);
        }
        List<String> diffHead = new ArrayList<>(head);
        diffHead.addAll(BatchOutputs.KEY_COLUMNS);
        diffHead.addAll(BatchOutputs.DIFFERENCE_STATS);
        try (CSVParser p = parser(r.dir().resolve("differences.csv"))) {
            assertThat(p.getHeaderNames()).isEqualTo(diffHead);
        }

        // Recompute design point 1's imports in 2035 from runs.csv and compare with summary.csv.
        List<Double> xs = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (CSVRecord row : read(r.dir().resolve("runs.csv"))) {
            String v = row.get("imports_t{commodity=copper}@2035");
            if (row.get("design_point").equals("2")) {
                xs.add(Double.parseDouble(v));
            } else if (row.get("design_point").equals("0")) {
                base.add(Double.parseDouble(v));
            }
        }
        assertThat(xs).hasSize(6);
        double mean = xs.stream().mapToDouble(d -> d).average().orElseThrow();
        double sd = Math.sqrt(xs.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / 5);
        double half = new TDistribution(5).inverseCumulativeProbability(0.975) * sd / Math.sqrt(6);
        CSVRecord s = read(r.dir().resolve("summary.csv")).stream()
                .filter(x -> x.get("design_point").equals("2") && x.get("metric").equals("imports_t")
                        && x.get("year").equals("2035")).findFirst().orElseThrow();
        assertThat(s.get("unit")).isEqualTo("t");
        assertThat(s.get("commodity")).isEqualTo("copper");
        assertThat(s.get("n")).isEqualTo("6");
        assertThat(Double.parseDouble(s.get("mean"))).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(s.get("sd"))).isCloseTo(sd, org.assertj.core.data.Offset.offset(1e-6));
        // imports_t cannot be negative: the t interval on the log scale, [mean / f, mean * f], f = exp(half / mean)
        double f = Math.exp(half / mean);
        assertThat(Double.parseDouble(s.get("ci95_low"))).isCloseTo(mean / f, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(s.get("ci95_high"))).isCloseTo(mean * f, org.assertj.core.data.Offset.offset(1e-6));

        // Paired differences against the baseline (design point 0), replication by replication.
        double[] d = new double[6];
        for (int k = 0; k < 6; k++) {
            d[k] = xs.get(k) - base.get(k);
        }
        double dMean = java.util.Arrays.stream(d).average().orElseThrow();
        CSVRecord diff = read(r.dir().resolve("differences.csv")).stream()
                .filter(x -> x.get("design_point").equals("2") && x.get("metric").equals("imports_t")
                        && x.get("year").equals("2035")).findFirst().orElseThrow();
        assertThat(diff.get("baseline_point")).isEqualTo("0");
        assertThat(Double.parseDouble(diff.get("mean_diff"))).isCloseTo(dMean, org.assertj.core.data.Offset.offset(1e-6));
        // Point 2 is subsidy 0.25: the fake model cuts imports by 100 t; the common noise cancels in the pairs.
        assertThat(dMean).isCloseTo(-100, org.assertj.core.data.Offset.offset(5.0));
        assertThat(Double.parseDouble(diff.get("paired_to_unpaired_width"))).isLessThan(0.2);
        assertThat(read(r.dir().resolve("differences.csv"))).noneMatch(x -> x.get("design_point").equals("0"));
        assertThat(read(r.dir().resolve("design.csv"))).hasSize(12)
                .filteredOn(x -> x.get("baseline").equals("true")).hasSize(1);
    }

    @Test
    void resumeAfterAKilledBatchEqualsAnUninterruptedOne() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID);
        Path whole = tmp.resolve("whole");
        run(spec, whole, 2, Shard.ALL, new FakeModel());

        Path out = tmp.resolve("resumed");
        BatchPlan plan = BatchFixtures.plan(spec);
        AtomicInteger calls = new AtomicInteger();
        BatchJob[] job = new BatchJob[1];
        FakeModel model = new FakeModel();
        BatchRunner.RunFunction killer = new BatchRunner.RunFunction() {
            @Override
            public java.util.SortedMap<MetricKey, Double> run(DesignPoint p, int k, long seed) throws Exception {
                if (calls.incrementAndGet() == 30) {
                    job[0].executor().abort();
                }
                return model.run(p, k, seed);
            }

            @Override
            public long masterSeed(long baseSeed, int replication) {
                return model.masterSeed(baseSeed, replication);
            }
        };
        job[0] = new BatchJob(plan, killer, BatchFixtures::unit, BatchProgress.NONE, new java.io.PrintWriter(System.err, true));
        BatchJob.Result first = job[0].run(out, 2, false, Shard.ALL, false);
        assertThat(first.complete()).isFalse();
        Path journal = BatchJob.partial(out).resolve(BatchJob.JOURNAL);
        long lines = Files.readAllLines(journal).size();
        assertThat(lines).isBetween(20L, 40L);
        // kill -9 in the middle of a write: a torn last line.
        Files.writeString(journal, "{\"run\":71,\"point\":11,\"replic", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> run(spec, out, 2, Shard.ALL, new FakeModel()))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("--resume");
        AtomicInteger resumedRuns = new AtomicInteger();
        FakeModel counting = new FakeModel() {
            @Override
            public java.util.SortedMap<MetricKey, Double> run(DesignPoint p, int k, long seed) throws Exception {
                resumedRuns.incrementAndGet();
                return super.run(p, k, seed);
            }
        };
        BatchJob.Result second = new BatchJob(plan, counting, BatchFixtures::unit, BatchProgress.NONE, new java.io.PrintWriter(System.err, true))
                .run(out, 3, true, Shard.ALL, false);
        assertThat(second.complete()).isTrue();
        assertThat(resumedRuns.get()).isEqualTo(72 - lines);
        assertSameData(whole, out);
        // Resuming a finished batch runs nothing and reports it.
        BatchJob.Result again = new BatchJob(plan, counting, BatchFixtures::unit, BatchProgress.NONE,
                new java.io.PrintWriter(System.err, true)).run(out, 1, true, Shard.ALL, false);
        assertThat(again.complete()).isTrue();
        assertThat(again.failed()).isEqualTo(36);
        assertThat(resumedRuns.get()).isEqualTo(72 - lines);
    }

    @Test
    void shardsMergedEqualTheUnshardedBatch() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID);
        Path whole = tmp.resolve("whole");
        run(spec, whole, 2, Shard.ALL, new FakeModel());
        List<Path> parts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path p = tmp.resolve("part" + i);
            BatchJob.Result r = run(spec, p, 1 + i % 2, new Shard(i, 3), new FakeModel());
            assertThat(r.total()).isEqualTo(24);
            parts.add(p);
        }
        Path merged = tmp.resolve("merged");
        BatchJob.Result m = BatchMerge.merge(List.of(parts.get(2), parts.get(0), parts.get(1)), merged, false,
                BatchFixtures::unit);
        assertThat(m.failed()).isEqualTo(36);
        assertSameData(whole, merged);

        assertThatThrownBy(() -> BatchMerge.merge(List.of(parts.get(0), parts.get(0), parts.get(1)),
                tmp.resolve("bad"), false, BatchFixtures::unit))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> BatchMerge.merge(List.of(parts.get(0), parts.get(1)), tmp.resolve("bad"), false,
                BatchFixtures::unit)).isInstanceOf(BatchUsageException.class).hasMessageContaining("missing shard(s) [3]");
        // Shards of another batch (different seed) must not be mixed in.
        Path other = Files.createDirectories(tmp.resolve("other"));
        Path otherSpec = BatchFixtures.write(other, BatchFixtures.GRID.replace("seed: 42", "seed: 43"));
        run(otherSpec, other.resolve("p3"), 1, new Shard(3, 3), new FakeModel());
        assertThatThrownBy(() -> BatchMerge.merge(List.of(parts.get(0), parts.get(1), other.resolve("p3")),
                tmp.resolve("bad"), false, BatchFixtures::unit))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("different inputs");
    }

    @Test
    void resumeRefusesADifferentSpec() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID_OK);
        Path out = tmp.resolve("out");
        Files.createDirectories(BatchJob.partial(out));
        BatchState.of(BatchFixtures.plan(spec), Shard.ALL).write(BatchJob.partial(out), BatchFixtures.plan(spec));
        Files.writeString(spec, BatchFixtures.GRID_OK.replace("replications: 8", "replications: 9"));
        assertThatThrownBy(() -> new BatchJob(BatchFixtures.plan(spec), new FakeModel(), BatchFixtures::unit,
                BatchProgress.NONE, new java.io.PrintWriter(System.err, true)).run(out, 1, true, Shard.ALL, false))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("different batch file");
    }

    static CSVParser parser(Path f) throws IOException {
        Reader r = Files.newBufferedReader(f);
        return CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
    }

    static List<CSVRecord> read(Path f) throws IOException {
        try (CSVParser p = parser(f)) {
            return p.getRecords();
        }
    }
}
