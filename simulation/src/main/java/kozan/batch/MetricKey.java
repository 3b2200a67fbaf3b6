package kozan.batch;

/**
 * One kept value of a run: a metric row (commodity, region, detail; "" = none/national) in one calendar year.
 * Ordered by metric, commodity, region, detail, year so outputs list values in a fixed order.
 */
public record MetricKey(String metric, String commodity, String region, String detail, int year)
        implements Comparable<MetricKey> {

    /**
     * Field by field, written out rather than as a chain of {@code Comparator.comparing}: the final tables compare
     * keys millions of times, and the chain's lambdas cost several times the comparisons themselves (JFR).
     */
    @Override
    public int compareTo(MetricKey o) {
        int c = metric.compareTo(o.metric);
        if (c == 0) {
            c = commodity.compareTo(o.commodity);
        }
        if (c == 0) {
            c = region.compareTo(o.region);
        }
        if (c == 0) {
            c = detail.compareTo(o.detail);
        }
        return c != 0 ? c : Integer.compare(year, o.year);
    }

    /** Column name in runs.csv, e.g. {@code imports_t{commodity=rare_earths}@2035} or {@code co2e_t@2030}. */
    public String column() {
        StringBuilder b = new StringBuilder(metric);
        StringBuilder dims = new StringBuilder();
        append(dims, "commodity", commodity);
        append(dims, "region", region);
        append(dims, "detail", detail);
        if (dims.length() > 0) {
            b.append('{').append(dims).append('}');
        }
        return b.append('@').append(year).toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (!value.isEmpty()) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(name).append('=').append(value);
        }
    }
}
