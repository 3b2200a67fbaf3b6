package kozan.gui.live;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every metric row of one month, as the Recorder emitted them (immutable). Totals follow the results files'
 * convention (see kozan.chart.Totals): a row with an empty detail is the writer's own total and is used alone,
 * and national values come from region "" rows when present, else from the sum over regions.
 */
public final class Snapshot {

    private final int step;
    private final YearMonth month;
    private final Map<RowKey, Double> values;

    public Snapshot(int step, YearMonth month, Map<RowKey, Double> values) {
        this.step = step;
        this.month = month;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** 0-based month index. */
    public int step() {
        return step;
    }

    public YearMonth month() {
        return month;
    }

    /** Calendar time as a number for charts: year + (month - 1) / 12. */
    public double yearFraction() {
        return month.getYear() + (month.getMonthValue() - 1) / 12.0;
    }

    public Map<RowKey, Double> values() {
        return values;
    }

    /** One row's value, NaN when the month has no such row. */
    public double value(String metric, String commodity, String region, String detail) {
        Double v = values.get(new RowKey(metric, commodity, region, detail));
        return v == null ? Double.NaN : v;
    }

    /** National total of a metric for a commodity ("" for commodity-free metrics); NaN when absent. */
    public double national(String metric, String commodity) {
        List<RowKey> national = keys(k -> k.metric().equals(metric) && k.commodity().equals(commodity)
                && k.region().isEmpty());
        if (!national.isEmpty()) {
            return sumPreferringTotals(national);
        }
        double sum = Double.NaN;
        for (String region : dimension(metric, RowKey::region)) {
            double v = region(metric, commodity, region);
            sum = Double.isNaN(sum) ? v : sum + v;
        }
        return sum;
    }

    /** Total of a metric in one region over its details; NaN when absent. */
    public double region(String metric, String commodity, String region) {
        return sumPreferringTotals(keys(k -> k.metric().equals(metric) && k.commodity().equals(commodity)
                && k.region().equals(region)));
    }

    /** Sum over the matching rows, preferring empty-detail totals among them; NaN when none match. */
    public double sum(Predicate<RowKey> filter) {
        return sumPreferringTotals(keys(filter));
    }

    private double sumPreferringTotals(List<RowKey> keys) {
        if (keys.isEmpty()) {
            return Double.NaN;
        }
        List<RowKey> totals = keys.stream().filter(k -> k.detail().isEmpty()).toList();
        double sum = 0;
        for (RowKey k : totals.isEmpty() ? keys : totals) {
            sum += values.get(k);
        }
        return sum;
    }

    public List<RowKey> keys(Predicate<RowKey> filter) {
        List<RowKey> out = new ArrayList<>();
        for (RowKey k : values.keySet()) {
            if (filter.test(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Distinct non-empty values of one dimension of a metric's rows, in emission order. */
    public List<String> dimension(String metric, java.util.function.Function<RowKey, String> dim) {
        List<String> out = new ArrayList<>();
        for (RowKey k : values.keySet()) {
            String d = dim.apply(k);
            if (k.metric().equals(metric) && !d.isEmpty() && !out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }
}
