package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kozan.observe.Aggregation;
import kozan.observe.MetricDef;
import kozan.scenario.CalendarSpec;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWriterTest {

    static final List<MetricDef> METRICS = List.of(
            MetricDef.of("output_t", "t", Aggregation.SUM, "[commodity]", "test flow"),
            MetricDef.of("jobs", "persons", Aggregation.MEAN, "[region]", "test level"));

    static Scenario scenario(int replications) {
        return new Scenario(1, new Metadata("unit-test", null, null, List.of()),
                new CalendarSpec(YearMonth.of(2025, 1), 2), Mode.NORMAL,
                new RunSpec(42L, replications, List.of(2025, 2026)),
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Deterministic per replication; early replications are slowest, so with 2 threads they finish out of order. */
    static final RunFunction FAKE = (scenario, replication, sink) -> {
        try {
            Thread.sleep(Math.max(0, 40 - 15L * replication));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int steps = scenario.steps();
        for (int step = 0; step < steps; step++) {
            sink.accept(step, "output_t", "cu", "", "", 100.0 / 3 + replication * step);
            sink.accept(step, "jobs", "", "tohoku", "", 10 + replication);
        }
        return new ReplicationStats(replication, 1000L + replication, steps, 1_000_000L);
    };

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static Path run(Path dir, int threads, RunFunction fn) throws Exception {
        return run(dir, threads, fn, 4);
    }

    private static Path run(Path dir, int threads, RunFunction fn, int replications) throws Exception {
        Files.createDirectories(dir);
        new RunWriter(fn, METRICS).write(new RunWriter.Request(scenario(replications), "version: 1\n", "s.yaml",
                "ab".repeat(32), threads), dir, RunWriter.Progress.NONE);
        return dir;
    }

    @Test
    void manyMoreReplicationsThanTheSubmissionWindowKeepOrder(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> one = files(run(tmp.resolve("t1"), 1, FAKE, 30));
        Map<String, byte[]> three = files(run(tmp.resolve("t3"), 3, FAKE, 30));
        assertThat(three.get("timeseries.csv")).isEqualTo(one.get("timeseries.csv"));
        assertThat(three.get("annual.csv")).isEqualTo(one.get("annual.csv"));
        List<String> lines = Files.readAllLines(tmp.resolve("t3/timeseries.csv"));
        assertThat(lines).hasSize(1 + 30 * 48);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(Integer.parseInt(lines.get(i).split(",")[0])).isEqualTo((i - 1) / 48);
        }
    }

    @Test
    void outputBytesAreIdenticalForOneAndTwoThreads(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> one = files(run(tmp.resolve("t1"), 1, FAKE));
        Map<String, byte[]> two = files(run(tmp.resolve("t2"), 2, FAKE));
        assertThat(one.keySet()).containsExactly("annual.csv", "impacts.csv", "manifest.json", "scenario.yaml",
                "summary.csv", "summary.json", "timeseries.csv");
        for (String name : List.of("annual.csv", "impacts.csv", "scenario.yaml", "summary.csv", "summary.json",
                "timeseries.csv")) {
            assertThat(two.get(name)).as(name).isEqualTo(one.get(name));
        }
    }

    @Test
    void filesFollowTheResultsContract(@TempDir Path tmp) throws Exception {
        Path dir = run(tmp.resolve("r"), 2, FAKE);
        List<String> ts = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertThat(ts).hasSize(1 + 4 * 24 * 2);
        // the nation is region JP; the scenario ("version: 1") names no commodity units, so tonnes are "t"
        assertThat(ts.get(0)).isEqualTo("replication,step,date,metric,commodity,region,detail,unit,value");
        assertThat(ts.get(1)).isEqualTo("0,0,2025-01,output_t,cu,JP,,t,33.3333333333");
        assertThat(ts.get(48 + 5)).isEqualTo("1,2,2025-03,output_t,cu,JP,,t,35.3333333333");
        assertThat(ts).last().isEqualTo("3,23,2026-12,jobs,,tohoku,,persons,13");

        List<String> annual = Files.readAllLines(dir.resolve("annual.csv"));
        assertThat(annual).startsWith("replication,year,metric,commodity,region,detail,unit,value",
                "0,2025,output_t,cu,JP,,t,400", "0,2025,jobs,,tohoku,,persons,10");
        // replication 1, 2026: sum over steps 12..23 of 33.33 + step = 400 + 210
        assertThat(annual).contains("1,2026,output_t,cu,JP,,t,610", "3,2026,jobs,,tohoku,,persons,13");

        assertThat(Files.readAllLines(dir.resolve("summary.csv"))).contains(
                "jobs,,tohoku,,2025,persons,4,11.5,1.29099444874,9.44573974324,13.5542602568,10.15,11.5,12.85");
        assertThat(dir.resolve(".parts")).doesNotExist();

        Manifest.Recorded m = Manifest.read(dir);
        assertThat(m.masterSeeds()).containsExactly(1000L, 1001L, 1002L, 1003L);
        assertThat(m.baseSeed()).isEqualTo(42L);
        assertThat(m.threads()).isEqualTo(2);
        assertThat(m.resolvedScenario()).isEqualTo("version: 1\n");
        assertThat(m.files()).extracting(Manifest.FileEntry::path).containsExactly("annual.csv", "impacts.csv", "scenario.yaml",
                "summary.csv", "summary.json", "timeseries.csv");
        for (Manifest.FileEntry f : m.files()) {
            assertThat(f.sha256()).isEqualTo(Hashes.sha256(dir.resolve(f.path())));
            assertThat(f.bytes()).isEqualTo(Files.size(dir.resolve(f.path())));
        }
    }

    @Test
    void theTablesHashedAsTheyAreWrittenMatchTheirBytesWithAndWithoutMonthlyRows(@TempDir Path tmp) throws Exception {
        for (boolean annualOnly : new boolean[]{true, false}) {
            Path dir = Files.createDirectories(tmp.resolve("annualOnly-" + annualOnly));
            new RunWriter(FAKE, METRICS).write(new RunWriter.Request(scenario(5), "version: 1\n", "s.yaml",
                    "ab".repeat(32), 2, annualOnly), dir, RunWriter.Progress.NONE);
            List<Manifest.FileEntry> files = Manifest.read(dir).files();
            assertThat(files).extracting(Manifest.FileEntry::path).as("annualOnly " + annualOnly)
                    .contains("annual.csv", "impacts.csv").hasSize(annualOnly ? 5 : 6);
            for (Manifest.FileEntry f : files) {
                assertThat(f.sha256()).as(f.path()).isEqualTo(Hashes.sha256(dir.resolve(f.path())));
            }
        }
        // the monthly rows' sink changes nothing else: the same tables either way
        for (String name : List.of("annual.csv", "impacts.csv", "summary.csv", "summary.json")) {
            assertThat(tmp.resolve("annualOnly-true/" + name)).as(name)
                    .hasSameBinaryContentAs(tmp.resolve("annualOnly-false/" + name));
        }
    }

    @Test
    void aManifestTakesTheHashesItIsGivenAndHashesTheOtherFiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("annual.csv"), "abc");
        Files.writeString(tmp.resolve("summary.csv"), "abc");
        String given = "0".repeat(64);   // not the hash of "abc": shows that annual.csv was not read back
        new Manifest("s", "s.yaml", "0", "version: 1\n", 1L, 1, List.of(), new VersionInfo("0.1.0", "c0ffee", false),
                java.time.Instant.EPOCH, java.time.Instant.EPOCH).write(tmp, Map.of("annual.csv", given));
        assertThat(Manifest.read(tmp).files()).containsExactly(
                new Manifest.FileEntry("annual.csv", given, 3),
                // FIPS 180-2's test vector: SHA-256("abc")
                new Manifest.FileEntry("summary.csv",
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 3));
    }

    @Test
    void aFailingReplicationFailsTheRunWithItsMessage(@TempDir Path tmp) {
        RunFunction failing = (s, replication, sink) -> {
            if (replication == 2) {
                throw new IllegalStateException("NaN in mine m1 at step 5: cash");
            }
            return FAKE.run(s, replication, sink);
        };
        assertThatThrownBy(() -> run(tmp.resolve("f"), 2, failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("NaN in mine m1 at step 5: cash");
    }
}
