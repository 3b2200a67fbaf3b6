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

    /**
     * Whether this sink uses any row of month {@code step}: the recorder computes no row of a month its sink would drop
     * (a batch keeps its few metrics in its few years; docs/architecture.md, "Only the rows a sink uses are
     * computed"). A hint, not a filter: a sink must say true for every month whose rows it keeps, and it still drops,
     * itself, whatever it receives and does not keep. Default: every month.
     */
    default boolean wantsMonth(int step) {
        return true;
    }

    /**
     * Whether this sink uses rows of {@code metric} (asked once per run, before the first month): the recorder does not
     * call the reporter of a metric its sink would drop. A hint like {@link #wantsMonth}. Default: every metric.
     */
    default boolean wantsMetric(String metric) {
        return true;
    }

    /**
     * Whether this sink takes the monthly impact rows ({@link #impact}); the recorder builds them only when the sink
     * it writes to does (the results writer's impacts.csv, docs/outputs.md).
     */
    default boolean wantsImpacts() {
        return false;
    }

    /**
     * One monthly impact row (kozan.observe.impacts.ImpactRecorder): region id (never national), IO sector code
     * (never all), effect {@code direct|indirect|induced}; persons this month; JPY (2025) this month. Called after
     * the month's metric rows, only when {@link #wantsImpacts()}.
     */
    default void impact(int step, String region, String industry, String effect, double employment,
                        double labourIncomeYen, double valueAddedYen, double outputYen) {
    }

    /** Flush and release resources; called once when the run ends. */
    @Override
    default void close() {
    }
}
