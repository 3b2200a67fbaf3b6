package kozan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.function.Function;
import kozan.analysis.Index;
import kozan.analysis.ModelStudy;
import kozan.analysis.SensitivitySpec;
import kozan.batch.BatchJob;
import kozan.batch.BatchMerge;
import kozan.analysis.StudyFiles;
import kozan.batch.BatchPlan;
import kozan.batch.BatchProgress;
import kozan.batch.BatchRunner;
import kozan.batch.BatchSpec;
import kozan.batch.BatchSpecException;
import kozan.batch.BatchSpecLoader;
import kozan.batch.BatchState;
import kozan.batch.DesignPoint;
import kozan.batch.ModelRunFunction;
import kozan.batch.RunRecord;
import kozan.batch.Shard;
import kozan.io.OutputDirectory;
import kozan.analysis.IndicesCsv;
import kozan.analysis.Ishigami;
import kozan.analysis.SobolG;
import kozan.analysis.TestFunction;
import kozan.analysis.TestFunctionStudy;
import kozan.io.Csv;
import kozan.io.Hashes;
import kozan.io.InputException;
import kozan.io.Json;
import kozan.io.Numbers;
import kozan.io.ResultsDirectory;
import kozan.io.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kozan sensitivity --test-function NAME}: Morris or Sobol' indices of an analytic function (docs/sensitivity.md). */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        subcommands = {SensitivityCommand.Merge.class, SlurmStatusCommand.class},
        description = {"Global sensitivity analysis: Morris elementary effects or Sobol' indices, bootstrap CIs.",
                "SPEC: a study of the model, run by the batch runner (replications with common",
                "random numbers, resumable, --shard i/n and 'sensitivity merge'); adds noise.csv",
                "(output variance share due to the model's randomness), charts/ and report.html.",
                "SPEC --slurm: a Slurm job array of --shards N shards and a merge job (docs/cluster.md).",
                "--test-function ishigami | sobol-g: check the methods against known indices first.",
                "Writes indices.csv (parameter,output,method,index,estimate,ci95_low,ci95_high),",
                "convergence.csv (Sobol') and manifest.json into --out DIR. See docs/sensitivity.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:indices written", "1:internal error", "2:bad input (spec, options, existing folder)",
                "3:SPEC: some runs failed (no indices)", "4:SPEC: stopped before the end; continue with --resume"})
public final class SensitivityCommand implements Callable<Integer> {

    static final int DEFAULT_SOBOL_SAMPLES = 1024;
    static final int DEFAULT_MORRIS_TRAJECTORIES = 20;
    static final long DEFAULT_SEED = 20261205;

    @Spec
    CommandSpec spec;

    /** Seams for tests, as in {@link BatchCommand}: the run function and the scenario probe (the model's by default). */
    Function<BatchSpec, BatchRunner.RunFunction> runFunction = ModelRunFunction::new;
    BatchSpecLoader.ScenarioProbe probe = ModelRunFunction::probe;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
            description = "Sensitivity spec of the model (docs/sensitivity.md).")
    Path specFile;

    @Option(names = "--threads", paramLabel = "N", description = "SPEC: worker threads (default: the batch file's"
            + " threads, else all cores).")
    Integer threads;

    @Option(names = "--resume", description = "SPEC: continue an interrupted study; completed runs are kept.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "i/n", description = "SPEC: run only part i of n disjoint parts (run"
            + " index mod n = i-1); combine the parts with 'kozan sensitivity merge'.")
    String shard;

    @Option(names = "--test-function", paramLabel = "NAME",
            description = "ishigami (a = 7, b = 0.1, x uniform on [-pi, pi]) or sobol-g (x uniform on [0, 1]; give --a).")
    String testFunction;

    @Option(names = "--a", paramLabel = "A1,A2,..",
            description = "sobol-g: 1 to 20 non-negative numbers, one per input (small = important).")
    String aList;

    @Option(names = "--method", paramLabel = "morris|sobol", description = "morris or sobol (default: sobol).")
    String method;

    @Option(names = "--samples", paramLabel = "N", description = "Sobol': base sample size N, N (k + 2) evaluations"
            + " (default 1024; powers of two keep the sequence balanced). Morris: trajectories r, r (k + 1)"
            + " evaluations (default 20).")
    Integer samples;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (default: 4).")
    Integer levels;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the Morris trajectories and of the bootstrap resamples (default: 20261205).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: <results-root>/sensitivity/<function or batch name>-<method>).")
    Path out;

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--slurm", description = {"SPEC: submit the study to Slurm: a job array of --shards N tasks"
            + " (one shard each, with --resume) and a merge job after them, with --out DIR: scripts in DIR/slurm/,"
            + " shards in DIR/shards/, merged results in DIR (docs/cluster.md).",
            "With --resume: submit an earlier DIR again (finished shards are kept)."})
    boolean slurm;

    @picocli.CommandLine.Mixin
    SlurmArgs slurmArgs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (specFile != null) {
            return modelStudy(err);
        }
        try {
            if (slurm) {
                throw new BadInputException("--slurm submits a study of the model: give SPEC (a test function runs"
                        + " in seconds here)");
            }
            slurmArgs.checkUnused();
            TestFunctionStudy.Method m = method();
            TestFunction f = testFunction();
            int levels = this.levels != null ? this.levels : 4;
            long seed = this.seed != null ? this.seed : DEFAULT_SEED;
            int n = samples != null ? samples
                    : m == TestFunctionStudy.Method.SOBOL ? DEFAULT_SOBOL_SAMPLES : DEFAULT_MORRIS_TRAJECTORIES;
            if (n < 2) {
                throw new BadInputException("--samples must be at least 2, got " + n);
            }
            if (m == TestFunctionStudy.Method.MORRIS && (levels < 2 || levels % 2 != 0)) {
                throw new BadInputException("--levels must be an even number >= 2 (4 is usual), got " + levels);
            }
            Path target = out != null ? out : output.folder("sensitivity", f.name() + "-" + m.id());
            TestFunctionStudy.Result r = TestFunctionStudy.run(f, m, n, levels, seed);
            Path written = write(target, f, m, n, levels, seed, r);
            print(f, m, n, r, written);
            return Errors.OK;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return Errors.BAD_INPUT;
        }
    }

    /** {@code kozan sensitivity SPEC}: the design as batch design points, run and journalled by {@link BatchJob}. */
    private int modelStudy(PrintWriter err) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (testFunction != null || aList != null) {
                throw new BadInputException("give either SPEC or --test-function, not both");
            }
            if (method != null || samples != null || levels != null || seed != null) {
                throw new BadInputException("with SPEC, method, samples, levels and seed are set in the spec file,"
                        + " not as options");
            }
            if (threads != null && threads < 1) {
                throw new BadInputException("--threads must be at least 1, got " + threads);
            }
            Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
            SensitivitySpec ss = SensitivitySpec.load(specFile);
            BatchSpec bs = BatchSpecLoader.loadForStudy(ss.batch(), BatchCommand.knownMetric, probe);
            for (ModelStudy.Output o : ss.outputs()) {
                boolean kept = bs.metrics().stream().anyMatch(m -> m.matches(o.metric(), o.commodity(), o.region(),
                        o.detail()));
                if (!kept || !bs.years().contains(o.year())) {
                    throw new BadInputException(specFile + ": output " + o.name() + " is not kept by the batch file "
                            + ss.batch() + " (its metrics: and years: must include it)");
                }
            }
            ModelStudy.Settings settings = ss.settings(bs);
            String hash = Hashes.sha256(BatchState.specHash(bs) + "\0" + Hashes.sha256(specFile));
            BatchPlan plan = ModelStudy.plan(bs, settings, hash);
            String banner = "sensitivity " + bs.name() + " (" + ss.method().id() + "): " + plan.points().size()
                    + " design points x " + plan.replications() + " replications = " + plan.runs() + " runs";
            if (slurm) {
                return slurmArgs.submit(slurmArgs.plan("sensitivity", bs.name() + "-" + ss.method().id(), specFile,
                        new SlurmArgs.Local(out, shard, output.force, resume, threads), List.of()), banner, stdout, err);
            }
            slurmArgs.checkUnused();
            int workers = threads != null ? threads
                    : bs.threads() > 0 ? bs.threads() : Runtime.getRuntime().availableProcessors();
            Path target = out != null ? out : output.folder("sensitivity", bs.name() + "-"
                    + ss.method().id() + (part.count() > 1 ? "-shard-" + part.index() + "-of-" + part.count() : ""));
            OutputDirectory.checkPath(target);
            stdout.println(banner + (part.count() > 1 ? ", shard " + part : "") + ", " + workers + " thread(s) -> "
                    + target);
            stdout.flush();
            BatchJob job = new BatchJob(plan, runFunction.apply(bs), BatchCommand.unitOf, BatchProgress.auto(err), err)
                    .withExtraOutputs(work -> StudyFiles.write(work, ss.file(), bs, settings, part, err));
            BatchJob.Result r;
            try (StopSignals signals = StopSignals.install(job::stop)) {
                r = job.run(target, workers, resume, part, output.force);
            }
            return finish(r, part.count() == 1, stdout, err);
        } catch (BatchSpecException e) {
            e.problems().forEach(err::println);
            return Errors.BAD_INPUT;
        } catch (InputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Errors.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BatchCommand.INCOMPLETE;
        }
    }

    /** The batch's exit code; for a whole study also where its indices are, and its charts and report. */
    static int finish(BatchJob.Result r, boolean whole, PrintWriter stdout, PrintWriter err) {
        int code = BatchCommand.report(r, stdout, err);
        if (code == 0 && whole && Files.exists(r.dir().resolve(IndicesCsv.INDICES))) {
            stdout.println("indices: " + r.dir().resolve(IndicesCsv.INDICES));
            ChartsAndReport.write(r.dir(), stdout, err);
        }
        return code;
    }

    /** {@code kozan sensitivity merge DIR... --out DIR}: the shards of one study, with its indices. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Combine the shard folders of one sensitivity study into one folder.",
                    "The shards come from 'kozan sensitivity SPEC --shard i/n' (or --slurm); the",
                    "result is the unsharded study's folder, byte for byte (runs, indices.csv).",
                    "All parts must come from the same inputs and the same i/n split."})
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        MergeOptions merge;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            try {
                for (Path d : merge.dirs) {
                    if (!Files.isRegularFile(d.resolve(SensitivitySpec.STORED_COPY))) {
                        throw new BadInputException(d + " is not a finished shard of a sensitivity study (no "
                                + SensitivitySpec.STORED_COPY + "); batch shards merge with 'kozan batch merge'");
                    }
                }
                ModelStudy.Settings[] settings = new ModelStudy.Settings[1];
                BatchSpec[] stored = new BatchSpec[1];
                BatchMerge.PlanSource plans = (first, bs, hash) -> {
                    stored[0] = bs;
                    try {
                        settings[0] = SensitivitySpec.loadStoredCopy(first.resolve(SensitivitySpec.STORED_COPY))
                                .settings(bs);
                    } catch (BatchSpecException e) {
                        throw new BadInputException("cannot read the stored sensitivity spec: " + e.getMessage());
                    }
                    return ModelStudy.plan(bs, settings[0], hash);
                };
                BatchJob.Result r = BatchMerge.merge(merge.dirs, merge.out, merge.force, merge.allowMixedVersions, BatchCommand.unitOf, plans,
                        work -> StudyFiles.write(work, merge.dirs.get(0).resolve(SensitivitySpec.STORED_COPY),
                                stored[0], settings[0], Shard.ALL, err));
                return finish(r, true, stdout, err);
            } catch (InputException | IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return Errors.BAD_INPUT;
            }
        }
    }

    private TestFunctionStudy.Method method() throws BadInputException {
        if (method == null) {
            return TestFunctionStudy.Method.SOBOL;
        }
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "morris" -> TestFunctionStudy.Method.MORRIS;
            case "sobol" -> TestFunctionStudy.Method.SOBOL;
            default -> throw new BadInputException("--method must be morris or sobol, got '" + method + "'");
        };
    }

    private TestFunction testFunction() throws BadInputException {
        if (testFunction == null) {
            throw new BadInputException("give --test-function ishigami or --test-function sobol-g --a A1,A2,..");
        }
        switch (testFunction) {
            case "ishigami":
                if (aList != null) {
                    throw new BadInputException("--a is for sobol-g; ishigami has fixed a = 7, b = 0.1");
                }
                return Ishigami.STANDARD;
            case "sobol-g":
                if (aList == null) {
                    throw new BadInputException("sobol-g needs --a A1,A2,.. (1 to " + SobolG.MAX_INPUTS
                            + " non-negative numbers, e.g. --a 0,1,4.5,9,99,99)");
                }
                return new SobolG(parseA(aList));
            default:
                throw new BadInputException("unknown --test-function '" + testFunction
                        + "'; allowed: ishigami, sobol-g");
        }
    }

    /** The values of --a: 1 to 20 finite numbers >= 0, comma-separated. */
    static double[] parseA(String text) throws BadInputException {
        String[] parts = text.split(",", -1);
        if (parts.length > SobolG.MAX_INPUTS) {
            throw new BadInputException("--a has " + parts.length + " values; sobol-g takes 1 to " + SobolG.MAX_INPUTS);
        }
        double[] a = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            try {
                a[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                a[i] = Double.NaN;
            }
            if (p.isEmpty() || !Double.isFinite(a[i]) || a[i] < 0 || p.endsWith("d") || p.endsWith("f")
                    || p.endsWith("D") || p.endsWith("F")) {
                throw new BadInputException("--a value " + (i + 1) + " is '" + p + "'; every a must be a number >= 0"
                        + " (e.g. --a 0,1,4.5,9,99,99)");
            }
        }
        return a;
    }

    private Path write(Path target, TestFunction f, TestFunctionStudy.Method m, int n, int levels, long seed,
                       TestFunctionStudy.Result r) throws IOException {
        try (ResultsDirectory dir = ResultsDirectory.create(target, output.force)) {
            Path tmp = dir.temp();
            IndicesCsv.writeIndices(tmp.resolve(IndicesCsv.INDICES), r.indices());
            ObjectNode manifest = Json.object();
            manifest.put("kind", "sensitivity");
            VersionInfo.putCurrent(manifest);
            manifest.put("test_function", f.name());
            if (f instanceof SobolG g) {
                ArrayNode a = manifest.putArray("a");
                for (double ai : g.a()) {
                    a.add(new java.math.BigDecimal(Numbers.format(ai)));
                }
            }
            manifest.put("method", m.id());
            manifest.put("samples", n);
            if (m == TestFunctionStudy.Method.MORRIS) {
                manifest.put("levels", levels);
            }
            manifest.put("seed", seed);
            manifest.put("evaluations", r.evaluations());
            ObjectNode files = manifest.putObject("files");
            files.put(IndicesCsv.INDICES, Hashes.sha256(tmp.resolve(IndicesCsv.INDICES)));
            if (m == TestFunctionStudy.Method.SOBOL) {
                IndicesCsv.writeConvergence(tmp.resolve(IndicesCsv.CONVERGENCE), r.convergence());
                files.put(IndicesCsv.CONVERGENCE, Hashes.sha256(tmp.resolve(IndicesCsv.CONVERGENCE)));
            }
            Json.write(tmp.resolve(Csv.MANIFEST), manifest);
            return dir.commit();
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot write results to " + target.toAbsolutePath() + ": " + Errors.describe(e), e);
        }
    }

    /** The indices on standard output; for Sobol' beside the analytic values. */
    private void print(TestFunction f, TestFunctionStudy.Method m, int n, TestFunctionStudy.Result r, Path written) {
        PrintWriter o = spec.commandLine().getOut();
        o.println(f.name() + ", " + m.id() + ", " + (m == TestFunctionStudy.Method.SOBOL ? "N = " : "r = ") + n + ": "
                + r.evaluations() + " evaluations");
        List<String> names = f.factors().stream().map(x -> x.name()).toList();
        double[] s1 = f.firstOrder();
        double[] st = f.total();
        boolean sobol = m == TestFunctionStudy.Method.SOBOL;
        String row = sobol ? "%-10s %-8s %12s %25s %10s%n" : "%-10s %-8s %12s %25s%n";
        o.printf(Locale.ROOT, row, "parameter", "index", "estimate", "95% CI", "analytic");
        for (Index ix : r.indices()) {
            int i = names.indexOf(ix.parameter());
            String analytic = ix.index().equals("S1") ? fmt(s1[i]) : fmt(st[i]);
            o.printf(Locale.ROOT, row, ix.parameter(), ix.index(), fmt(ix.estimate()),
                    "[" + fmt(ix.ci95Low()) + ", " + fmt(ix.ci95High()) + "]", analytic);
        }
        o.println("results: " + written);
    }

    /** Four decimals; values that round to zero print as 0.0000, not -0.0000. */
    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", Math.abs(v) < 5e-5 ? 0.0 : v);
    }
}
