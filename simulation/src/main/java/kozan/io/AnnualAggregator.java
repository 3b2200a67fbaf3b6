package kozan.io;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kozan.observe.MetricDef;
import kozan.observe.RowSink;

/**
 * Rolls one replication's monthly rows up to calendar years, per {@link MetricDef#aggregation()}:
 * SUM adds the months, LAST keeps the value of the year's last simulated month (December, or the final month of
 * a partial year), MEAN averages over the simulated months of the year, RATIO divides the annual sums of its
 * numerator and denominator metrics (each may be several metrics joined by '+', e.g.
 * {@code imports_t+domestic_origin_supply_t}) with the same commodity, region and detail.
 *
 * <p>A row the Recorder did not emit in a month counts as 0 for that month (SUM, MEAN, LAST and the ratio sums
 * alike). When a ratio's annual denominator is 0 the ratio is undefined; the mean of the metric's own monthly
 * values is written instead, so the model's convention for empty months carries over.
 *
 * <p>Only the current year's accumulators are held, so memory does not grow with the horizon. Rows of a year
 * are emitted in the order their keys first appeared in that year (the Recorder's fixed emission order).
 */
public final class AnnualAggregator implements RowSink {

    private record Key(String metric, String commodity, String region, String detail) {
    }

    /** Running totals of one key within the current year. */
    private static final class Accumulator {
        final MetricDef def;
        double sum;
        double last;
        int lastStep = -1;

        Accumulator(MetricDef def) {
            this.def = def;
        }
    }

    private final int replication;
    private final YearClock clock;
    private final Map<String, MetricDef> metrics;
    private final AnnualRows out;
    private final Map<Key, Accumulator> year = new LinkedHashMap<>();

    /**
     * @param replication replication number written with every annual row
     * @param start       calendar month of step 0
     * @param metrics     metric definitions by name (every metric emitted, and every ratio component, must be there)
     * @param out         receives the annual rows; closed by {@link #close()}
     */
    public AnnualAggregator(int replication, YearMonth start, Map<String, MetricDef> metrics, AnnualRows out) {
        this.replication = replication;
        this.clock = new YearClock(start);
        this.metrics = Objects.requireNonNull(metrics);
        this.out = Objects.requireNonNull(out);
    }

    @Override
    public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        clock.month(step, this::flush);
        Key key = new Key(metric, commodity, region, detail);
        Accumulator acc = year.get(key);
        if (acc == null) {
            acc = new Accumulator(definition(metric));
            year.put(key, acc);
        }
        acc.sum += value;
        acc.last = value;
        acc.lastStep = step;
    }

    /** Writes the last (possibly partial) year and closes the output. */
    @Override
    public void close() {
        flush();
        out.close();
    }

    private MetricDef definition(String metric) {
        MetricDef def = metrics.get(metric);
        if (def == null) {
            throw new IllegalArgumentException("no MetricDef for metric '" + metric + "'");
        }
        if (def.aggregation() == kozan.observe.Aggregation.RATIO) {
            for (String part : components(def.numerator(), def, "numerator")) {
                definition(part.strip());
            }
            for (String part : components(def.denominator(), def, "denominator")) {
                definition(part.strip());
            }
        }
        return def;
    }

    private static String[] components(String expression, MetricDef def, String role) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("RATIO metric '" + def.name() + "' has no " + role);
        }
        return expression.split("\\+");
    }

    private void flush() {
        if (year.isEmpty()) {
            return;
        }
        for (Map.Entry<Key, Accumulator> entry : year.entrySet()) {
            Key key = entry.getKey();
            Accumulator acc = entry.getValue();
            double value = switch (acc.def.aggregation()) {
                case SUM -> acc.sum;
                case LAST -> acc.lastStep == clock.lastStep() ? acc.last : 0.0;
                case MEAN -> acc.sum / clock.months();
                case RATIO -> ratio(key, acc);
            };
            out.accept(replication, clock.year(), key.metric(), key.commodity(), key.region(), key.detail(), value);
        }
        year.clear();
        clock.yearWritten();
    }

    private double ratio(Key key, Accumulator acc) {
        double numerator = annualSum(acc.def.numerator(), key);
        double denominator = annualSum(acc.def.denominator(), key);
        return denominator == 0.0 ? acc.sum / clock.months() : numerator / denominator;
    }

    private double annualSum(String expression, Key key) {
        double total = 0.0;
        for (String metric : expression.split("\\+")) {
            Accumulator part = year.get(new Key(metric.strip(), key.commodity(), key.region(), key.detail()));
            if (part != null) {
                total += part.sum;
            }
        }
        return total;
    }
}
