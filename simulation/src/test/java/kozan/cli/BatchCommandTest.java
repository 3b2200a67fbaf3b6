package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import kozan.batch.BatchFixtures;
import kozan.batch.FakeModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Predicate<String> savedKnown;
    private Function<String, String> savedUnit;

    @BeforeEach
    void fakeMetrics() {
        savedKnown = BatchCommand.knownMetric;
        savedUnit = BatchCommand.unitOf;
        BatchCommand.knownMetric = BatchFixtures.METRICS::contains;
        BatchCommand.unitOf = BatchFixtures::unit;
    }

    @AfterEach
    void restore() {
        BatchCommand.knownMetric = savedKnown;
        BatchCommand.unitOf = savedUnit;
    }

    private int batch(String... args) {
        BatchCommand cmd = new BatchCommand();
        cmd.runFunction = s -> new FakeModel();
        cmd.probe = null; // the fixtures' scenarios are stand-ins the model could not load
        CommandLine cli = new CommandLine(cmd);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void exitCodesReportFailuresBadInputAndExistingFolders() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID);
        assertThat(batch(spec.toString(), "--out", tmp.resolve("a").toString(), "--threads", "2")).isEqualTo(3);
        assertThat(err.toString()).contains("36 run(s) failed").contains("batch: 72/72 runs (100%), 36 failed");
        assertThat(Files.exists(tmp.resolve("a/runs.csv"))).isTrue();
        assertThat(batch(spec.toString(), "--out", tmp.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");

        Path ok = BatchFixtures.write(Files.createDirectories(tmp.resolve("ok")), BatchFixtures.GRID_OK);
        assertThat(batch(ok.toString(), "--results-root", tmp.resolve("results").toString())).isEqualTo(0);
        assertThat(out.toString()).contains("3 design points x 8 replications = 24 runs").contains("done: 24 runs, 0 failed");

        Path bad = BatchFixtures.write(Files.createDirectories(tmp.resolve("bad")), BatchFixtures.GRID_OK.replace("replications: 8", "replications: -1"));
        assertThat(batch(bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(bad + ":8:15: replications: out of range; got -1; allowed: 1 <= x <= 100000");
        assertThat(batch(ok.toString(), "--shard", "3/2")).isEqualTo(2);
        assertThat(err.toString()).contains("shard 3/2");
    }

    @Test
    void shardsThenMergeFromTheCommandLine() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID_OK);
        assertThat(batch(spec.toString(), "--out", tmp.resolve("whole").toString())).isEqualTo(0);
        assertThat(batch(spec.toString(), "--shard", "1/2", "--out", tmp.resolve("p1").toString())).isEqualTo(0);
        assertThat(batch(spec.toString(), "--shard", "2/2", "--out", tmp.resolve("p2").toString())).isEqualTo(0);
        assertThat(batch("merge", tmp.resolve("p2").toString(), tmp.resolve("p1").toString(),
                "--out", tmp.resolve("merged").toString())).isEqualTo(0);
        for (String f : new String[] {"runs.csv", "summary.csv", "differences.csv", "runs.jsonl"}) {
            assertThat(Files.readString(tmp.resolve("merged").resolve(f))).as(f)
                    .isEqualTo(Files.readString(tmp.resolve("whole").resolve(f)));
        }
        assertThat(batch("merge", tmp.resolve("p1").toString(), "--out", tmp.resolve("m2").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing shard(s) [2]");
    }

    @Test
    void aCompleteBatchGetsSweepChartsAndAReportOutsideItsDataFiles() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID_OK);
        Path whole = tmp.resolve("whole");
        assertThat(batch(spec.toString(), "--out", whole.toString())).isEqualTo(0);
        // one swept parameter (exploration_subsidy 0, 0.25, 0.5) and the fake model's responding national rows
        assertThat(whole.resolve("charts/sweep_imports_t_copper_by_government_exploration_subsidy.png")).isNotEmptyFile();
        assertThat(whole.resolve("charts/sweep_imports_t_copper_by_government_exploration_subsidy.svg")).isNotEmptyFile();
        assertThat(Files.readString(whole.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .contains("<title>Kozan report: Batch subsidy_sweep</title>", "id=\"headline-chart\"",
                        "<details>", "government.exploration_subsidy");
        assertThat(out.toString()).contains("report: " + whole.resolve("report.html"));
        // charts and report are extras: not in the manifest's data files, so reproduce and byte-identity ignore them
        String manifest = Files.readString(whole.resolve("manifest.json"));
        assertThat(manifest).doesNotContain("report.html").doesNotContain("charts");
        // a shard is not a result yet: no charts; its merge gets them
        assertThat(batch(spec.toString(), "--shard", "1/2", "--out", tmp.resolve("p1").toString())).isEqualTo(0);
        assertThat(batch(spec.toString(), "--shard", "2/2", "--out", tmp.resolve("p2").toString())).isEqualTo(0);
        assertThat(tmp.resolve("p1/charts")).doesNotExist();
        assertThat(tmp.resolve("p1/report.html")).doesNotExist();
        assertThat(batch("merge", tmp.resolve("p1").toString(), tmp.resolve("p2").toString(),
                "--out", tmp.resolve("merged").toString())).isEqualTo(0);
        assertThat(tmp.resolve("merged/report.html")).isNotEmptyFile();
        assertThat(Files.readString(tmp.resolve("merged/summary.csv")))
                .isEqualTo(Files.readString(whole.resolve("summary.csv")));
    }

    @Test
    void chartAndReportCommandsAcceptABatchFolder() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID_OK);
        Path dir = tmp.resolve("b");
        assertThat(batch(spec.toString(), "--out", dir.toString())).isEqualTo(0);
        Files.delete(dir.resolve("report.html"));
        try (var files = Files.walk(dir.resolve("charts"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        CommandLine chart = new CommandLine(new ChartCommand());
        chart.setOut(new PrintWriter(out, true));
        chart.setErr(new PrintWriter(err, true));
        assertThat(chart.execute(dir.toString())).as(err.toString()).isZero();
        assertThat(dir.resolve("charts/sweep_imports_t_copper_by_government_exploration_subsidy.png")).isNotEmptyFile();
        CommandLine report = new CommandLine(new ReportCommand());
        report.setOut(new PrintWriter(out, true));
        report.setErr(new PrintWriter(err, true));
        assertThat(report.execute(dir.toString())).as(err.toString()).isZero();
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
        assertThat(report.execute(dir.toString(), "--baseline", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--baseline is for a run's results folder");
    }
}
