package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** jobs_direct detail jsic_c is a weighted subtotal (issue #13): net jobs never add it to the stages. */
class ComparisonJsicCTest {

    private static SortedMap<MetricKey, Double> run(double production, double fixed, double jsicC) {
        SortedMap<MetricKey, Double> m = new TreeMap<>();
        m.put(new MetricKey("jobs_direct", "", "kanto", "PRODUCTION", 2030), production);
        m.put(new MetricKey("jobs_direct", "", "kanto", "FIXED", 2030), fixed);
        m.put(new MetricKey("jobs_direct", "", "kanto", "jsic_c", 2030), jsicC);
        return m;
    }

    @Test
    void grossDirectJobsSumTheStagesAndFixedEmployersButNotJsicC() {
        // one run's direct jobs: PRODUCTION 5,000 + FIXED 2,214 = 7,214; jsic_c 4,000 is not added (else 11,214)
        Map<Comparison.Key, Double> m = Comparison.measures(run(5000, 2214, 4000));
        assertThat(m.get(new Comparison.Key("gross_jobs", "", "kanto", "direct", 2030))).isCloseTo(7214.0, offset(1e-9));
        assertThat(m.get(new Comparison.Key("gross_jobs", "", "kanto", "total", 2030))).isCloseTo(7214.0, offset(1e-9));
    }
}
