package kozan.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where one replication's annual rows go in a run: annual.csv ({@link AnnualCsvWriter}), the rows of the target years
 * kept for the summaries, and the run's {@link AnnualTable} for the charts (when there is one). Each value is
 * formatted once ({@link Numbers#format}); the kept values are that text read back, as reading annual.csv gives them,
 * so the summaries and charts made from them equal those made from the file, without reading it.
 */
final class AnnualOutputs implements AnnualRows {

    private record Row(int year, String metric, String commodity, String region, String detail, double value) {
    }

    private final Set<Integer> targetYears;
    private final AnnualCsvWriter csv;
    private final AnnualTable table;
    private final List<Row> kept = new ArrayList<>();
    private int replication;

    /** @param table the run's table, or null */
    AnnualOutputs(Set<Integer> targetYears, AnnualCsvWriter csv, AnnualTable table) {
        this.targetYears = Objects.requireNonNull(targetYears);
        this.csv = Objects.requireNonNull(csv);
        this.table = table;
    }

    @Override
    public void accept(int replication, int year, String metric, String commodity, String region, String detail,
                       double value) {
        String text = Numbers.format(value);
        csv.accept(replication, year, metric, commodity, region, detail, text);
        boolean target = targetYears.contains(year);
        if (target || table != null) {
            double asWritten = Double.parseDouble(text);
            if (target) {
                this.replication = replication;
                kept.add(new Row(year, metric, commodity, region, detail, asWritten));
            }
            if (table != null) {
                table.accept(replication, year, metric, commodity, region, detail, asWritten);
            }
        }
    }

    /** Sends the kept rows of the target years, in the order they came, to {@code summary}. */
    void replay(AnnualRows summary) {
        for (Row r : kept) {
            summary.accept(replication, r.year(), r.metric(), r.commodity(), r.region(), r.detail(), r.value());
        }
    }

    @Override
    public void close() {
        csv.close();
    }
}
