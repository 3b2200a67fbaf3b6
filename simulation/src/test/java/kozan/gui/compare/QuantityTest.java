package kozan.gui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.observe.Metrics;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import kozan.stats.Bounds;
import org.junit.jupiter.api.Test;

/** Every quantity of the live comparison has the range of the metric it reads, which its intervals respect. */
class QuantityTest {

    @Test
    void eachQuantityHasTheRangeOfItsMetric() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "baseline.yaml"));
        List<Quantity> all = new ArrayList<>(Quantity.national(s));
        all.addAll(Quantity.regional(s));
        for (Quantity q : all) {
            String kind = q.id().split(":")[0];
            Bounds expected = switch (kind) {
                case "dependence", Metrics.UNEMPLOYMENT_RATE -> Bounds.SHARE;
                // fiscal cost is signed (stockpile release sales), net migration a net flow
                case "fiscal", Metrics.NET_MIGRATION -> Bounds.UNBOUNDED;
                default -> Bounds.NON_NEGATIVE; // jobs, employed, prices, the wage index
            };
            assertThat(q.range()).as(q.id()).isEqualTo(expected);
            assertThat(q.range() == Bounds.SHARE).as(q.id()).isEqualTo(q.kind() == Quantity.Kind.SHARE);
        }
        assertThat(all).extracting(q -> q.id().split(":")[0]).contains("gross", "net", "fiscal", "dependence",
                "price", Metrics.UNEMPLOYMENT_RATE, Metrics.NET_MIGRATION, Metrics.WAGE_INDEX, Metrics.JOBS_DIRECT);
    }
}
