package kozan.observe;

/**
 * One output metric, defined once: its name, unit, how it rolls up to a year, its dimensions, what it means and
 * the {@link Reporter} that reads its rows from the model each month. For RATIO metrics, numerator and
 * denominator name the SUM metrics (same commodity/region/detail) it is recomputed from in annual output.
 * The reporter is null only for definitions of engines that write their own rows (tests, fakes).
 */
public record MetricDef(String name, String unit, Aggregation aggregation, String dimensions, String description,
                        String numerator, String denominator, Reporter reporter) {

    public static MetricDef of(String name, String unit, Aggregation aggregation, String dimensions, String description,
                               Reporter reporter) {
        return new MetricDef(name, unit, aggregation, dimensions, description, null, null, reporter);
    }

    public static MetricDef ratio(String name, String numerator, String denominator, String dimensions, String description,
                                  Reporter reporter) {
        return new MetricDef(name, "share (0-1)", Aggregation.RATIO, dimensions, description, numerator, denominator, reporter);
    }

    /** A definition without a reporter (an engine other than the model writes the rows). */
    public static MetricDef of(String name, String unit, Aggregation aggregation, String dimensions, String description) {
        return of(name, unit, aggregation, dimensions, description, null);
    }

    /** A RATIO definition without a reporter. */
    public static MetricDef ratio(String name, String numerator, String denominator, String dimensions, String description) {
        return ratio(name, numerator, denominator, dimensions, description, null);
    }
}
