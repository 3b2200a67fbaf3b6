package kozan.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kozan.io.InputException;
import kozan.io.OutputDirectory;

/**
 * Writes the scripts of a {@link SlurmPlan}, submits them with sbatch (the array, then the merge with
 * {@code --dependency=afterany} on it) and, with {@code --wait}, follows the merge until it ends.
 */
public final class Slurm {

    /** squeue states of a job that has not ended yet. */
    private static final Set<String> ACTIVE = Set.of("PENDING", "CONFIGURING", "RUNNING", "COMPLETING", "SUSPENDED",
            "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESIZING", "SIGNALING", "STAGE_OUT", "STOPPED");

    private final PrintWriter out;
    private final PrintWriter err;
    /** Seconds between two squeue calls while waiting. */
    private final long pollSeconds;

    public Slurm(PrintWriter out, PrintWriter err, long pollSeconds) {
        this.out = out;
        this.err = err;
        this.pollSeconds = pollSeconds;
    }

    /** The job ids of a submission. */
    public record Jobs(String array, String merge) {
    }

    /**
     * Checks the folder: it must not exist, be empty, or (with {@code resubmit}) hold an earlier submission of the
     * same job (command, job name and shard count, from its array script's header). Nothing is written when it is
     * refused.
     */
    public static void checkFolder(SlurmPlan plan, boolean resubmit) throws InputException, IOException {
        SlurmLayout layout = plan.layout();
        Path dir = OutputDirectory.checkPath(layout.dir());
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || OutputDirectory.isEmptyFolder(dir)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(OutputDirectory.notAFolder(dir));
        }
        boolean earlier = Files.isRegularFile(layout.arrayScript());
        if (!earlier) {
            throw new InputException(dir + " exists and is not a Kozan Slurm folder (no slurm/shards.sh); Kozan"
                    + " never writes into it: choose another --out");
        }
        if (!resubmit) {
            throw new InputException(dir + " already holds a Slurm submission; add --resume to submit it again"
                    + " (finished shards are kept, unfinished ones continue), or choose another --out");
        }
        String expected = SlurmScripts.header(plan);
        List<String> lines = Files.readAllLines(layout.arrayScript(), StandardCharsets.UTF_8);
        String earlierHeader = lines.size() > 1 ? lines.get(1) : "";
        if (!earlierHeader.equals(expected)) {
            throw new InputException(dir + " holds another Slurm submission (" + SlurmScripts.describe(earlierHeader)
                    + "), not " + SlurmScripts.describe(expected)
                    + "; --resume submits the same job again only: choose another --out");
        }
    }

    /** Writes the folders, the jar copy and both scripts; returns the scripts' paths. */
    public List<Path> write(SlurmPlan plan) throws IOException {
        SlurmLayout l = plan.layout();
        Files.createDirectories(l.logs());
        Files.createDirectories(l.shards());
        Files.createDirectories(l.exitFile(1).getParent());
        JavaCommand java = JavaCommand.ofThisProcess(l.jar());
        writeScript(l.arrayScript(), SlurmScripts.arrayScript(plan, java));
        writeScript(l.mergeScript(), SlurmScripts.mergeScript(plan, java));
        return List.of(l.arrayScript(), l.mergeScript());
    }

    private static void writeScript(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // bash reads it all the same
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** What --dry-run prints: how to submit the written scripts by hand. */
    public void printSubmitCommands(SlurmPlan plan) {
        SlurmLayout l = plan.layout();
        out.println("dry run: nothing submitted. The scripts are in " + l.slurm() + "; to submit them:");
        out.println("  jid=$(sbatch --parsable " + SlurmScripts.quote(l.arrayScript().toString()) + ") && sbatch"
                + " --dependency=afterany:\"${jid%%;*}\" " + SlurmScripts.quote(l.mergeScript().toString()));
        out.println("Progress: " + plan.statusCommand());
    }

    /** Submits the array and the dependent merge; records the ids in slurm/jobs.txt. */
    public Jobs submit(SlurmPlan plan) throws IOException, InterruptedException {
        SlurmLayout l = plan.layout();
        String array = sbatch(List.of("sbatch", "--parsable", l.arrayScript().toString()));
        String merge = sbatch(List.of("sbatch", "--parsable", "--dependency=afterany:" + array,
                l.mergeScript().toString()));
        Files.writeString(l.jobs(), "array=" + array + "\nmerge=" + merge + "\n");
        Files.deleteIfExists(l.mergeExitFile());
        out.println("submitted: job array " + array + " (" + plan.options().shards() + " shards) and merge job "
                + merge + " (after all shards); progress: " + plan.statusCommand());
        out.flush();
        return new Jobs(array, merge);
    }

    /**
     * Blocks until the merge job has ended; returns the merge's Kozan exit code (0, 3 some runs failed, 4 shards
     * unfinished, 2 or 1), or 1 when the job ended without one (cancelled, killed, out of time).
     */
    public int await(SlurmPlan plan, Jobs jobs, ShardStatus status) throws IOException, InterruptedException {
        SlurmLayout l = plan.layout();
        long lastReport = System.nanoTime();
        String lastLine = "";
        int squeueFailures = 0;
        while (true) {
            Result q = run(List.of("squeue", "-h", "-j", jobs.merge(), "-o", "%T"));
            String state = q.output().strip();
            if (q.code() != 0 && !q.output().contains("Invalid job id")) {
                if (++squeueFailures >= 10) {
                    err.println("error: squeue keeps failing (" + q.output().strip() + "); the jobs may still run:"
                            + " follow them with " + plan.statusCommand());
                    return 1;
                }
            } else {
                squeueFailures = 0;
                if (state.isEmpty() || !ACTIVE.contains(state.lines().findFirst().orElse(""))) {
                    break;
                }
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                String line = status.summary(l);
                if (!line.equals(lastLine)) {
                    err.println("slurm: " + line);
                    err.flush();
                    lastLine = line;
                }
                lastReport = System.nanoTime();
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(pollSeconds));
        }
        Path exit = l.mergeExitFile();
        // squeue may drop the job a moment before the shared filesystem shows the file: give it a few seconds.
        for (int i = 0; i < 20 && !Files.exists(exit); i++) {
            Thread.sleep(250);
        }
        if (!Files.exists(exit)) {
            err.println("error: merge job " + jobs.merge() + " ended without a result (cancelled, killed or out of"
                    + " time): see " + l.logs().resolve("merge.out") + " and " + plan.statusCommand());
            return 1;
        }
        int code = Integer.parseInt(Files.readString(exit).strip());
        Path log = l.logs().resolve("merge.out");
        if (Files.exists(log) && code != 0 && code != 3) {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 10), lines.size()).forEach(x -> err.println("merge: " + x));
        }
        if (code == 0 || code == 3) {
            out.println("merged: results in " + l.dir() + (code == 3 ? " (some runs failed: see the status and"
                    + " error columns of runs.csv)" : ""));
        }
        return code;
    }

    private String sbatch(List<String> command) throws IOException, InterruptedException {
        Result r = run(command);
        if (r.code() != 0) {
            throw new InputException("sbatch failed (exit " + r.code() + "): " + r.output().strip());
        }
        String id = r.output().strip();
        id = id.lines().reduce((a, b) -> b).orElse("");
        int semicolon = id.indexOf(';'); // "id;cluster" on federated clusters
        id = semicolon >= 0 ? id.substring(0, semicolon) : id;
        if (!id.matches("[0-9]+")) {
            throw new InputException("sbatch did not return a job id: " + r.output().strip());
        }
        return id;
    }

    record Result(int code, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new InputException(command.get(0) + " not found (" + e.getMessage() + "): --slurm needs the Slurm"
                    + " commands on the PATH; on a cluster run it on a login node; --dry-run writes the scripts only");
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }
}
