package kozan.io;

/** Receives annual rows (annual.csv columns) from an {@link AnnualAggregator}. */
public interface AnnualRows extends AutoCloseable {

    void accept(int replication, int year, String metric, String commodity, String region, String detail, double value);

    @Override
    default void close() {
    }
}
