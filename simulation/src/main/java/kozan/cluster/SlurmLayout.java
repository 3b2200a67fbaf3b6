package kozan.cluster;

import java.nio.file.Path;

/**
 * Where a Slurm submission keeps its files. {@code DIR} itself receives the merged results; {@code DIR/shards/}
 * holds one results folder per array task; {@code DIR/slurm/} the scripts, the jar they run, the job ids, the logs
 * and one exit-code file per task.
 */
public record SlurmLayout(Path dir) {

    public SlurmLayout {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path slurm() {
        return dir.resolve("slurm");
    }

    public Path shards() {
        return dir.resolve("shards");
    }

    /** Results folder of shard {@code index} of {@code count}, e.g. {@code shards/shard-2-of-4}. */
    public Path shard(int index, int count) {
        return shards().resolve("shard-" + index + "-of-" + count);
    }

    /** The job-array script: one task per shard. */
    public Path arrayScript() {
        return slurm().resolve("shards.sh");
    }

    /** The merge script, submitted with a dependency on the whole array. */
    public Path mergeScript() {
        return slurm().resolve("merge.sh");
    }

    /** A copy of the jar that submitted: every task runs the same code even if the checkout is rebuilt meanwhile. */
    public Path jar() {
        return slurm().resolve("kozan.jar");
    }

    /** Job ids of the submission ({@code array=...}, {@code merge=...}). */
    public Path jobs() {
        return slurm().resolve("jobs.txt");
    }

    public Path logs() {
        return slurm().resolve("logs");
    }

    /** Exit code of each task as Kozan returned it (before 3 is mapped to 0 for Slurm): {@code shard-i.exit}. */
    public Path exitFile(int index) {
        return slurm().resolve("exit").resolve("shard-" + index + ".exit");
    }

    public Path mergeExitFile() {
        return slurm().resolve("exit").resolve("merge.exit");
    }

    /**
     * The merge writes here first; the merge script then moves the files into DIR. The folder has DIR's name, so the
     * report names the results as DIR.
     */
    public Path staging() {
        return slurm().resolve("merge").resolve(dir.getFileName() == null ? "merged" : dir.getFileName().toString());
    }
}
