package kozan.chart;

import kozan.io.SeriesKey;
import kozan.io.SeriesTable;
import kozan.observe.Metrics;
import kozan.stats.PerPeriod;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sums of series per replication, e.g. national direct jobs over all mine stages. A row with an empty detail is
 * taken as the writer's own total and used alone, so a total is never added to its parts; national values come
 * from region "" rows when the file has them, else from the sum over regions.
 */
public final class Totals {

    private Totals() {
    }

    /** National total of a metric for one commodity ("" for commodity-free metrics): [replication][period]. */
    public static double[][] national(SeriesTable t, String metric, String commodity) {
        List<SeriesKey> national = t.keys(k -> k.metric().equals(metric) && k.commodity().equals(commodity)
                && k.region().isEmpty());
        if (!national.isEmpty()) {
            return sum(t, national);
        }
        List<String> regions = t.keys(k -> k.metric().equals(metric) && k.commodity().equals(commodity)).stream()
                .map(SeriesKey::region).distinct().toList();
        List<double[][]> parts = new ArrayList<>();
        for (String r : regions) {
            parts.add(region(t, metric, commodity, r));
        }
        return PerPeriod.sum(parts, t.replicationCount(), t.periodCount());
    }

    /** Total of a metric in one region over its details: [replication][period]. */
    public static double[][] region(SeriesTable t, String metric, String commodity, String region) {
        return sum(t, t.keys(k -> k.metric().equals(metric) && k.commodity().equals(commodity)
                && k.region().equals(region)));
    }

    /** Sum over the keys a filter accepts, preferring an empty-detail total when one is among them. */
    public static double[][] sum(SeriesTable t, Predicate<SeriesKey> filter) {
        return sum(t, t.keys(filter));
    }

    static double[][] sum(SeriesTable t, List<SeriesKey> keys) {
        List<SeriesKey> totals = keys.stream().filter(k -> k.detail().isEmpty()).toList();
        // jsic_c (jobs_direct) is a weighted subtotal, not a part: never summed with the details
        List<SeriesKey> use = totals.isEmpty() ? keys.stream().filter(k -> !k.detail().equals(Metrics.DETAIL_JSIC_C)).toList() : totals;
        List<double[][]> parts = new ArrayList<>();
        for (SeriesKey k : use) {
            parts.add(t.values(k));
        }
        return PerPeriod.sum(parts, t.replicationCount(), t.periodCount());
    }

    /** Whether any series of the metric exists. */
    public static boolean has(SeriesTable t, String metric) {
        return !t.keys(metric).isEmpty();
    }

    /** Distinct non-empty values of one dimension of a metric's keys, in key order. */
    public static List<String> dimension(SeriesTable t, String metric, java.util.function.Function<SeriesKey, String> dim) {
        return t.keys(metric).stream().map(dim).filter(s -> !s.isEmpty()).distinct().sorted().toList();
    }
}
