package kozan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.model.Sim;
import kozan.model.TestScenarios;
import kozan.model.trade.WorldMarket;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import org.junit.jupiter.api.Test;

/**
 * Two export restrictions on one source that overlap: the deeper cut applies whatever their order in the
 * scenario (a shallower event listed later must not lift a deeper one).
 */
class OverlappingRestrictionTest {

    @Test
    void theDeeperOfOverlappingRestrictionsApplies() {
        List<EventSpec> events = List.of(
                new EventSpec("deep", EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2026, 1), 12, 0.9, 0),
                new EventSpec("shallow", EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2026, 3), 3, 0.2, 0));
        List<Double> available = new ArrayList<>();
        Sim.run(TestScenarios.withEvents(events), 0, e -> {
            if (!e.month().isBefore(YearMonth.of(2026, 3)) && !e.month().isAfter(YearMonth.of(2026, 5))) {
                WorldMarket m = e.market(e.commodityIndex("rare_earths"));
                available.add(m.source(m.sourceIndex("china")).availableTPerMonth());
            }
        });
        // China ships 12,000 t/yr in TestScenarios: a 0.9 cut leaves at most 100 t/month (less during a random disruption)
        assertThat(available).hasSize(3).allSatisfy(t -> assertThat(t).isLessThanOrEqualTo(100.0 + 1e-9));
    }
}
