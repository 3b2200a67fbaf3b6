package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import kozan.observe.Aggregation;
import kozan.observe.MetricDef;
import org.junit.jupiter.api.Test;

/**
 * The sink drops the rows of years a batch does not keep before rolling up; the kept years' values must be what
 * rolling up every year gives (annual.csv's rules), including the year clock's month count and last month.
 */
class KeptMetricsSinkTest {

    private static final Map<String, MetricDef> DEFS = Map.of(
            "m_mean", MetricDef.of("m_mean", "t", Aggregation.MEAN, "", "mean"),
            "m_last", MetricDef.of("m_last", "t", Aggregation.LAST, "", "last"),
            "m_sum", MetricDef.of("m_sum", "t", Aggregation.SUM, "", "sum"),
            "num", MetricDef.of("num", "t", Aggregation.SUM, "", "numerator"),
            "den", MetricDef.of("den", "t", Aggregation.SUM, "", "denominator"),
            "share", MetricDef.ratio("share", "num", "den", "", "ratio"));

    /**
     * Start 2025-11: steps 0-1 are 2025 (2 months), 2-13 are 2026, 14-16 are January to March 2027 (the run ends
     * in March). Every metric gets value = step + 1 in every month, except m_last, which has no row in December 2026
     * (step 13) and so ends 2026 at 0, and den, which is 0 throughout 2026.
     */
    private static SortedMap<MetricKey, Double> run(Set<Integer> years) {
        Set<String> needed = new LinkedHashSet<>(List.of("m_mean", "m_last", "m_sum", "share", "num", "den"));
        List<BatchSpec.MetricSelector> selectors = List.of(new BatchSpec.MetricSelector("m_mean", null, null, null),
                new BatchSpec.MetricSelector("m_last", null, null, null),
                new BatchSpec.MetricSelector("m_sum", null, null, null),
                new BatchSpec.MetricSelector("share", null, null, null));
        KeptMetricsSink sink = new KeptMetricsSink(0, YearMonth.of(2025, 11), DEFS, needed, selectors, years);
        for (int step = 0; step <= 16; step++) {
            double v = step + 1;
            sink.accept(step, "m_mean", "", "", "", v);
            if (step != 13) {
                sink.accept(step, "m_last", "", "", "", v);
            }
            sink.accept(step, "m_sum", "", "", "", v);
            sink.accept(step, "num", "", "", "", v);
            sink.accept(step, "den", "", "", "", step >= 2 && step <= 13 ? 0 : 2 * v);
            sink.accept(step, "share", "", "", "", 0.5);
            sink.accept(step, "not_kept", "", "", "", 1e9);
        }
        sink.close();
        return sink.values();
    }

    private static MetricKey key(String metric, int year) {
        return new MetricKey(metric, "", "", "", year);
    }

    @Test
    void keptYearsAfterSkippedYearsRollUpOverTheirOwnMonthsOnly() {
        SortedMap<MetricKey, Double> kept = run(Set.of(2025, 2027));
        assertThat(kept).containsOnlyKeys(key("m_mean", 2025), key("m_last", 2025), key("m_sum", 2025),
                key("share", 2025), key("m_mean", 2027), key("m_last", 2027), key("m_sum", 2027), key("share", 2027));
        // 2025: steps 0-1, values 1 and 2. mean 1.5, last 2, sum 3, share (1+2)/(2+4) = 0.5
        assertThat(kept.get(key("m_mean", 2025))).isEqualTo(1.5);
        assertThat(kept.get(key("m_last", 2025))).isEqualTo(2.0);
        assertThat(kept.get(key("m_sum", 2025))).isEqualTo(3.0);
        assertThat(kept.get(key("share", 2025))).isEqualTo(0.5);
        // 2027: steps 14-16, values 15, 16, 17: mean 48/3 = 16 (3 months, not 15 with 2026's), last 17, sum 48
        assertThat(kept.get(key("m_mean", 2027))).isEqualTo(16.0);
        assertThat(kept.get(key("m_last", 2027))).isEqualTo(17.0);
        assertThat(kept.get(key("m_sum", 2027))).isEqualTo(48.0);
        assertThat(kept.get(key("share", 2027))).isEqualTo(0.5);
    }

    @Test
    void aKeptMiddleYearIsRolledUpAsWhenEveryYearIsKept() {
        SortedMap<MetricKey, Double> only2026 = run(Set.of(2026));
        SortedMap<MetricKey, Double> all = run(Set.of(2025, 2026, 2027));
        // 2026: steps 2-13, values 3..14: sum 102, mean 8.5; m_last has no December row: 0; den is 0 all year, so
        // share is the mean of its own monthly values, 0.5
        assertThat(only2026.get(key("m_sum", 2026))).isEqualTo(102.0);
        assertThat(only2026.get(key("m_mean", 2026))).isEqualTo(8.5);
        assertThat(only2026.get(key("m_last", 2026))).isEqualTo(0.0);
        assertThat(only2026.get(key("share", 2026))).isEqualTo(0.5);
        assertThat(all).containsAllEntriesOf(only2026);
        assertThat(all).hasSize(12);
    }
    @Test
    void theNeededCheckFollowsTheMetricOfEveryRowWhateverItsStringInstance() {
        // rows of one metric arrive together with one name instance; here names alternate and come as fresh copies,
        // so a check that reused the last answer for a different metric, or compared names by reference only, slips
        KeptMetricsSink sink = new KeptMetricsSink(0, YearMonth.of(2025, 1), DEFS, Set.of("m_sum"),
                List.of(new BatchSpec.MetricSelector("m_sum", null, null, null)), Set.of(2025));
        for (int step = 0; step < 12; step++) {
            sink.accept(step, "m_sum", "", "", "", 1.0);
            sink.accept(step, "not_kept", "", "", "", 1e9);
            sink.accept(step, new String("m_sum"), "", "", "", 2.0);
            sink.accept(step, new String("not_kept"), "", "", "", 1e9);
            sink.accept(step, new String("m_sum"), "", "", "", 4.0);
        }
        sink.close();
        // 12 months x (1 + 2 + 4) = 84
        assertThat(sink.values()).containsExactly(Map.entry(key("m_sum", 2025), 84.0));
    }

    @Test
    void itWantsOnlyTheMonthsOfKeptYearsAndTheNeededMetricsUnlessItRollsUpImpacts() {
        Set<String> needed = Set.of("share", "num", "den");
        List<BatchSpec.MetricSelector> selectors = List.of(new BatchSpec.MetricSelector("share", null, null, null));
        // start 2025-11: steps 0-1 are 2025, 2-13 are 2026, 14-16 are 2027
        KeptMetricsSink sink = new KeptMetricsSink(0, YearMonth.of(2025, 11), DEFS, needed, selectors, Set.of(2026));
        assertThat(sink.wantsMonth(1)).isFalse();
        assertThat(sink.wantsMonth(2)).isTrue();
        assertThat(sink.wantsMonth(13)).isTrue();
        assertThat(sink.wantsMonth(14)).isFalse();
        assertThat(sink.wantsMetric("share")).isTrue();
        assertThat(sink.wantsMetric("den")).as("a ratio's component").isTrue();
        assertThat(sink.wantsMetric("m_mean")).isFalse();

        sink.withImpacts((step, metric, commodity, region, detail, value) -> { });
        assertThat(sink.wantsMonth(1)).as("the impact roll-up counts every month").isTrue();
        assertThat(sink.wantsMonth(14)).isTrue();
        assertThat(sink.wantsMetric("m_mean")).isTrue();
    }
}
