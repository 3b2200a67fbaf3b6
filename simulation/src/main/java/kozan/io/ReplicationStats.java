package kozan.io;

/**
 * What one replication reports back (mirrors {@code kozan.observe.Runs.RunStats}, so kozan.io does not depend on
 * the model's run loop).
 *
 * @param replication 0-based replication number
 * @param masterSeed  master seed of the replication (derived from the base seed and the replication)
 * @param steps       months simulated
 * @param nanos       wall time of the replication, nanoseconds
 */
public record ReplicationStats(int replication, long masterSeed, int steps, long nanos) {
}
