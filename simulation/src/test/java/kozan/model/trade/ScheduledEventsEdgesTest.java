package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.scenario.CalendarSpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import org.junit.jupiter.api.Test;

/**
 * Events at the edges of the run: the first month (step 0), the last month (step 23 of a two-year run), before the
 * start, and queries outside the run; events naming a region or source the scenario lacks act on nothing.
 */
class ScheduledEventsEdgesTest {

    private static final CalendarSpec CALENDAR = new CalendarSpec(YearMonth.of(2025, 1), 2);
    private static final int STEPS = 24;
    private static final int RARE_EARTHS = 0;
    private static final int COPPER = 1;
    private static final int CHINA = 0;
    private static final int KYUSHU = 2;

    private static ScheduledEvents events(EventSpec... events) {
        return new ScheduledEvents(List.of(events), CALENDAR, STEPS, TestScenarios.regions(),
                List.of(TestScenarios.rareEarths(), TestScenarios.copper()));
    }

    private static EventSpec event(EventKind kind, String commodity, String source, String region, YearMonth start,
                                   int months, double depth, double logJump) {
        return new EventSpec(kind.name(), kind, commodity, source, region, start, months, depth, logJump);
    }

    @Test
    void eventsStartingInTheFirstMonthActFromStepZero() {
        ScheduledEvents e = events(
                event(EventKind.PRICE_SHOCK, "copper", null, null, YearMonth.of(2025, 1), 1, 1, 0.3),
                event(EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2025, 1), 2, 0.6, -0.1),
                event(EventKind.DISASTER, null, null, "kyushu", YearMonth.of(2025, 1), 2, 0.25, 0));
        assertThat(e.logPriceJump(COPPER, 0)).isEqualTo(0.3);
        assertThat(e.logPriceJump(RARE_EARTHS, 0)).isEqualTo(-0.1);
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 0)).isEqualTo(0.6);
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 1)).isEqualTo(0.6);
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 2)).isZero();
        assertThat(e.disasterCut(KYUSHU, 0)).isEqualTo(0.25);
        assertThat(e.disasterCut(KYUSHU, 1)).isEqualTo(0.25);
        assertThat(e.disasterCut(KYUSHU, 2)).isZero();
    }

    @Test
    void eventsStartingInTheLastMonthActInIt() {
        ScheduledEvents e = events(
                event(EventKind.PRICE_SHOCK, "copper", null, null, YearMonth.of(2026, 12), 1, 1, 0.4),
                event(EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2026, 12), 6, 0.5, 0.2),
                event(EventKind.DISASTER, null, null, "kyushu", YearMonth.of(2026, 12), 6, 0.7, 0));
        assertThat(e.logPriceJump(COPPER, STEPS - 1)).isEqualTo(0.4);
        assertThat(e.logPriceJump(RARE_EARTHS, STEPS - 1)).isEqualTo(0.2);
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, STEPS - 1)).isEqualTo(0.5);
        assertThat(e.disasterCut(KYUSHU, STEPS - 1)).isEqualTo(0.7);
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, STEPS - 2)).isZero();
    }

    @Test
    void outsideTheRunNothingActs() {
        ScheduledEvents e = events(
                event(EventKind.PRICE_SHOCK, "copper", null, null, YearMonth.of(2025, 1), 1, 1, 0.3),
                event(EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2024, 6), 60, 0.5, 0.2),
                event(EventKind.DISASTER, null, null, "kyushu", YearMonth.of(2024, 6), 60, 0.7, 0));
        for (int step : new int[] {-1, STEPS + 1, STEPS + 5}) {
            assertThat(e.logPriceJump(COPPER, step)).as("step %d", step).isZero();
            assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, step)).as("step %d", step).isZero();
            assertThat(e.disasterCut(KYUSHU, step)).as("step %d", step).isZero();
        }
        // the restriction and disaster that began before the start act from step 0; their jump fell before the run
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 0)).isEqualTo(0.5);
        assertThat(e.disasterCut(KYUSHU, 0)).isEqualTo(0.7);
        assertThat(e.logPriceJump(RARE_EARTHS, 0)).isZero();
    }

    @Test
    void aDisasterInAnUnknownOrUnnamedRegionCutsNothing() {
        ScheduledEvents e = events(
                event(EventKind.DISASTER, null, null, "atlantis", YearMonth.of(2025, 3), 6, 0.9, 0),
                event(EventKind.DISASTER, null, null, null, YearMonth.of(2025, 3), 6, 0.9, 0));
        for (int r = 0; r < 3; r++) {
            assertThat(e.disasterCut(r, 4)).as("region %d", r).isZero();
        }
    }
}
