package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.PriceSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The world market tells its buyers the shortfall of the announced cuts each month (docs/model.md 7.4,
 * {@link AnticipatedShortfall}), with the commodity's anticipation horizon (the default, 12 months): sources a 0.5,
 * b 0.3, c 0.2 of Japan's imports; exogenous price.
 */
class WorldMarketAnticipationTest {

    private static final YearMonth START = TestScenarios.START;
    private static final PriceSpec PRICE = new PriceSpec(1000, 1000, 0, 0.8, 0.1, 0, 0, 0.1, 0.25);
    private static final CommoditySpec NICKEL = new CommoditySpec("nickel", "Nickel", "t", true, false, PRICE, 0, 1, 0.05,
            0.7, 0.02, 1.0, List.of(new ImportSourceSpec("a", 0.5, 2400, 0.1, 0.0, 0.5, 6, 0.3, false),
                    new ImportSourceSpec("b", 0.3, 2400, 0.2, 0.0, 0.5, 6, 0.2, false),
                    new ImportSourceSpec("c", 0.2, 1200, 0.0, 0.0, 0.9, 3, 0.1, false)), 0.15);

    private static WorldMarket market(Mode mode) {
        List<EventSpec> events = List.of(
                // b cut by 0.4 in months 3-4, announced in month 1
                new EventSpec("b", EventKind.EXPORT_RESTRICTION, "nickel", "b", null, START.plusMonths(3), 2, 0.4, 0, 0,
                        null, START.plusMonths(1)),
                // a stopped in months 2-7 without an announcement: buyers do not see it ahead
                new EventSpec("a", EventKind.EXPORT_RESTRICTION, "nickel", "a", null, START.plusMonths(2), 6, 1.0, 0));
        Scenario s = new Scenario(1, new Metadata("anticipation", null, null, List.of()), new CalendarSpec(START, 1), mode,
                new RunSpec(1L, 1, List.of(2026)), TestScenarios.regions(), TestScenarios.labor(), List.of(NICKEL),
                TestScenarios.mineDefaults(), List.of(), List.of(), List.of(), List.of(),
                TestScenarios.government(List.of(), List.of(), 0, 0), events, null);
        return new WorldMarket(s, ScheduledEvents.of(s), 0, 7L);
    }

    @Test
    void eachMonthTheBuyersSeeTheAnnouncedCutsOfTheHorizonAndNothingInIoParity() {
        WorldMarket m = market(Mode.NORMAL);
        MarketCalendar ctx = new MarketCalendar();
        // month 0: not announced yet; 1-2: months 3 and 4 ahead, 0.3 x 0.4 x 2 = 0.24; 3: month 4 left, 0.12; 4: none
        double[] expected = {0, 0.24, 0.24, 0.12, 0};
        for (int step = 0; step < expected.length; step++) {
            ctx.step = step;
            m.step(ctx);
            assertThat(m.anticipatedShortfallMonths()).as("month %d", step).isCloseTo(expected[step], within(1e-12));
        }
        WorldMarket parity = market(Mode.IO_PARITY);
        ctx.step = 1;
        parity.step(ctx);
        assertThat(parity.anticipatedShortfallMonths()).isZero();
    }
}
