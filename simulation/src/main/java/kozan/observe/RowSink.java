package kozan.observe;

/**
 * Receives tidy metric rows as the Recorder produces them (one call per row, in a deterministic order).
 * Implementations stream to disk (kozan.io), to charts (kozan.gui) or to memory (tests).
 */
public interface RowSink extends AutoCloseable {

    /**
     * @param step      0-based month index
     * @param metric    metric name from {@link MetricDef}
     * @param commodity commodity id or "" for none
     * @param region    region id or "" for national
     * @param detail    extra dimension (import source, mine stage, supplier kind, policy lever) or ""
     * @param value     value in the metric's unit
     */
    void accept(int step, String metric, String commodity, String region, String detail, double value);

    /** Flush and release resources; called once when the run ends. */
    @Override
    default void close() {
    }
}
