package kozan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import kozan.batch.BatchJob;
import kozan.batch.BatchMerge;
import kozan.batch.BatchPlan;
import kozan.batch.BatchProgress;
import kozan.batch.BatchRunner;
import kozan.batch.BatchSpec;
import kozan.batch.BatchSpecException;
import kozan.batch.BatchSpecLoader;
import kozan.batch.BatchState;
import kozan.batch.BatchUsageException;
import kozan.batch.ModelRunFunction;
import kozan.batch.Shard;
import kozan.cluster.SlurmPlan;
import kozan.io.InputException;
import kozan.io.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kozan batch BATCH.yaml} and {@code kozan batch merge DIR...}: batch experiments (docs/batch.md). */
@Command(name = "batch", mixinStandardHelpOptions = true,
        subcommands = {BatchCommand.Merge.class, SlurmStatusCommand.class},
        description = {"Run a batch experiment: design points x replications, common random numbers.",
                "Design points: a full grid or a Latin hypercube over scenario parameters.",
                "Writes runs.csv, summary.csv, differences.csv, design.csv, runs.jsonl and",
                "manifest.json into results/<batch-name>/<spec-hash>/ or --out DIR, and when it is complete",
                "(not a shard) charts/ (each swept parameter against each kept metric) and report.html.",
                "With --slurm: a Slurm job array of --shards N shards and a merge job (docs/cluster.md).",
                "See docs/batch.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every run succeeded", "1:internal error",
                "2:bad input (batch file, options, existing folder)",
                "3:the batch finished but some runs failed (status=failed rows in runs.csv)",
                "4:stopped before the end; continue with --resume"})
public final class BatchCommand implements Callable<Integer> {

    static final int RUNS_FAILED = 3;
    static final int INCOMPLETE = 4;
    /** Designs with more runs than this start only with --yes, after their estimated time is shown. */
    static final int LARGE_DESIGN_RUNS = 100_000;
    /** The threshold in force: {@link #LARGE_DESIGN_RUNS}, smaller in tests (a seam, not an option). */
    long largeDesignRuns = LARGE_DESIGN_RUNS;

    /** Seams for tests: the run function, metric names and units (the model's by default). */
    Function<BatchSpec, BatchRunner.RunFunction> runFunction = ModelRunFunction::new;
    /** Checks parameter values and years on the base scenarios before any run (null: no check, for fakes). */
    BatchSpecLoader.ScenarioProbe probe = ModelRunFunction::probe;
    static Predicate<String> knownMetric = ModelRunFunction::known;
    static Function<String, String> unitOf = ModelRunFunction::unit;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BATCH.yaml", description = "Batch file (docs/batch.md).")
    Path batchFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the batch file's threads, else all cores).")
    Integer threads;

    @Option(names = "--resume", description = "Continue an interrupted batch: completed runs are kept and skipped.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only part i of n disjoint parts (run index mod n = i-1); combine with 'batch merge'.")
    String shard;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (must not exist unless --resume or --force).")
    Path out;

    @Option(names = "--force", description = {"Start over: replace an existing (or interrupted) results folder.",
            "Only a folder Kozan wrote (with its manifest.json or batch-state.json) or an empty one is replaced."})
    boolean force;

    @Option(names = "--allow-mixed-versions", description = "With --resume: continue a batch started by another"
            + " Kozan code version (git commit or version); the manifest records every version involved.")
    boolean allowMixedVersions;

    @picocli.CommandLine.Mixin
    ResultsRootOption resultsRoot;

    @Option(names = "--yes", description = "Start a design of more than 100,000 runs (without it such a design is"
            + " refused, with its estimated time).")
    boolean yes;

    @Option(names = "--slurm", description = {"Submit the batch to Slurm: a job array of --shards N tasks (one shard"
            + " each, with --resume) and a merge job after them, with --out DIR: scripts in DIR/slurm/, shards in"
            + " DIR/shards/, merged results in DIR (docs/cluster.md).",
            "With --resume: submit an earlier DIR again (finished shards are kept)."})
    boolean slurm;

    @picocli.CommandLine.Mixin
    SlurmArgs slurmArgs;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (batchFile == null) {
            err.println("error: give a batch file (kozan batch BATCH.yaml) or use 'kozan batch merge DIR...'");
            return 2;
        }
        try {
            Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
            if (threads != null && threads < 1) {
                throw new BatchUsageException("--threads must be at least 1, got " + threads);
            }
            BatchSpec bs = BatchSpecLoader.load(batchFile, knownMetric, probe); // all checks before any run
            BatchPlan plan = BatchPlan.of(bs, BatchState.specHash(bs));
            int workers = threads != null ? threads
                    : bs.threads() > 0 ? bs.threads() : Runtime.getRuntime().availableProcessors();
            long allRuns = (long) plan.points().size() * plan.replications();
            if (allRuns > Integer.MAX_VALUE) {
                throw new BatchUsageException(String.format(java.util.Locale.ROOT, "this batch has %,d runs; at most"
                        + " %,d are possible: use fewer points or replications", allRuns, Integer.MAX_VALUE));
            }
            if (slurm) {
                return submitToSlurm(bs, plan, stdout, err);
            }
            slurmArgs.checkUnused();
            BatchRunner.RunFunction fn = runFunction.apply(bs);
            long partRuns = (plan.runs() + part.count() - part.index()) / part.count();
            if (partRuns > largeDesignRuns && !yes && !resume) {
                throw new BatchUsageException(largeDesign(plan, fn, partRuns, largeDesignRuns, workers));
            }
            Path target = out != null ? out : defaultTarget(resultsRoot.dir, plan, part);
            OutputDirectory.checkPath(target); // "", the current folder, a path under a file: refused before the banner
            stdout.println("batch " + bs.name() + ": " + plan.points().size() + " design points x " + plan.replications()
                    + " replications = " + plan.runs() + " runs" + (part.count() > 1 ? ", shard " + part : "")
                    + ", " + workers + " thread(s) -> " + target);
            stdout.flush();
            Thread hook = interruptNotice(err, target, part);
            BatchJob job = new BatchJob(plan, fn, unitOf, BatchProgress.auto(err), err)
                    .allowMixedVersions(allowMixedVersions);
            BatchJob.Result r;
            try (StopSignals signals = StopSignals.install(job::stop)) {
                r = job.run(target, workers, resume, part, force);
                if (signals.stopped() && !r.complete()) {
                    err.println();
                    err.println("interrupted: " + resumeHint(target, part));
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // killed otherwise (SIGHUP...): the hook prints how to resume.
                }
            }
            if (r.complete() && part.count() == 1) {
                ChartsAndReport.write(r.dir(), stdout, err);
            }
            return report(r, stdout, err);
        } catch (BatchSpecException e) {
            e.problems().forEach(err::println);
            return 2;
        } catch (InputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** This batch as a Slurm job array of shards and a merge (kozan.cluster). */
    private int submitToSlurm(BatchSpec bs, BatchPlan plan, PrintWriter stdout, PrintWriter err) throws Exception {
        SlurmPlan slurmPlan = slurmArgs.plan("batch", bs.name(), batchFile, new SlurmArgs.Local(out, shard, force,
                resume, threads), allowMixedVersions ? List.of("--allow-mixed-versions") : List.of());
        return slurmArgs.submit(slurmPlan, "batch " + bs.name() + ": " + plan.points().size() + " design points x "
                + plan.replications() + " replications = " + plan.runs() + " runs", stdout, err);
    }

    /** When the JVM is stopped otherwise (SIGHUP, System.exit), says where the finished runs are and how to continue. */
    private Thread interruptNotice(PrintWriter err, Path target, Shard part) {
        Thread hook = new Thread(() -> {
            err.println();
            err.println("interrupted: " + resumeHint(target, part));
            err.flush();
        }, "kozan-batch-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** The refusal of a very large design: its size and the time one run here suggests it would take. */
    static String largeDesign(BatchPlan plan, BatchRunner.RunFunction fn, long runs, long threshold, int workers) {
        long start = System.nanoTime();
        try {
            fn.run(plan.points().get(0), 0, plan.spec().seed());
        } catch (Exception failed) {
            // timed all the same: a failing run still says how long the model takes to get there
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double hours = runs * seconds / workers / 3600;
        return String.format(java.util.Locale.ROOT, "this batch has %,d runs (more than %,d): one run took %.2f s"
                + " here (design point 1, replication 1, timed just now), so it would take about %,.1f hours on %d"
                + " thread(s). Add --yes to start it, or use fewer points or replications (or --shard to split it"
                + " over machines)", runs, threshold, seconds, hours, workers);
    }

    private String resumeHint(Path target, Shard part) {
        return "finished runs are kept in " + BatchJob.partial(target) + "; continue with:\n  kozan batch " + batchFile
                + " --resume" + (out != null ? " --out " + out : "") + (part.count() > 1 ? " --shard " + part : "");
    }

    static int report(BatchJob.Result r, PrintWriter out, PrintWriter err) {
        if (!r.complete()) {
            err.println("batch stopped before the end; continue with --resume (partial results in " + r.dir() + ")");
            return INCOMPLETE;
        }
        out.println("done: " + r.total() + " runs, " + r.failed() + " failed; results in " + r.dir());
        if (r.failed() > 0) {
            err.println(r.failed() + " run(s) failed: see the status and error columns of " + r.dir().resolve("runs.csv"));
            return RUNS_FAILED;
        }
        return 0;
    }

    /** results/<batch-name>/<first 12 hex of the spec hash>[-shard-i-of-n]: the same batch finds its folder again. */
    static Path defaultTarget(Path root, BatchPlan plan, Shard part) {
        String leaf = plan.specHash().substring(0, 12) + (part.count() > 1
                ? "-shard-" + part.index() + "-of-" + part.count() : "");
        return root.resolve(plan.spec().name()).resolve(leaf);
    }

    /** {@code kozan batch merge DIR... --out DIR}. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Combine the shard folders of one batch into unsharded results.",
                    "All parts must come from the same inputs and the same --shard i/n split."})
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        MergeOptions merge;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            try {
                BatchJob.Result r = BatchMerge.merge(merge.dirs, merge.out, merge.force, merge.allowMixedVersions, unitOf);
                if (r.complete()) {
                    ChartsAndReport.write(r.dir(), spec.commandLine().getOut(), err);
                }
                return report(r, spec.commandLine().getOut(), err);
            } catch (InputException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }
}
