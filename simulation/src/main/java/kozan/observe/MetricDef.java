package kozan.observe;

/**
 * One output metric: its name, unit, how it rolls up to a year, what its dimensions are and what it means.
 * For RATIO metrics, numerator and denominator name the SUM metrics (same commodity/region/detail) it is
 * recomputed from in annual output.
 */
public record MetricDef(String name, String unit, Aggregation aggregation, String dimensions, String description,
                        String numerator, String denominator) {

    public static MetricDef of(String name, String unit, Aggregation aggregation, String dimensions, String description) {
        return new MetricDef(name, unit, aggregation, dimensions, description, null, null);
    }

    public static MetricDef ratio(String name, String numerator, String denominator, String dimensions, String description) {
        return new MetricDef(name, "share (0-1)", Aggregation.RATIO, dimensions, description, numerator, denominator);
    }
}
