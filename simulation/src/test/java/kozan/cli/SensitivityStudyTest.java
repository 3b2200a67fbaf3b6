package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import kozan.analysis.Index;
import kozan.analysis.Ishigami;
import kozan.analysis.TestFunctionStudy;
import kozan.batch.BatchFixtures;
import kozan.batch.BatchRunner;
import kozan.batch.BatchSpecLoader;
import kozan.batch.MetricKey;
import kozan.scenario.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kozan sensitivity SPEC} through the batch runner with a stand-in model: the Ishigami function of three
 * batch parameters, optionally plus replication noise. Without noise every replication mean is the function value,
 * so the indices must equal those of the direct evaluation ({@code --test-function ishigami}) to the last digit.
 */
class SensitivityStudyTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Predicate<String> savedKnown;
    private Function<String, String> savedUnit;

    static final String BATCH = """
            version: 1
            name: ishigami_study
            scenarios: [base.yaml]
            parameters:
              - path: model.x1
                range: [-3.141592653589793, 3.141592653589793]
              - path: model.x2
                range: [-3.141592653589793, 3.141592653589793]
              - path: model.x3
                range: [-3.141592653589793, 3.141592653589793]
            replications: 2
            seed: 7
            metrics: [jobs_direct]
            years: [2030]
            """;

    static final String SOBOL = """
            batch: batch.yaml
            method: sobol
            samples: 64
            outputs:
              - {metric: jobs_direct, year: 2030}
            """;

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

    /**
     * Ishigami of the point's three values; {@code noise} added with sign -1 at replication 0 and +1 at 1, and with
     * noise also 20, so the stand-in "jobs" stay positive on the Morris grid (y(-pi, -pi, x3) is about 0, which the
     * batch summary's bounds for jobs_direct cannot take below zero).
     */
    static BatchRunner.RunFunction ishigami(double noise) {
        return (point, replication, seed) -> {
            double[] x = new double[3];
            for (int i = 0; i < 3; i++) {
                x[i] = ((Number) point.values().get("model.x" + (i + 1))).doubleValue();
            }
            SortedMap<MetricKey, Double> v = new TreeMap<>();
            v.put(new MetricKey("jobs_direct", "", "", "", 2030),
                    Ishigami.STANDARD.value(x) + noise * (replication == 0 ? -1 : 1) + (noise > 0 ? 20 : 0));
            return v;
        };
    }

    private int sensitivity(double noise, String... args) {
        return sensitivity(noise, null, args); // the stand-in scenario is not a model scenario: no probe
    }

    private int sensitivity(double noise, BatchSpecLoader.ScenarioProbe probe, String... args) {
        SensitivityCommand cmd = new SensitivityCommand();
        cmd.runFunction = s -> ishigami(noise);
        cmd.probe = probe;
        CommandLine cli = new CommandLine(cmd);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path spec(String dirName, String sensitivityYaml) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(dirName));
        BatchFixtures.write(dir, BATCH);
        return Files.writeString(dir.resolve("sa.yaml"), sensitivityYaml);
    }

    @Test
    void sobolThroughTheBatchRunnerEqualsTheDirectEvaluation() throws Exception {
        Path spec = spec("s", SOBOL);
        Path one = tmp.resolve("one");
        assertThat(sensitivity(0, spec.toString(), "--out", one.toString(), "--threads", "1")).as(err.toString())
                .isZero();
        // N (k + 2) = 64 x 5 design points
        assertThat(out.toString()).contains("320 design points x 2 replications = 640 runs");
        // the same seed (7, the batch's) and N give the same design and bootstrap as the direct evaluation
        List<Index> direct = TestFunctionStudy.run(Ishigami.STANDARD, TestFunctionStudy.Method.SOBOL, 64, 4, 7).indices();
        Map<String, Map<String, String>> rows = RealRuns.csv(one.resolve("indices.csv"), "parameter", "index");
        assertThat(rows).hasSize(6);
        for (Index d : direct) {
            Map<String, String> row = rows.get("model." + d.parameter() + "|" + d.index());
            assertThat(row.get("output")).isEqualTo("jobs_direct 2030");
            assertThat(row.get("estimate")).isEqualTo(kozan.io.Numbers.format(d.estimate()));
            assertThat(row.get("ci95_low")).isEqualTo(kozan.io.Numbers.format(d.ci95Low()));
        }
        // replications agree exactly: no noise
        assertThat(RealRuns.csv(one.resolve("noise.csv"), "output").get("jobs_direct 2030"))
                .containsEntry("noise_variance", "0").containsEntry("noise_share", "0");
        assertThat(one.resolve("convergence.csv")).exists();
        assertThat(one.resolve("runs.csv")).exists();
        assertThat(one.resolve("sensitivity.yaml")).hasContent(SOBOL.strip());

        Path two = tmp.resolve("two");
        assertThat(sensitivity(0, spec.toString(), "--out", two.toString(), "--threads", "2")).isZero();
        assertThat(Files.readAllBytes(two.resolve("indices.csv"))).isEqualTo(Files.readAllBytes(one.resolve("indices.csv")));
        assertThat(Files.readAllBytes(two.resolve("convergence.csv")))
                .isEqualTo(Files.readAllBytes(one.resolve("convergence.csv")));
    }

    @Test
    void shardsMergedGiveTheUnshardedStudyByteForByte() throws Exception {
        Path spec = spec("sh", SOBOL.replace("samples: 64", "samples: 16"));
        Path whole = tmp.resolve("whole");
        assertThat(sensitivity(0.5, spec.toString(), "--out", whole.toString(), "--threads", "1")).as(err.toString())
                .isZero();
        // 16 x 5 points x 2 replications = 160 runs; shard i of 3 takes run indices i-1, i+2, ...
        Path[] parts = new Path[3];
        for (int i = 1; i <= 3; i++) {
            parts[i - 1] = tmp.resolve("part" + i);
            assertThat(sensitivity(0.5, spec.toString(), "--out", parts[i - 1].toString(), "--shard", i + "/3",
                    "--threads", "2")).as(err.toString()).isZero();
            assertThat(parts[i - 1].resolve("indices.csv")).as("a shard has only some runs").doesNotExist();
            assertThat(parts[i - 1].resolve("sensitivity.yaml")).exists();
        }
        assertThat(out.toString()).contains("160 runs, shard 2/3");
        Path merged = tmp.resolve("merged");
        assertThat(sensitivity(0, "merge", parts[2].toString(), parts[0].toString(), parts[1].toString(), "--out",
                merged.toString())).as(err.toString()).isZero();
        for (String f : List.of("indices.csv", "convergence.csv", "noise.csv", "runs.jsonl", "runs.csv")) {
            assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
        assertThat(merged.resolve("charts").resolve("sobol_jobs_direct_2030.svg")).exists();
        assertThat(merged.resolve("report.html")).content().contains("Sensitivity study", "noise share");
        // a batch folder is not a study's shard: refused before anything is written
        Path never = tmp.resolve("never");
        Files.delete(parts[0].resolve("sensitivity.yaml"));
        assertThat(sensitivity(0, "merge", parts[0].toString(), parts[1].toString(), parts[2].toString(), "--out",
                never.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a finished shard of a sensitivity study");
        assertThat(never).doesNotExist();
    }

    @Test
    void slurmDryRunWritesTheStudysShardAndMergeScriptsAndSubmitsNothing() throws Exception {
        Path spec = spec("sl", SOBOL.replace("method: sobol", "method: morris").replace("samples: 64", "samples: 4"));
        Path d = tmp.resolve("on slurm");
        assertThat(sensitivity(0, spec.toString(), "--slurm", "--shards", "3", "--out", d.toString(), "--dry-run",
                "--partition", "short")).as(err.toString()).isZero();
        // Morris, r = 4 trajectories x (3 + 1) points = 16 points, x 2 replications = 32 runs
        assertThat(out.toString()).contains("sensitivity ishigami_study (morris): 16 design points x 2 replications"
                + " = 32 runs, 3 Slurm task(s) -> " + d, "dry run: nothing submitted",
                "Progress: kozan sensitivity status '" + d + "'");
        String array = Files.readString(d.resolve("slurm/shards.sh"));
        assertThat(array).contains("#SBATCH --job-name=kozan-ishigami_study-morris\n", "#SBATCH --array=1-3\n",
                "#SBATCH --partition=short\n", "  2) args=('sensitivity' '" + spec.toAbsolutePath() + "' '--shard' '2/3'"
                        + " '--out' '" + d.resolve("shards/shard-2-of-3") + "' '--resume' '--threads'"
                        + " \"${KOZAN_SLURM_THREADS}\");;\n");
        assertThat(Files.readString(d.resolve("slurm/merge.sh"))).contains("args=('sensitivity' 'merge' '"
                + d.resolve("shards/shard-1-of-3") + "' '" + d.resolve("shards/shard-2-of-3") + "' '"
                + d.resolve("shards/shard-3-of-3") + "' '--out' '" + d.resolve("slurm/merge/on slurm") + "' '--force')");
        assertThat(d.resolve("slurm/jobs.txt")).as("nothing submitted").doesNotExist();
        assertThat(d.resolve("shards")).isEmptyDirectory();

        out.getBuffer().setLength(0);
        assertThat(sensitivity(0, "status", d.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(not submitted: --dry-run)", "0/3 shards finished, 0/? runs done, 0 failed",
                "merge: not run yet");

        // the folder holds a submission now: again only with --resume
        assertThat(sensitivity(0, spec.toString(), "--slurm", "--shards", "3", "--out", d.toString(), "--dry-run"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("already holds a Slurm submission; add --resume");
        assertThat(sensitivity(0, spec.toString(), "--slurm", "--shards", "3", "--out", d.toString(), "--dry-run",
                "--resume")).as(err.toString()).isZero();
        // --resume submits the same job again, not another one: another shard count, another study (Sobol: its job
        // name ends in -sobol) is refused before anything is written, and so is a batch (the header names the command)
        String scripts = Files.readString(d.resolve("slurm/shards.sh"));
        Path sobol = spec("sl2", SOBOL);
        String[][] others = { // what is submitted now, its spec, its shard count
                {"'sensitivity ishigami_study-morris' in 2 shards", spec.toString(), "2"},
                {"'sensitivity ishigami_study-sobol' in 3 shards", sobol.toString(), "3"}};
        for (String[] o : others) {
            err.getBuffer().setLength(0);
            assertThat(sensitivity(0, o[1], "--slurm", "--shards", o[2], "--out", d.toString(), "--dry-run",
                    "--resume")).as(o[0]).isEqualTo(2);
            assertThat(err.toString()).contains(d + " holds another Slurm submission ('sensitivity"
                    + " ishigami_study-morris' in 3 shards), not " + o[0] + "; --resume submits the same job again"
                    + " only: choose another --out");
            assertThat(Files.readString(d.resolve("slurm/shards.sh"))).isEqualTo(scripts);
        }
    }

    @Test
    void slurmOptionsAreCheckedBeforeAnythingIsWritten() throws Exception {
        Path spec = spec("slbad", SOBOL);
        Path d = tmp.resolve("never");
        String[][] cases = {
                {"--slurm needs --out DIR", spec.toString(), "--slurm", "--shards", "2"},
                {"--slurm needs --out DIR", spec.toString(), "--slurm", "--out", d.toString()},
                {"leave out --shard", spec.toString(), "--slurm", "--shards", "2", "--out", d.toString(), "--shard",
                        "1/2"},
                {"leave out --force", spec.toString(), "--slurm", "--shards", "2", "--out", d.toString(), "--force"},
                {"--shards must be between 1 and 1000", spec.toString(), "--slurm", "--shards", "0", "--out",
                        d.toString()},
                {"--time '2 h' must be one word", spec.toString(), "--slurm", "--shards", "2", "--out", d.toString(),
                        "--time", "2 h"},
                {"go with --slurm", spec.toString(), "--shards", "2", "--out", d.toString()},
                {"go with --slurm", "--test-function", "ishigami", "--wait", "--out", d.toString()},
                {"--slurm submits a study of the model: give SPEC", "--test-function", "ishigami", "--slurm",
                        "--shards", "2", "--out", d.toString()},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertThat(sensitivity(0, args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", args)).contains(c[0]);
            assertThat(d).doesNotExist();
        }
        // a folder Kozan did not write is never written into
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        assertThat(sensitivity(0, spec.toString(), "--slurm", "--shards", "2", "--out", mine.toString(), "--dry-run",
                "--resume")).isEqualTo(2);
        assertThat(err.toString()).contains("is not a Kozan Slurm folder");
        try (var files = Files.list(mine)) {
            assertThat(files).containsExactly(mine.resolve("notes.txt"));
        }
    }

    @Test
    void noiseShareIsTheVarianceBetweenReplications() throws Exception {
        Path spec = spec("n", SOBOL.replace("method: sobol", "method: morris").replace("samples: 64", "samples: 10"));
        Path dir = tmp.resolve("noisy");
        int code = sensitivity(0.5, spec.toString(), "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        // at every point the two replications are y - 0.5 and y + 0.5: variance (0.25 + 0.25) / (2 - 1) = 0.5
        Map<String, String> noise = RealRuns.csv(dir.resolve("noise.csv"), "output").get("jobs_direct 2030");
        assertThat(noise).containsEntry("replications", "2").containsEntry("noise_variance", "0.5");
        // 10 trajectories x (3 + 1) = 40 points, 80 runs: withinSS = 40 x 2 x 0.25 = 20, totalSS = 79 x total_variance
        double share = Double.parseDouble(noise.get("noise_share"));
        double total = Double.parseDouble(noise.get("total_variance"));
        assertThat(share).isCloseTo(20 / (79 * total), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(share).isBetween(0.001, 0.5);
        assertThat(RealRuns.csv(dir.resolve("indices.csv"), "parameter", "index")).containsKeys("model.x1|mu_star",
                "model.x3|sigma");
        assertThat(dir.resolve("convergence.csv")).doesNotExist();
    }

    @Test
    void resumeFindsTheFinishedStudyAndRefusesAChangedSpec() throws Exception {
        Path spec = spec("r", SOBOL.replace("samples: 64", "samples: 8"));
        Path dir = tmp.resolve("resumed");
        assertThat(sensitivity(0, spec.toString(), "--out", dir.toString())).isZero();
        byte[] indices = Files.readAllBytes(dir.resolve("indices.csv"));
        assertThat(sensitivity(0, spec.toString(), "--out", dir.toString(), "--resume")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("already finished");
        assertThat(Files.readAllBytes(dir.resolve("indices.csv"))).isEqualTo(indices);
        // another design (N = 16) is another study: its runs must not be mixed with these
        Files.writeString(spec, SOBOL.replace("samples: 64", "samples: 16"));
        assertThat(sensitivity(0, spec.toString(), "--out", dir.toString(), "--resume")).isEqualTo(2);
        assertThat(err.toString()).contains("holds a finished batch of other inputs");
    }

    @Test
    void badSpecsExitTwoBeforeAnyRun() throws Exception {
        String[][] cases = {
                {SOBOL.replace("method: sobol", "method: fast"), "sa.yaml:2:9: method: unknown value 'fast'; allowed:"
                        + " morris, sobol"},
                {SOBOL.replace("samples: 64", "samples: 1"), "sa.yaml:3:10: samples: out of range; got 1"},
                {SOBOL.replace("samples: 64", "samples: 64\nlevels: 3"), "sa.yaml:4:9: levels: must be even"},
                {SOBOL.replace("year: 2030", "year: 2040"), "output jobs_direct 2040 is not kept by the batch file"},
                {SOBOL.replace("year: 2030", "yeer: 2030"), "outputs[0].yeer: unknown key 'yeer'; did you mean 'year'?"},
                {SOBOL + "colour: red\n", "sa.yaml:6:1: colour: unknown key 'colour'"},
                {SOBOL.replace("batch: batch.yaml", "batch: missing.yaml"), "sa.yaml:1:8: batch: no such batch file: "},
        };
        Path options = spec("opt", SOBOL);
        assertThat(sensitivity(0, options.toString(), "--samples", "8", "--out", tmp.resolve("never").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("with SPEC, method, samples, levels and seed are set in the spec file");
        int i = 0;
        for (String[] c : cases) {
            Path spec = spec("bad" + i++, c[0]);
            Path target = tmp.resolve("never");
            err.getBuffer().setLength(0);
            assertThat(sensitivity(0, spec.toString(), "--out", target.toString())).as(err.toString()).isEqualTo(2);
            assertThat(err.toString()).contains(c[1]);
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void aRangeTheScenarioDoesNotAcceptIsExit2AtTheBatchFileBeforeAnyRun() throws Exception {
        // a stand-in loader that allows model.x1 up to 3 only: the range's end (pi) is refused, as batch does
        BatchSpecLoader.ScenarioProbe probe = (file, values) ->
                ((Number) values.getOrDefault("model.x1", 0)).doubleValue() > 3
                        ? new BatchSpecLoader.Probed(List.of(new Problem(file.toString(), 0, 0, "model.x1",
                                "out of range; got " + values.get("model.x1") + "; allowed: -3 <= x <= 3")), 0, 0)
                        : new BatchSpecLoader.Probed(List.of(), 2025, 2034);
        Path spec = spec("range", SOBOL);
        Path target = tmp.resolve("never");
        assertThat(sensitivity(0, probe, spec.toString(), "--out", target.toString())).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("batch.yaml:6:12: parameters[0].range: scenario 'base' does not accept"
                + " this value: ").contains("got 3.141592653589793; allowed: -3 <= x <= 3");
        assertThat(out.toString()).isEmpty();
        assertThat(target).doesNotExist();
    }
}
