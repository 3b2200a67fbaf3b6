package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit code of every command of {@code kozan --help}, through {@link Main#execute} with the real model
 * ({@link ModelEngine}; batch and compare always run it): 0 for success and each documented failure class (2 bad
 * input, 1 "different" for reproduce and internal errors, 3 some runs failed), with stderr naming the cause (the
 * file, file:line:column, or what is wrong) and no stack trace. Not covered: code 4 (interrupted) needs a signal,
 * and compare's 3 needs a run that fails after both scenario files loaded cleanly, which with the real model only
 * a model exception does (compare loads both files before it runs anything; a batch point whose values are each
 * accepted, but not together, is the way to 3, checked here). One real run of the minimal test scenario
 * (2025-2034, 2 replications) is shared by chart, report, reproduce and compare.
 */
class ExitCodesTest {

    @TempDir
    static Path tmp;

    static Path minimal;
    static Path runDir;

    static Path resource(String name) throws Exception {
        return Path.of(ExitCodesTest.class.getResource("/scenarios/" + name).toURI());
    }

    @BeforeAll
    static void oneRealRun() throws Exception {
        minimal = resource("valid-minimal.yaml");
        runDir = tmp.resolve("run");
        RealRuns.Outcome o = RealRuns.kozan("run", minimal.toString(), "--out", runDir.toString(), "--no-charts",
                "--threads", "2");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("results: " + runDir.toAbsolutePath());
        assertThat(o.err()).doesNotContain("error");
    }

    /** Bad input: exit 2, the cause on stderr, no stack trace. */
    private static void badInput(RealRuns.Outcome o, String... cause) {
        assertThat(o.code()).as("exit code; stderr: %s", o.err()).isEqualTo(2);
        assertThat(o.err()).contains(cause).doesNotContain("\tat ");
    }

    /** The first problem of a bad fixture as the loader prints it: "FILE:line:column: path: message". */
    private static String expected(Path bad) throws Exception {
        String first = Files.readAllLines(Path.of(bad.toString().replace(".yaml", ".expected"))).get(0);
        return bad + ":" + first;
    }

    @Test
    void helpAndVersion() {
        RealRuns.Outcome o = RealRuns.kozan("--help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("run", "validate", "schema", "bench", "batch", "compare", "chart", "report", "gui",
                "reproduce", "Exit codes");
        assertThat(RealRuns.kozan("help", "batch").code()).isZero();
        assertThat(RealRuns.kozan("--version").code()).isZero();
        badInput(RealRuns.kozan("frobnicate"), "Unmatched argument", "frobnicate");
    }

    @Test
    void run() throws Exception {
        Path bad = resource("bad/11-share-above-one.yaml");
        Path results = tmp.resolve("never");
        badInput(RealRuns.kozan("run", bad.toString(), "--results-root", results.toString()), expected(bad));
        assertThat(results).as("nothing written for a bad scenario").doesNotExist();
        badInput(RealRuns.kozan("run", tmp.resolve("nope.yaml").toString()), tmp.resolve("nope.yaml") + ": no such file");
        badInput(RealRuns.kozan("run", minimal.toString(), "--threads", "-1", "--out", tmp.resolve("t0").toString()),
                "--threads must be 0 (all cores) or more, got -1");
        badInput(RealRuns.kozan("run", minimal.toString(), "--out", runDir.toString()), runDir.toString(),
                "already exists", "--force");
        badInput(RealRuns.kozan("run", minimal.toString(), "--replications", "two"), "--replications", "two");
        // a results location under a file is bad input (2, issue #19 item 18), named before anything runs
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a directory");
        badInput(RealRuns.kozan("run", minimal.toString(), "--out", blocker.resolve("x").toString(), "--no-charts"),
                blocker + " is a file, not a folder");
    }

    @Test
    void validate() throws Exception {
        RealRuns.Outcome ok = RealRuns.kozan("validate", minimal.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).isEqualTo("OK " + minimal + " (scenario)\n");
        Path bad = resource("bad/05-missing-required-field.yaml");
        RealRuns.Outcome o = RealRuns.kozan("validate", minimal.toString(), bad.toString());
        badInput(o, expected(bad));
        assertThat(o.out()).as("the good file is still reported").contains("OK " + minimal);
        badInput(RealRuns.kozan("validate"), "FILE");
    }

    @Test
    void schema() {
        assertThat(RealRuns.kozan("schema").out()).contains("\"$schema\"");
        assertThat(RealRuns.kozan("schema", "--batch").code()).isZero();
        badInput(RealRuns.kozan("schema", "extra"), "extra");
    }

    @Test
    void bench() {
        RealRuns.Outcome o = RealRuns.kozan("bench", minimal.toString(), "--runs", "1", "--warmup", "0");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).isNotBlank();
        badInput(RealRuns.kozan("bench", minimal.toString(), "--runs", "0"),
                "--warmup must be >= 0 and --runs >= 1, got 3 and 0");
        badInput(RealRuns.kozan("bench", tmp.resolve("nope.yaml").toString(), "--runs", "1"),
                tmp.resolve("nope.yaml") + ": no such file");
    }

    /** A batch over the minimal scenario; {@code subsidies} are the design points' exploration subsidies. */
    private static Path batchFile(String name, String subsidies) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.copy(minimal, dir.resolve("base.yaml"));
        return Files.writeString(dir.resolve("batch.yaml"), """
                version: 1
                name: %s
                scenarios: [base.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [%s]
                replications: 2
                seed: 7
                metrics: [imports_t, jobs_direct]
                years: [2030]
                """.formatted(name, subsidies), StandardCharsets.UTF_8);
    }

    @Test
    void batch() throws Exception {
        Path ok = batchFile("ok", "0, 0.5");
        Path okOut = tmp.resolve("batch-ok");
        RealRuns.Outcome o = RealRuns.kozan("batch", ok.toString(), "--out", okOut.toString(), "--threads", "2");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("done: 4 runs, 0 failed");
        badInput(RealRuns.kozan("batch", ok.toString(), "--out", okOut.toString()), okOut.toString(), "already exists");

        // 2: a value the scenario does not accept is refused before any run, at its place (docs/batch.md)
        Path refused = batchFile("refused", "0, 1.5");
        badInput(RealRuns.kozan("batch", refused.toString(), "--out", tmp.resolve("batch-2").toString()),
                refused + ":6:17: parameters[0].values[1]: scenario 'base' does not accept this value: ", "got 1.5");
        assertThat(tmp.resolve("batch-2")).doesNotExist();

        // 3: values are checked one at a time from the first ones, so a combination of accepted values can still
        // fail when its runs load it: horizon 6 (2025-2030) with target year 2034
        Path some = Files.writeString(tmp.resolve("refused/some-fail.yaml"), Files.readString(refused).replace("""
                  - path: government.exploration_subsidy
                    values: [0, 1.5]
                """, """
                  - path: calendar.horizon_years
                    values: [10, 6]
                  - path: run.target_years
                    values: ["[2030]", "[2034]"]
                """));
        RealRuns.Outcome failed = RealRuns.kozan("batch", some.toString(), "--out", tmp.resolve("batch-3").toString(),
                "--threads", "2");
        assertThat(failed.code()).as(failed.err()).isEqualTo(3);
        assertThat(failed.err()).contains("2 run(s) failed").doesNotContain("\tat ");
        assertThat(Files.readString(tmp.resolve("batch-3/runs.csv"))).contains("failed", "target year 2034");

        Path bad = Files.writeString(tmp.resolve("ok/bad.yaml"), Files.readString(ok).replace("replications: 2",
                "replications: -1"));
        badInput(RealRuns.kozan("batch", bad.toString()), bad + ":7:15: replications: out of range; got -1");
        badInput(RealRuns.kozan("batch", ok.toString(), "--shard", "3/2"), "shard 3/2");

        // shards and merge
        for (String i : List.of("1", "2")) {
            RealRuns.Outcome s = RealRuns.kozan("batch", ok.toString(), "--shard", i + "/2", "--out",
                    tmp.resolve("shard" + i).toString());
            assertThat(s.code()).as(s.err()).isZero();
        }
        RealRuns.Outcome merged = RealRuns.kozan("batch", "merge", tmp.resolve("shard1").toString(),
                tmp.resolve("shard2").toString(), "--out", tmp.resolve("merged").toString());
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(Files.readString(tmp.resolve("merged/summary.csv"))).isEqualTo(Files.readString(okOut.resolve("summary.csv")));
        badInput(RealRuns.kozan("batch", "merge", tmp.resolve("shard1").toString(), "--out",
                tmp.resolve("m2").toString()), "missing shard(s) [2]");
    }

    @Test
    void compare() throws Exception {
        Path second = tmp.resolve("run-seed5");
        RealRuns.Outcome r = RealRuns.kozan("run", minimal.toString(), "--out", second.toString(), "--no-charts",
                "--seed", "5");
        assertThat(r.code()).as(r.err()).isZero();
        RealRuns.Outcome o = RealRuns.kozan("compare", runDir.toString(), second.toString(), "--out",
                tmp.resolve("cmp").toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.err()).contains("different base seeds (42 vs 5)");
        badInput(RealRuns.kozan("compare", runDir.toString(), second.toString(), "--out", tmp.resolve("cmp").toString()),
                "results directory already exists: " + tmp.resolve("cmp").toAbsolutePath().normalize());
        badInput(RealRuns.kozan("compare", runDir.toString()), "give either two results folders");
        badInput(RealRuns.kozan("compare", runDir.toString(), second.toString(), "--years", "2025", "--all-years",
                "--out", tmp.resolve("cmp-years").toString()), "give either --years or --all-years");
        assertThat(tmp.resolve("cmp-years")).doesNotExist();
        badInput(RealRuns.kozan("compare", "--baseline", minimal.toString(), "--scenario", minimal.toString(),
                "--replications", "1", "--out", tmp.resolve("cmp1").toString()), "at least 2 replications");
        Path bad = resource("bad/11-share-above-one.yaml");
        badInput(RealRuns.kozan("compare", "--baseline", minimal.toString(), "--scenario", bad.toString(), "--out",
                tmp.resolve("cmp-bad").toString()), expected(bad));
        assertThat(tmp.resolve("cmp-bad")).doesNotExist();
    }

    @Test
    void chartAndReport() throws Exception {
        Path copy = tmp.resolve("chart-run");
        assertThat(RealRuns.kozan("run", minimal.toString(), "--out", copy.toString(), "--no-charts").code()).isZero();
        RealRuns.Outcome chart = RealRuns.kozan("chart", copy.toString());
        assertThat(chart.code()).as(chart.err()).isZero();
        assertThat(copy.resolve("charts/jobs_by_class.svg")).isNotEmptyFile();
        RealRuns.Outcome report = RealRuns.kozan("report", copy.toString(), "--baseline", runDir.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(copy.resolve("report.html")).isNotEmptyFile();
        badInput(RealRuns.kozan("chart", tmp.resolve("missing").toString()), "not a directory", "missing");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        badInput(RealRuns.kozan("report", empty.toString()), "is not a Kozan results folder: it has no annual.csv");
        badInput(RealRuns.kozan("chart", empty.toString()), empty.toString());
    }

    @Test
    void reproduce() throws Exception {
        Path dir = tmp.resolve("repro");
        assertThat(RealRuns.kozan("run", minimal.toString(), "--out", dir.toString(), "--no-charts").code()).isZero();
        RealRuns.Outcome same = RealRuns.kozan("reproduce", dir.toString(), "--threads", "1");
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).startsWith("identical: 5 files match"); // no timeseries.csv without --monthly
        // 1: an output edited after the run
        Path annual = dir.resolve("annual.csv");
        List<String> lines = Files.readAllLines(annual);
        lines.set(2, lines.get(2).replaceAll(",[^,]*$", ",42"));
        Files.write(annual, lines);
        RealRuns.Outcome diff = RealRuns.kozan("reproduce", dir.toString());
        assertThat(diff.code()).isEqualTo(1);
        assertThat(diff.out()).startsWith("different: annual.csv: line 3: value recorded 42, reproduced ");
        Path empty = Files.createDirectories(tmp.resolve("empty-repro"));
        badInput(RealRuns.kozan("reproduce", empty.toString()), "no manifest.json in " + empty);
    }

    /** Without a display (the default test JVM is headless) the GUI refuses with 2 and says why. */
    @Test
    void guiWithoutADisplay() throws Exception {
        assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display: the GUI would open; covered by the gui profile");
        badInput(RealRuns.kozan("gui", minimal.toString()), "the GUI needs a display");
        badInput(RealRuns.kozan("gui", "--compare", runDir.toString(), runDir.toString()), "needs a display");
        badInput(RealRuns.kozan("gui", "--compare", runDir.toString(), tmp.resolve("missing").toString()),
                "not a results directory: " + tmp.resolve("missing"));
        Path bad = resource("bad/11-share-above-one.yaml");
        badInput(RealRuns.kozan("gui", bad.toString()), expected(bad));
    }
}
