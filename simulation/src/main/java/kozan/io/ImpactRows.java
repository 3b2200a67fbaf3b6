package kozan.io;

/**
 * Receives the annual impact rows of one replication from {@link ImpactsAggregator}: the run's impacts.csv
 * ({@link ImpactsCsv}) or a table kept in memory for a comparison ({@link ImpactsTable}).
 */
public interface ImpactRows extends AutoCloseable {

    /**
     * One row; {@code values} in {@link ImpactsCsv#VALUES} order (persons: annual mean; JPY (2025): annual sums).
     */
    void row(int replication, int year, String region, String industry, String effect, double[] values);

    /** Called once when the replication ends. */
    @Override
    default void close() {
    }
}
