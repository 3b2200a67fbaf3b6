package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.observe.Aggregation;
import kozan.observe.MetricDef;
import org.junit.jupiter.api.Test;

class AnnualAggregatorTest {

    record Row(int replication, int year, String metric, String commodity, String value) {
    }

    static final Map<String, MetricDef> METRICS = new LinkedHashMap<>();

    static {
        for (MetricDef m : List.of(
                MetricDef.of("flow_t", "t", Aggregation.SUM, "[commodity]", "a flow"),
                MetricDef.of("stock_t", "t", Aggregation.LAST, "[commodity]", "a stock"),
                MetricDef.of("price", "JPY/t", Aggregation.MEAN, "[commodity]", "a level"),
                MetricDef.of("imports_t", "t", Aggregation.SUM, "[commodity]", "imports"),
                MetricDef.of("domestic_t", "t", Aggregation.SUM, "[commodity]", "domestic supply"),
                MetricDef.ratio("dependence", "imports_t", "imports_t+domestic_t", "[commodity]", "import share"))) {
            METRICS.put(m.name(), m);
        }
    }

    private static List<Row> aggregate(YearMonth start, double[][] months, boolean stockInLastMonth) {
        List<Row> rows = new ArrayList<>();
        AnnualRows out = (rep, year, metric, commodity, region, detail, value) ->
                rows.add(new Row(rep, year, metric, commodity, Numbers.format(value)));
        try (AnnualAggregator agg = new AnnualAggregator(7, start, METRICS, out)) {
            for (int step = 0; step < months.length; step++) {
                double[] m = months[step];
                agg.accept(step, "flow_t", "cu", "", "", m[0]);
                if (stockInLastMonth || step < months.length - 1) {
                    agg.accept(step, "stock_t", "cu", "", "", m[1]);
                }
                agg.accept(step, "price", "cu", "", "", m[2]);
                agg.accept(step, "imports_t", "cu", "", "", m[3]);
                agg.accept(step, "domestic_t", "cu", "", "", m[4]);
                agg.accept(step, "dependence", "cu", "", "", m[5]);
            }
        }
        return rows;
    }

    // flow, stock, price, imports, domestic, monthly dependence
    static final double[][] MONTHS = {
            {1, 10, 100, 3, 1, 0.75},  // 2025-11
            {2, 20, 200, 1, 1, 0.5},   // 2025-12
            {4, 5, 50, 0, 0, 0.4},     // 2026-01: no supply at all, ratio undefined from sums
            {8, 6, 70, 0, 0, 0.6},     // 2026-02 (last simulated month)
    };

    @Test
    void rollsPartialYearsUpPerAggregationKind() {
        List<Row> rows = aggregate(YearMonth.of(2025, 11), MONTHS, true);
        assertThat(rows).containsExactly(
                new Row(7, 2025, "flow_t", "cu", "3"),           // SUM of Nov+Dec
                new Row(7, 2025, "stock_t", "cu", "20"),         // LAST = December
                new Row(7, 2025, "price", "cu", "150"),          // MEAN of 2 months
                new Row(7, 2025, "imports_t", "cu", "4"),
                new Row(7, 2025, "domestic_t", "cu", "2"),
                new Row(7, 2025, "dependence", "cu", "0.666666666667"), // 4 / (4 + 2), not the monthly mean 0.625
                new Row(7, 2026, "flow_t", "cu", "12"),
                new Row(7, 2026, "stock_t", "cu", "6"),          // last simulated month of a partial year
                new Row(7, 2026, "price", "cu", "60"),
                new Row(7, 2026, "imports_t", "cu", "0"),
                new Row(7, 2026, "domestic_t", "cu", "0"),
                new Row(7, 2026, "dependence", "cu", "0.5"));    // denominator 0: mean of monthly values
    }

    @Test
    void stockMissingInLastMonthCountsAsZero() {
        List<Row> rows = aggregate(YearMonth.of(2025, 11), MONTHS, false);
        assertThat(rows).filteredOn(r -> r.metric().equals("stock_t"))
                .extracting(Row::value).containsExactly("20", "0");
    }

    @Test
    void meanDividesByMonthsSimulatedNotMonthsReported() {
        List<Row> rows = new ArrayList<>();
        AnnualRows out = (rep, year, metric, c, r, d, value) -> rows.add(new Row(rep, year, metric, c, Numbers.format(value)));
        try (AnnualAggregator agg = new AnnualAggregator(0, YearMonth.of(2030, 1), METRICS, out)) {
            for (int step = 0; step < 12; step++) {
                agg.accept(step, "flow_t", "cu", "", "", 1);
                if (step >= 6) {
                    agg.accept(step, "price", "ni", "", "", 12); // appears mid-year
                }
            }
        }
        assertThat(rows).extracting(Row::metric, Row::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("flow_t", "12"),
                        org.assertj.core.groups.Tuple.tuple("price", "6"));
    }

    @Test
    void fullYearSumOfTwelveMonths() {
        double[] total = {0};
        AnnualRows out = (rep, year, metric, c, r, d, value) -> total[0] += value;
        try (AnnualAggregator agg = new AnnualAggregator(0, YearMonth.of(2030, 1), METRICS, out)) {
            for (int step = 0; step < 12; step++) {
                agg.accept(step, "flow_t", "cu", "", "", 0.1);
            }
        }
        assertThat(total[0]).isCloseTo(1.2, within(1e-12));
    }

    @Test
    void rejectsUnknownMetricsAndOutOfOrderSteps() {
        try (AnnualAggregator agg = new AnnualAggregator(0, YearMonth.of(2030, 1), METRICS, (a, b, c, d, e, f, g) -> { })) {
            assertThatThrownBy(() -> agg.accept(0, "no_such_metric", "", "", "", 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_metric");
            agg.accept(3, "flow_t", "", "", "", 1);
            assertThatThrownBy(() -> agg.accept(2, "flow_t", "", "", "", 1))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("step order");
        }
    }

    @Test
    void ratioWithUnknownComponentIsRejected() {
        Map<String, MetricDef> metrics = Map.of("bad", MetricDef.ratio("bad", "imports_t", "nothing_t", "", ""),
                "imports_t", METRICS.get("imports_t"));
        try (AnnualAggregator agg = new AnnualAggregator(0, YearMonth.of(2030, 1), metrics, (a, b, c, d, e, f, g) -> { })) {
            assertThatThrownBy(() -> agg.accept(0, "bad", "", "", "", 1)).hasMessageContaining("nothing_t");
        }
    }
}
