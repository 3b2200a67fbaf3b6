/**
 * Running sharded work on a cluster: the Slurm job array of shards, the dependent merge job, waiting for them, and
 * the progress of every shard (docs/cluster.md). Generic over what a shard is: the caller gives the command line
 * of shard i and of the merge ({@link kozan.cluster.SlurmPlan}), so batch and sensitivity share one implementation.
 */
package kozan.cluster;
