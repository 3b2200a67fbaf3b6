package kozan.batch;

import java.util.SortedMap;

/** The contract between the batch machinery and whatever performs one run (the model, or a fake in tests). */
public final class BatchRunner {

    private BatchRunner() {
    }

    /**
     * Performs one run. Must be deterministic in its arguments and safe to call from several threads at once.
     * Throwing marks the run as failed (the batch goes on).
     */
    @FunctionalInterface
    public interface RunFunction {
        /**
         * @param point       the design point (base scenario and parameter values)
         * @param replication 0-based replication; the same k at every point gives common random numbers
         * @param baseSeed    the batch's base seed (replaces the scenario's run.seed)
         * @return kept annual values by (metric, commodity, region, detail, year)
         */
        SortedMap<MetricKey, Double> run(DesignPoint point, int replication, long baseSeed) throws Exception;

        /** The master seed replication k runs with (reported in runs.csv, also for failed runs). */
        default long masterSeed(long baseSeed, int replication) {
            return baseSeed;
        }
    }
}
