package kozan.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One sharded job for Slurm, independent of what a shard computes: the command line of shard i (Kozan's arguments
 * after {@code kozan}, e.g. {@code batch SPEC --shard i/n --out DIR/shards/... --resume}) and of the merge.
 *
 * @param command   the Kozan command being sharded ({@code batch}, {@code sensitivity}): it has the {@code merge}
 *                  and {@code status} subcommands the scripts and messages name
 * @param name      job name suffix (letters, digits, {@code _ - .}), shown by squeue as {@code kozan-NAME}
 * @param layout    where the scripts, shards and merged results go
 * @param options   the sbatch options
 * @param shardArgs arguments of shard {@code i} (1-based); {@link #THREADS} stands for the CPUs Slurm gave the task
 * @param mergeArgs arguments of the merge; it must write its results to {@link SlurmLayout#staging()}
 */
public record SlurmPlan(String command, String name, SlurmLayout layout, SlurmOptions options,
                        IntFunction<List<String>> shardArgs, List<String> mergeArgs) {

    /** An argument that the task script replaces with its CPU count ({@code SLURM_CPUS_PER_TASK}, else 1). */
    public static final String THREADS = "${KOZAN_SLURM_THREADS}";

    public SlurmPlan {
        mergeArgs = List.copyOf(mergeArgs);
        if (!command.matches("[a-z]+")) {
            throw new IllegalArgumentException("command '" + command + "': one lower-case word, e.g. batch");
        }
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("job name '" + name + "': only letters, digits and _ - . are allowed");
        }
    }

    /**
     * The plan of a command that shards by {@code --shard i/n}, resumes with {@code --resume} and merges with
     * {@code COMMAND merge DIR... --out DIR --force}, as batch and sensitivity do. Shard i runs
     * {@code COMMAND SPEC --shard i/n --out DIR/shards/shard-i-of-n --resume --threads T EXTRA...}; the merge runs
     * {@code COMMAND merge SHARD... --out STAGING --force EXTRA...}.
     *
     * @param spec    the spec file, made absolute: the tasks may start in another folder
     * @param threads worker threads per task, or null for the CPUs Slurm gives it
     * @param extra   further arguments of both the shards and the merge (e.g. {@code --allow-mixed-versions})
     */
    public static SlurmPlan sharded(String command, String name, Path spec, SlurmLayout layout, SlurmOptions options,
                                    Integer threads, List<String> extra) {
        int n = options.shards();
        String specPath = spec.toAbsolutePath().normalize().toString();
        List<String> extras = List.copyOf(extra);
        List<String> merge = new ArrayList<>(List.of(command, "merge"));
        for (int i = 1; i <= n; i++) {
            merge.add(layout.shard(i, n).toString());
        }
        merge.addAll(List.of("--out", layout.staging().toString(), "--force"));
        merge.addAll(extras);
        return new SlurmPlan(command, name, layout, options, i -> {
            List<String> a = new ArrayList<>(List.of(command, specPath, "--shard", i + "/" + n, "--out",
                    layout.shard(i, n).toString(), "--resume", "--threads",
                    threads != null ? threads.toString() : THREADS));
            a.addAll(extras);
            return a;
        }, merge);
    }

    /** The command that shows the progress of this submission, e.g. {@code kozan batch status DIR}. */
    public String statusCommand() {
        return "kozan " + command + " status " + SlurmScripts.word(layout.dir().toString());
    }
}
