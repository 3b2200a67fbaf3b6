package kozan.model;

import java.util.ArrayList;
import java.util.List;
import kozan.observe.RowSink;

/** Keeps rows in memory for tests. */
public final class MemorySink implements RowSink {

    public record Row(int step, String metric, String commodity, String region, String detail, double value) {
    }

    public final List<Row> rows = new ArrayList<>();

    @Override
    public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        rows.add(new Row(step, metric, commodity, region, detail, value));
    }

    /** Value of one row at a step, or NaN. */
    public double value(int step, String metric, String commodity, String region, String detail) {
        for (Row r : rows) {
            if (r.step == step && r.metric.equals(metric) && r.commodity.equals(commodity) && r.region.equals(region)
                    && r.detail.equals(detail)) {
                return r.value;
            }
        }
        return Double.NaN;
    }
}
