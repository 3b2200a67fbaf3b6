package kozan.io;

import java.util.Comparator;

/**
 * Identifies one series of a results file: a metric and its dimensions. Empty strings mean "none" (national
 * totals use region "", commodity-free metrics use commodity ""). Ordered by metric, commodity, region, detail so
 * that anything iterating keys does so in a stable order.
 */
public record SeriesKey(String metric, String commodity, String region, String detail) implements Comparable<SeriesKey> {

    private static final Comparator<SeriesKey> ORDER = Comparator.comparing((SeriesKey k) -> k.metric)
            .thenComparing((SeriesKey k) -> k.commodity).thenComparing((SeriesKey k) -> k.region)
            .thenComparing((SeriesKey k) -> k.detail);

    public SeriesKey {
        metric = metric == null ? "" : metric;
        commodity = commodity == null ? "" : commodity;
        region = region == null ? "" : region;
        detail = detail == null ? "" : detail;
    }

    public static SeriesKey of(String metric) {
        return new SeriesKey(metric, "", "", "");
    }

    public static SeriesKey commodity(String metric, String commodity) {
        return new SeriesKey(metric, commodity, "", "");
    }

    public static SeriesKey region(String metric, String region) {
        return new SeriesKey(metric, "", region, "");
    }

    @Override
    public int compareTo(SeriesKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return metric + "[" + commodity + "|" + region + "|" + detail + "]";
    }
}
