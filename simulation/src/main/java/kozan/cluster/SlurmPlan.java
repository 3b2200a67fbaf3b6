package kozan.cluster;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One sharded job for Slurm, independent of what a shard computes: the command line of shard i (Kozan's arguments
 * after {@code kozan}, e.g. {@code batch SPEC --shard i/n --out DIR/shards/... --resume}) and of the merge.
 *
 * @param name      job name suffix (letters, digits, {@code _ - .}), shown by squeue as {@code kozan-NAME}
 * @param layout    where the scripts, shards and merged results go
 * @param options   the sbatch options
 * @param shardArgs arguments of shard {@code i} (1-based); {@link #THREADS} stands for the CPUs Slurm gave the task
 * @param mergeArgs arguments of the merge; it must write its results to {@link SlurmLayout#staging()}
 */
public record SlurmPlan(String name, SlurmLayout layout, SlurmOptions options, IntFunction<List<String>> shardArgs,
                        List<String> mergeArgs) {

    /** An argument that the task script replaces with its CPU count ({@code SLURM_CPUS_PER_TASK}, else 1). */
    public static final String THREADS = "${KOZAN_SLURM_THREADS}";

    public SlurmPlan {
        mergeArgs = List.copyOf(mergeArgs);
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("job name '" + name + "': only letters, digits and _ - . are allowed");
        }
    }
}
