package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kozan.observe.MetricDef;
import kozan.observe.Metrics;
import org.junit.jupiter.api.Test;

/**
 * A batch file written before processing jobs were split by feed ({@code detail: PROCESSING} on jobs_indirect)
 * still keeps one value: the sum of PROCESSING_DOMESTIC_ORE and PROCESSING_IMPORTED_FEED (issue #13 item 4).
 */
class ProcessingDetailSelectorTest {

    private static final String IND = Metrics.JOBS_INDIRECT;

    private static Map<MetricKey, Double> keep(List<BatchSpec.MetricSelector> selectors) {
        Map<String, MetricDef> defs = new LinkedHashMap<>();
        defs.put(IND, Metrics.get(IND));
        KeptMetricsSink sink = new KeptMetricsSink(0, YearMonth.of(2025, 11), defs, Set.of(IND), selectors, Set.of(2025));
        // two months of 2025 (Nov, Dec), then January 2026 (not kept)
        double[][] months = {{30, 10, 5}, {50, 20, 5}, {99, 99, 99}}; // domestic ore, imported feed, engineering
        for (int step = 0; step < months.length; step++) {
            sink.accept(step, IND, "", "kyushu", "PROCESSING_DOMESTIC_ORE", months[step][0]);
            sink.accept(step, IND, "", "kyushu", "PROCESSING_IMPORTED_FEED", months[step][1]);
            sink.accept(step, IND, "", "kyushu", "ENGINEERING", months[step][2]);
        }
        sink.close();
        return sink.values();
    }

    private static MetricKey key(String detail) {
        return new MetricKey(IND, "", "kyushu", detail, 2025);
    }

    @Test
    void detailProcessingKeepsTheSumOfTheTwoFeedDetails() {
        Map<MetricKey, Double> kept = keep(List.of(new BatchSpec.MetricSelector(IND, null, "kyushu", "PROCESSING")));
        // annual means: domestic ore (30 + 50) / 2 = 40, imported feed (10 + 20) / 2 = 15; PROCESSING = 55
        assertThat(kept).containsOnlyKeys(key("PROCESSING"));
        assertThat(kept.get(key("PROCESSING"))).isCloseTo(55.0, within(1e-12));
    }

    @Test
    void everyDetailKeepsTheNewDetailsWithoutAnAddedProcessingRow() {
        Map<MetricKey, Double> kept = keep(List.of(new BatchSpec.MetricSelector(IND, null, null, null)));
        assertThat(kept).containsOnlyKeys(key("PROCESSING_DOMESTIC_ORE"), key("PROCESSING_IMPORTED_FEED"), key("ENGINEERING"));
        assertThat(kept.get(key("PROCESSING_IMPORTED_FEED"))).isCloseTo(15.0, within(1e-12));
        Map<MetricKey, Double> one = keep(List.of(new BatchSpec.MetricSelector(IND, null, null, "PROCESSING_DOMESTIC_ORE")));
        assertThat(one).containsOnlyKeys(key("PROCESSING_DOMESTIC_ORE"));
        assertThat(one.get(key("PROCESSING_DOMESTIC_ORE"))).isCloseTo(40.0, within(1e-12));
    }
}
