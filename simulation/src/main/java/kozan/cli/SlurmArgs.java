package kozan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.cluster.ShardStatus;
import kozan.cluster.Slurm;
import kozan.cluster.SlurmLayout;
import kozan.cluster.SlurmOptions;
import kozan.cluster.SlurmPlan;
import picocli.CommandLine.Option;

/**
 * The options that go with {@code --slurm}, declared once for every command that shards ({@code batch},
 * {@code sensitivity}), and the submission they ask for (kozan.cluster, docs/cluster.md). Each command declares
 * {@code --slurm} itself, in its own words, and builds the banner; checking the options and the folder, writing
 * the scripts and submitting or printing them are the same for all.
 */
final class SlurmArgs {

    /** Seconds between two squeue calls under --wait (a seam: tests poll faster). */
    static long pollSeconds = 5;

    @Option(names = "--shards", paramLabel = "N", description = "With --slurm: number of array tasks (shards).")
    Integer shards;

    @Option(names = "--partition", paramLabel = "P", description = "With --slurm: sbatch --partition.")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "With --slurm: time limit per task (sbatch --time,"
            + " e.g. 2:00:00).")
    String time;

    @Option(names = "--cpus-per-task", paramLabel = "C", description = "With --slurm: CPUs (worker threads) per"
            + " task (default 1).")
    Integer cpusPerTask;

    @Option(names = "--sbatch-arg", paramLabel = "ARG", description = "With --slurm: a further sbatch option for"
            + " both jobs, e.g. --sbatch-arg=--account=econ (repeatable).")
    List<String> sbatchArgs = new ArrayList<>();

    @Option(names = "--dry-run", description = "With --slurm: write the scripts and print how to submit them;"
            + " submit nothing.")
    boolean dryRun;

    @Option(names = "--wait", description = "With --slurm: wait until the merge job ends and exit with its code"
            + " (0, or 3 when some runs failed).")
    boolean await;

    /**
     * The command's own options as --slurm reads them: the shards get --out's subfolders, --resume and --threads;
     * --shard and --force are refused (the submission makes its own shards; a folder is submitted again with
     * --resume).
     */
    record Local(Path out, String shard, boolean force, boolean resume, Integer threads) {
    }

    /** Without --slurm, none of its options may be given. */
    void checkUnused() throws BadInputException {
        if (shards != null || partition != null || time != null || cpusPerTask != null || !sbatchArgs.isEmpty()
                || dryRun || await) {
            throw new BadInputException("--shards, --partition, --time, --cpus-per-task, --sbatch-arg, --dry-run"
                    + " and --wait go with --slurm");
        }
    }

    /**
     * The checked plan of {@code kozan COMMAND SPEC} as a Slurm job array ({@link SlurmPlan#sharded}); refuses bad
     * options and a folder it may not write into (exit 2) before anything is written.
     *
     * @param extra further arguments of the shards and the merge
     */
    SlurmPlan plan(String command, String name, Path spec, Local local, List<String> extra) throws IOException {
        if (local.out() == null || shards == null) {
            throw new BadInputException("--slurm needs --out DIR (on a filesystem the compute nodes share) and"
                    + " --shards N");
        }
        if (local.shard() != null || local.force()) {
            throw new BadInputException("--slurm makes its own shards: leave out " + (local.shard() != null
                    ? "--shard" : "--force (to submit a folder again use --resume)"));
        }
        SlurmOptions options;
        try {
            options = new SlurmOptions(shards, partition, time, cpusPerTask, sbatchArgs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        SlurmPlan plan = SlurmPlan.sharded(command, name, spec, new SlurmLayout(local.out()), options,
                local.threads(), extra);
        Slurm.checkFolder(plan, local.resume());
        return plan;
    }

    /**
     * Prints the banner with the task count and the folder, writes the scripts, then submits them (with --wait:
     * returns the merge's exit code) or, with --dry-run, prints how to submit them.
     */
    int submit(SlurmPlan plan, String banner, PrintWriter stdout, PrintWriter err)
            throws IOException, InterruptedException {
        stdout.println(banner + ", " + plan.options().shards() + " Slurm task(s) -> " + plan.layout().dir());
        Slurm slurm = new Slurm(stdout, err, pollSeconds);
        slurm.write(plan);
        if (dryRun) {
            slurm.printSubmitCommands(plan);
            return 0;
        }
        Slurm.Jobs jobs = slurm.submit(plan);
        return await ? slurm.await(plan, jobs, new ShardStatus()) : 0;
    }
}
