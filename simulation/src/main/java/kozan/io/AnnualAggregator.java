package kozan.io;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
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
 * <p>Only the current year's totals are held, so memory does not grow with the horizon. Rows of a year are emitted
 * in the order their keys first appeared in that year (the Recorder's fixed emission order).
 *
 * <p>The totals are arrays indexed by {@link SeriesIndex} ids (docs/architecture.md, "Recording"): a row costs a
 * predicted id and three array writes, and a year's roll-up is a pass over the ids the year touched.
 */
public final class AnnualAggregator implements RowSink {

    private final int replication;
    private final YearClock clock;
    private final Map<String, MetricDef> metrics;
    private final AnnualRows out;
    private final SeriesIndex index = new SeriesIndex();
    /** Ratio components by expression ("a+b" -> {"a", "b"}), split once. */
    private final Map<String, String[]> components = new HashMap<>();

    // by series id
    private MetricDef[] def = new MetricDef[256];
    private double[] sum = new double[256];
    private double[] last = new double[256];
    private int[] lastStep = new int[256];
    /** The year number ({@link #yearNumber}) a series last had a row in. */
    private int[] seenIn = new int[256];
    /** Ids of a RATIO series' numerator and denominator parts (-1 until the part's series is registered). */
    private int[][] numeratorIds = new int[256][];
    private int[][] denominatorIds = new int[256][];

    /** Ids with a row in the current year, in the order of their first row. */
    private int[] year = new int[256];
    private int yearSize;
    /** Counts the years rolled up; starts at 1 so that a fresh series (seenIn 0) is new in the year. */
    private int yearNumber = 1;

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
        int id = index.id(metric, commodity, region, detail);
        if (id >= def.length) {
            grow();
        }
        if (def[id] == null) {
            register(id, metric);
        }
        if (seenIn[id] != yearNumber) { // the series' first row this year
            seenIn[id] = yearNumber;
            sum[id] = 0.0;
            if (yearSize == year.length) {
                year = Arrays.copyOf(year, yearSize * 2);
            }
            year[yearSize++] = id;
        }
        sum[id] += value;
        last[id] = value;
        lastStep[id] = step;
    }

    /** Writes the last (possibly partial) year and closes the output. */
    @Override
    public void close() {
        flush();
        out.close();
    }

    private void register(int id, String metric) {
        MetricDef d = definition(metric);
        def[id] = d;
        if (d.aggregation() == kozan.observe.Aggregation.RATIO) {
            numeratorIds[id] = unresolved(split(d.numerator()).length);
            denominatorIds[id] = unresolved(split(d.denominator()).length);
        }
    }

    private MetricDef definition(String metric) {
        MetricDef def = metrics.get(metric);
        if (def == null) {
            throw new IllegalArgumentException("no MetricDef for metric '" + metric + "'");
        }
        if (def.aggregation() == kozan.observe.Aggregation.RATIO) {
            for (String part : parts(def.numerator(), def, "numerator")) {
                definition(part.strip());
            }
            for (String part : parts(def.denominator(), def, "denominator")) {
                definition(part.strip());
            }
        }
        return def;
    }

    private static String[] parts(String expression, MetricDef def, String role) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("RATIO metric '" + def.name() + "' has no " + role);
        }
        return expression.split("\\+");
    }

    /** The metric names of a checked ratio expression. */
    private String[] split(String expression) {
        return components.computeIfAbsent(expression, e -> Arrays.stream(e.split("\\+")).map(String::strip)
                .toArray(String[]::new));
    }

    private void flush() {
        if (yearSize == 0) {
            return;
        }
        for (int k = 0; k < yearSize; k++) {
            int id = year[k];
            double value = switch (def[id].aggregation()) {
                case SUM -> sum[id];
                case LAST -> lastStep[id] == clock.lastStep() ? last[id] : 0.0;
                case MEAN -> sum[id] / clock.months();
                case RATIO -> ratio(id);
            };
            out.accept(replication, clock.year(), index.metric(id), index.commodity(id), index.region(id),
                    index.detail(id), value);
        }
        yearSize = 0;
        yearNumber++;
        clock.yearWritten();
    }

    private double ratio(int id) {
        double numerator = annualSum(def[id].numerator(), numeratorIds[id], id);
        double denominator = annualSum(def[id].denominator(), denominatorIds[id], id);
        return denominator == 0.0 ? sum[id] / clock.months() : numerator / denominator;
    }

    /**
     * The year's sum of the parts of a ratio expression with the ratio's commodity, region and detail: a part without
     * a row this year counts 0.
     */
    private double annualSum(String expression, int[] partIds, int ratioId) {
        String[] names = split(expression);
        double total = 0.0;
        for (int p = 0; p < names.length; p++) {
            if (partIds[p] < 0) {
                partIds[p] = index.find(names[p], index.commodity(ratioId), index.region(ratioId),
                        index.detail(ratioId));
            }
            int part = partIds[p];
            if (part >= 0 && part < seenIn.length && seenIn[part] == yearNumber) {
                total += sum[part];
            }
        }
        return total;
    }

    private void grow() {
        int n = def.length * 2;
        def = Arrays.copyOf(def, n);
        sum = Arrays.copyOf(sum, n);
        last = Arrays.copyOf(last, n);
        lastStep = Arrays.copyOf(lastStep, n);
        seenIn = Arrays.copyOf(seenIn, n);
        numeratorIds = Arrays.copyOf(numeratorIds, n);
        denominatorIds = Arrays.copyOf(denominatorIds, n);
    }

    private static int[] unresolved(int n) {
        int[] ids = new int[n];
        Arrays.fill(ids, -1);
        return ids;
    }
}
