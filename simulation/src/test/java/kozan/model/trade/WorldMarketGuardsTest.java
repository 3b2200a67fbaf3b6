package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.common.ModelException;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.PriceSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A world market stops the run when its log price or its price expectation goes non-finite, naming the quantity:
 * two price shocks of 1e308 in one month overflow the log price; an expectation weight of 1e308 (far beyond the
 * allowed [0, 1]) overflows the expectation while the price stays finite.
 */
class WorldMarketGuardsTest {

    private static final YearMonth START = TestScenarios.START;


    private static WorldMarket market(PriceSpec price, List<EventSpec> events) {
        CommoditySpec c = new CommoditySpec("tin", "Tin", "t", false, false, price, 0, 1, 0.05, 0.7, 0.02, 1.5,
                List.of(TestScenarios.source("a", 1.0, 1200, 0.0, 0.1, false)), 0.15);
        Scenario s = new Scenario(1, new Metadata("guards", null, null, List.of()), new CalendarSpec(START, 1), Mode.NORMAL,
                new RunSpec(1L, 1, List.of(2025)), TestScenarios.regions(), TestScenarios.labor(), List.of(c),
                TestScenarios.mineDefaults(), List.of(), List.of(), List.of(), List.of(),
                TestScenarios.government(List.of(), List.of(), 0, 0), events, null);
        return new WorldMarket(s, ScheduledEvents.of(s), 0, 3L);
    }

    private static void failsOn(WorldMarket m, int atStep, String variable) {
        MarketCalendar ctx = new MarketCalendar();
        for (int s = 0; s < atStep; s++) {
            ctx.step = s;
            m.step(ctx);
        }
        ctx.step = atStep;
        assertThatThrownBy(() -> m.step(ctx)).isInstanceOfSatisfying(ModelException.class, ex -> {
            assertThat(ex.agent()).isEqualTo("market:tin");
            assertThat(ex.step()).isEqualTo(atStep);
            assertThat(ex.variable()).isEqualTo(variable);
        });
    }

    @Test
    void logPrice() {
        EventSpec shock = new EventSpec("s", EventKind.PRICE_SHOCK, "tin", null, null, START.plusMonths(2), 1, 1, 1e308);
        failsOn(market(new PriceSpec(1000, 1000, 0, 0.5, 0.2, 0, 0, 0.2, 0.1), List.of(shock, shock)), 2, "log_price");
    }

    @Test
    void priceExpectation() {
        failsOn(market(new PriceSpec(1000, 1000, 0, 0.5, 0.2, 0, 0, 0.2, 1e308), List.of()), 0, "price_expectation");
    }
}
