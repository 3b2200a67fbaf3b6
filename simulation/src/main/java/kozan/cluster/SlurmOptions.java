package kozan.cluster;

import java.util.List;

/**
 * What the user asked of Slurm ({@code --slurm} and its options).
 *
 * @param shards      number of array tasks (one shard each), at least 1
 * @param partition   {@code --partition}, or null for the cluster's default
 * @param time        {@code --time} per task (Slurm's format, e.g. {@code 2:00:00}), or null for the default
 * @param cpusPerTask {@code --cpus-per-task}, or null for the default (each task then uses the CPUs Slurm gives it)
 * @param sbatchArgs  further sbatch options, written verbatim into both scripts (e.g. {@code --account=econ})
 */
public record SlurmOptions(int shards, String partition, String time, Integer cpusPerTask, List<String> sbatchArgs) {

    /** The largest array a stock Slurm accepts (MaxArraySize defaults to 1001, so indices up to 1000). */
    public static final int MAX_SHARDS = 1000;

    public SlurmOptions {
        sbatchArgs = List.copyOf(sbatchArgs);
        if (shards < 1 || shards > MAX_SHARDS) {
            throw new IllegalArgumentException("--shards must be between 1 and " + MAX_SHARDS + " (Slurm's default"
                    + " MaxArraySize), got " + shards);
        }
        if (cpusPerTask != null && cpusPerTask < 1) {
            throw new IllegalArgumentException("--cpus-per-task must be at least 1, got " + cpusPerTask);
        }
        for (String a : sbatchArgs) {
            if (!a.startsWith("-") || a.contains("\n")) {
                throw new IllegalArgumentException("--sbatch-arg '" + a + "' is not an sbatch option: give one option"
                        + " per --sbatch-arg, with its value after '=', e.g. --sbatch-arg=--account=econ");
            }
        }
        for (String[] v : new String[][] {{"--partition", partition}, {"--time", time}}) {
            if (v[1] != null && (v[1].isBlank() || v[1].matches(".*\\s.*"))) {
                throw new IllegalArgumentException(v[0] + " '" + v[1] + "' must be one word without spaces");
            }
        }
    }
}
