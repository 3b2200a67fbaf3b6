package kozan.batch;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import kozan.io.AnnualAggregator;
import kozan.io.AnnualRows;
import kozan.observe.IndirectDetails;
import kozan.observe.MetricDef;
import kozan.observe.RowSink;

/**
 * Keeps only what a batch asks for from one run: the selected metrics' annual values (rolled up exactly as
 * annual.csv does, by kozan.io.AnnualAggregator) in the selected years. Rows of other metrics and of other years
 * are dropped before aggregation (ratio components are let through), so a run holds a few hundred numbers at most
 * and the sink's cost per row is a step comparison for nearly every row: a batch keeping 2 of 35 years used to
 * roll up all 35 and spent a quarter of its run time there (docs/batch.md, "Performance").
 */
final class KeptMetricsSink implements RowSink {

    private final Set<String> needed;
    private final YearMonth start;
    private final Set<Integer> years;
    private final AnnualAggregator aggregator;
    /** The step of the last row seen, and whether its calendar year is kept (rows arrive in step order). */
    private int step = -1;
    private boolean keptYear;
    /**
     * The metric of the last row and whether it is needed: a reporter writes all rows of its metric one after another
     * (kozan.observe.Recorder), with the catalogue's name instance, so a reference comparison spares the hash look-up
     * for nearly every row of a kept year (JFR: HashMap.containsKey from here was 1.8% of a batch's samples). A
     * different instance with the same name is simply looked up again.
     */
    private String metric;
    private boolean neededMetric;
    private final SortedMap<MetricKey, Double> kept = new TreeMap<>();
    /** The run's impact table roll-up, or null when the batch keeps none (every plain batch). */
    private RowSink impacts;

    /**
     * @param needed metric names to let through: the kept metrics and their ratio components
     */
    KeptMetricsSink(int replication, YearMonth start, Map<String, MetricDef> defs, Set<String> needed,
                    List<BatchSpec.MetricSelector> selectors, Set<Integer> years) {
        this.needed = needed;
        this.start = start;
        this.years = years;
        AnnualRows rows = (rep, year, metric, commodity, region, detail, value) -> {
            if (!years.contains(year)) {
                return;
            }
            if (anyMatches(selectors, false, metric, commodity, region, detail)) {
                kept.put(new MetricKey(metric, commodity, region, detail, year), value);
            }
            // a selector naming a detail by its name before a split (detail: PROCESSING) keeps the sum of its parts
            String legacy = IndirectDetails.legacyDetail(metric, detail);
            if (legacy != null && anyMatches(selectors, true, metric, commodity, region, legacy)) {
                kept.merge(new MetricKey(metric, commodity, region, legacy, year), value, Double::sum);
            }
        };
        this.aggregator = new AnnualAggregator(replication, start, defs, rows);
    }

    /** Whether a selector (only those naming a detail, when {@code namedDetail}) keeps the row; a loop, not a stream. */
    private static boolean anyMatches(List<BatchSpec.MetricSelector> selectors, boolean namedDetail, String metric,
                                      String commodity, String region, String detail) {
        for (BatchSpec.MetricSelector s : selectors) {
            if ((!namedDetail || s.detail() != null) && s.matches(metric, commodity, region, detail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Also takes the monthly impact rows into {@code rollUp} (a {@link kozan.io.ImpactsAggregator}); it sees every
     * metric row too, since it counts a year's months from them, as in a run's impacts.csv.
     */
    KeptMetricsSink withImpacts(RowSink rollUp) {
        this.impacts = rollUp;
        return this;
    }

    @Override
    public boolean wantsImpacts() {
        return impacts != null;
    }

    @Override
    public void impact(int step, String region, String industry, String effect, double employment,
                       double labourIncomeYen, double valueAddedYen, double outputYen) {
        impacts.impact(step, region, industry, effect, employment, labourIncomeYen, valueAddedYen, outputYen);
    }

    /**
     * Every month when the impact roll-up is attached (it counts a year's months from the metric rows), else the
     * months of the kept years: in a baseline batch keeping 2 of 35 years the recorder computes nothing in the
     * other 33.
     */
    @Override
    public boolean wantsMonth(int step) {
        return impacts != null || inKeptYear(step);
    }

    /** Every metric when the impact roll-up is attached, else the kept metrics and their ratio components. */
    @Override
    public boolean wantsMetric(String metric) {
        return impacts != null || needed.contains(metric);
    }

    /** Whether month {@code step} falls in a kept year (cached for the month: rows arrive in step order). */
    private boolean inKeptYear(int step) {
        if (step != this.step) {
            this.step = step;
            keptYear = years.contains(start.plusMonths(step).getYear());
        }
        return keptYear;
    }

    @Override
    public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        if (impacts != null) {
            impacts.accept(step, metric, commodity, region, detail, value);
        }
        // Exact: the roll-up of a year sees only that year's rows, the year clock counts the same months whether
        // or not the years before were shown to it, and the annual rows of other years were never kept.
        if (!inKeptYear(step)) {
            return;
        }
        if (metric != this.metric) {
            this.metric = metric;
            neededMetric = needed.contains(metric);
        }
        if (neededMetric) {
            aggregator.accept(step, metric, commodity, region, detail, value);
        }
    }

    @Override
    public void close() {
        aggregator.close();
        if (impacts != null) {
            impacts.close();
        }
    }

    /** The kept values; valid after {@link #close()}. */
    SortedMap<MetricKey, Double> values() {
        return kept;
    }
}
