package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.scenario.CalendarSpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import org.junit.jupiter.api.Test;

/** Each event kind's monthly effect; steps are months since 2025-01 (step 0). */
class ScheduledEventsTest {

    private static final CalendarSpec CALENDAR = new CalendarSpec(YearMonth.of(2025, 1), 2);
    private static final int RARE_EARTHS = 0;
    private static final int COPPER = 1;
    private static final int CHINA = 0;
    private static final int AUSTRALIA = 1;
    private static final int TOHOKU = 0;
    private static final int KANTO = 1;

    private static ScheduledEvents events(EventSpec... events) {
        return new ScheduledEvents(List.of(events), CALENDAR, 24, TestScenarios.regions(),
                List.of(TestScenarios.rareEarths(), TestScenarios.copper()));
    }

    private static EventSpec event(EventKind kind, String commodity, String source, String region, YearMonth start,
                                   int months, double depth, double logJump) {
        return new EventSpec(kind.name(), kind, commodity, source, region, start, months, depth, logJump);
    }

    @Test
    void priceShockJumpsTheLogPriceInItsFirstMonthOnly() {
        ScheduledEvents e = events(event(EventKind.PRICE_SHOCK, "copper", null, null, YearMonth.of(2025, 4), 3, 1, 0.5));
        assertThat(e.logPriceJump(COPPER, 3)).isEqualTo(0.5);
        assertThat(e.logPriceJump(COPPER, 2)).isZero();
        assertThat(e.logPriceJump(COPPER, 4)).isZero();
        assertThat(e.logPriceJump(RARE_EARTHS, 3)).isZero();
        assertThat(e.restrictionDepth(COPPER, 0, 3)).isZero();
    }

    @Test
    void exportRestrictionCutsItsSourceForItsMonthsAndAddsItsJumpAtTheStart() {
        ScheduledEvents e = events(event(EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2025, 3), 6, 0.4, 0.2));
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 1)).isZero();
        for (int step = 2; step <= 7; step++) {
            assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, step)).as("step %d", step).isEqualTo(0.4);
        }
        assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 8)).isZero();
        assertThat(e.restrictionDepth(RARE_EARTHS, AUSTRALIA, 4)).isZero();
        assertThat(e.logPriceJump(RARE_EARTHS, 2)).isEqualTo(0.2);
        assertThat(e.logPriceJump(RARE_EARTHS, 3)).isZero();
    }

    @Test
    void overlappingRestrictionsTakeTheDeepestCutWhateverTheOrder() {
        EventSpec shallowLong = event(EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2025, 3), 6, 0.4, 0.2);
        EventSpec deepShort = event(EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2025, 5), 2, 0.7, 0.1);
        for (ScheduledEvents e : List.of(events(shallowLong, deepShort), events(deepShort, shallowLong))) {
            assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 2)).isEqualTo(0.4);
            assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 4)).isEqualTo(0.7);
            assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 5)).isEqualTo(0.7);
            assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 6)).isEqualTo(0.4);
            assertThat(e.logPriceJump(RARE_EARTHS, 4)).isEqualTo(0.1);
        }
    }

    @Test
    void manufacturingActivityMultipliesJapansOutputForItsMonthsAndOverlapsMultiply() {
        EventSpec recession = new EventSpec("recession", EventKind.MANUFACTURING_ACTIVITY, null, null, null,
                YearMonth.of(2025, 3), 6, 1, 0, 0.8, null);
        EventSpec quake = new EventSpec("quake", EventKind.MANUFACTURING_ACTIVITY, null, null, null,
                YearMonth.of(2025, 5), 2, 1, 0, 0.5, null);
        for (ScheduledEvents e : List.of(events(recession, quake), events(quake, recession))) {
            assertThat(e.manufacturingActivity(1)).isEqualTo(1.0);
            assertThat(e.manufacturingActivity(2)).isEqualTo(0.8);
            assertThat(e.manufacturingActivity(4)).isCloseTo(0.4, within(1e-15));
            assertThat(e.manufacturingActivity(5)).isCloseTo(0.4, within(1e-15));
            assertThat(e.manufacturingActivity(6)).isEqualTo(0.8);
            assertThat(e.manufacturingActivity(8)).isEqualTo(1.0);
            // Japan's activity, not a commodity's: no world-demand activity, no price jump, no restriction
            assertThat(e.activity(RARE_EARTHS, 4)).isEqualTo(1.0);
            assertThat(e.logPriceJump(RARE_EARTHS, 2)).isZero();
            assertThat(e.restrictionDepth(RARE_EARTHS, CHINA, 4)).isZero();
        }
        assertThat(events().manufacturingActivity(4)).as("no event").isEqualTo(1.0);
    }

    @Test
    void jumpsStartingInTheSameMonthAdd() {
        ScheduledEvents e = events(
                event(EventKind.EXPORT_RESTRICTION, "rare_earths", "china", null, YearMonth.of(2025, 3), 6, 0.4, 0.2),
                event(EventKind.PRICE_SHOCK, "rare_earths", null, null, YearMonth.of(2025, 3), 1, 1, 0.3));
        assertThat(e.logPriceJump(RARE_EARTHS, 2)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void restrictionOfAnUnknownSourceCutsNothingButStillMovesThePrice() {
        ScheduledEvents e = events(event(EventKind.EXPORT_RESTRICTION, "rare_earths", "atlantis", null, YearMonth.of(2025, 3), 6, 0.9, 0.2));
        for (int s = 0; s < 3; s++) {
            assertThat(e.restrictionDepth(RARE_EARTHS, s, 3)).isZero();
        }
        assertThat(e.logPriceJump(RARE_EARTHS, 2)).isEqualTo(0.2);
    }

    @Test
    void disasterCutsItsRegionWhileItLastsAndOverlapsTakeTheDeepest() {
        ScheduledEvents e = events(
                event(EventKind.DISASTER, null, null, "tohoku", YearMonth.of(2025, 2), 3, 0.5, 0),
                event(EventKind.DISASTER, null, null, "tohoku", YearMonth.of(2025, 3), 1, 0.2, 0),
                event(EventKind.DISASTER, null, null, "tohoku", YearMonth.of(2025, 4), 2, 0.8, 0));
        assertThat(e.disasterCut(TOHOKU, 0)).isZero();
        assertThat(e.disasterCut(TOHOKU, 1)).isEqualTo(0.5);
        assertThat(e.disasterCut(TOHOKU, 2)).isEqualTo(0.5);
        assertThat(e.disasterCut(TOHOKU, 3)).isEqualTo(0.8);
        assertThat(e.disasterCut(TOHOKU, 4)).isEqualTo(0.8);
        assertThat(e.disasterCut(TOHOKU, 5)).isZero();
        assertThat(e.disasterCut(KANTO, 2)).isZero();
        assertThat(e.logPriceJump(RARE_EARTHS, 1)).isZero();
    }

    @Test
    void eventsBeforeTheStartCountOnlyForTheirMonthsInsideTheRun() {
        ScheduledEvents e = events(
                event(EventKind.DISASTER, null, null, "kanto", YearMonth.of(2024, 12), 3, 0.6, 0),
                event(EventKind.PRICE_SHOCK, "copper", null, null, YearMonth.of(2024, 12), 1, 1, 0.5),
                event(EventKind.DISASTER, null, null, "kanto", YearMonth.of(2026, 12), 6, 0.3, 0));
        assertThat(e.disasterCut(KANTO, 0)).isEqualTo(0.6);
        assertThat(e.disasterCut(KANTO, 1)).isEqualTo(0.6);
        assertThat(e.disasterCut(KANTO, 2)).isZero();
        assertThat(e.disasterCut(KANTO, 23)).isEqualTo(0.3);
        assertThat(e.disasterCut(KANTO, 99)).isZero();
        for (int step = 0; step < 24; step++) {
            assertThat(e.logPriceJump(COPPER, step)).isZero();
        }
    }
    private static EventSpec quotaEvent(String id, EventKind kind, YearMonth start, int months, double value,
                                        YearMonth announced) {
        return new EventSpec(id, kind, "rare_earths", null, null, start, months, 1, 0, value, null, announced);
    }

    @Test
    void quotaBatchesKeepTheirTonnesAndMonthsAsSteps() {
        ScheduledEvents e = events(quotaEvent("b1", EventKind.EXPORT_QUOTA_BATCH, YearMonth.of(2025, 1), 12, 14_446, null),
                quotaEvent("b2", EventKind.EXPORT_QUOTA_BATCH, YearMonth.of(2025, 7), 6, 15_738, null));
        assertThat(e.quotaBatches(RARE_EARTHS)).containsExactly(new ScheduledEvents.QuotaBatch(0, 12, 14_446),
                new ScheduledEvents.QuotaBatch(6, 12, 15_738));
        assertThat(e.quotaBatches(COPPER)).isEmpty();
        // a batch is not a rate: no EXPORT_QUOTA is in force
        assertThat(e.exportQuota(RARE_EARTHS, 3)).isNaN();
    }

    @Test
    void announcedBatchesCountAtTheirEvenRatesAddUpAndMeetAnAnnouncedRateAtTheSmaller() {
        YearMonth dec = YearMonth.of(2024, 12);
        ScheduledEvents batches = events(
                quotaEvent("b1", EventKind.EXPORT_QUOTA_BATCH, YearMonth.of(2025, 1), 12, 12_000, dec),
                quotaEvent("b2", EventKind.EXPORT_QUOTA_BATCH, YearMonth.of(2025, 7), 6, 3_000, YearMonth.of(2025, 7)));
        // 12,000 t over 12 months: 12,000 t/yr; known from the start
        assertThat(batches.announcedExportQuota(RARE_EARTHS, 3, 0)).isEqualTo(12_000);
        // the second batch is not known in month 0, and is from month 6: 12,000 + 3,000 x 12 / 6
        assertThat(batches.announcedExportQuota(RARE_EARTHS, 8, 0)).isEqualTo(12_000);
        assertThat(batches.announcedExportQuota(RARE_EARTHS, 8, 6)).isEqualTo(18_000);
        ScheduledEvents both = events(
                quotaEvent("b1", EventKind.EXPORT_QUOTA_BATCH, YearMonth.of(2025, 1), 12, 12_000, dec),
                quotaEvent("r", EventKind.EXPORT_QUOTA, YearMonth.of(2025, 1), 12, 9_000, dec));
        assertThat(both.announcedExportQuota(RARE_EARTHS, 3, 0)).isEqualTo(9_000);
        assertThat(events(quotaEvent("b1", EventKind.EXPORT_QUOTA_BATCH, YearMonth.of(2025, 1), 12, 12_000, null))
                .announcedExportQuota(RARE_EARTHS, 3, 0)).as("not announced").isNaN();
    }
}
