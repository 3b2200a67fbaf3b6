package kozan.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Passes annual rows on and keeps those of the target years, with each value as annual.csv writes it (rounded to
 * {@link Numbers#format}'s 12 significant digits and read back), so the summaries made from them equal the summaries
 * of annual.csv read back, without reading it. A few thousand rows per replication; one per replication.
 */
final class TargetYearRows implements AnnualRows {

    private record Row(int year, String metric, String commodity, String region, String detail, double value) {
    }

    private final Set<Integer> targetYears;
    private final AnnualRows out;
    private final List<Row> kept = new ArrayList<>();
    private int replication;

    TargetYearRows(Set<Integer> targetYears, AnnualRows out) {
        this.targetYears = Objects.requireNonNull(targetYears);
        this.out = Objects.requireNonNull(out);
    }

    @Override
    public void accept(int replication, int year, String metric, String commodity, String region, String detail,
                       double value) {
        out.accept(replication, year, metric, commodity, region, detail, value);
        if (targetYears.contains(year)) {
            this.replication = replication;
            kept.add(new Row(year, metric, commodity, region, detail, Double.parseDouble(Numbers.format(value))));
        }
    }

    /** Sends the kept rows, in the order they came, to {@code summary}. */
    void replay(AnnualRows summary) {
        for (Row r : kept) {
            summary.accept(replication, r.year(), r.metric(), r.commodity(), r.region(), r.detail(), r.value());
        }
    }

    @Override
    public void close() {
        out.close();
    }
}
