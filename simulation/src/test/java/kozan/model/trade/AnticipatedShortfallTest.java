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

/**
 * The shortfall buyers expect from announced cuts (docs/model.md 7.4): A_s = sum over the next H months of
 * sum_k share_k x cut_k,t, only for events announced by month s. Sources of {@link TestScenarios#rareEarths()}:
 * china 0.6, australia 0.3, vietnam 0.1; steps are months since 2025-01.
 */
class AnticipatedShortfallTest {

    private static final CalendarSpec CALENDAR = new CalendarSpec(YearMonth.of(2025, 1), 2);
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final double[] SHARES = {0.6, 0.3, 0.1};

    private static ScheduledEvents events(EventSpec... events) {
        return new ScheduledEvents(List.of(events), CALENDAR, 24, TestScenarios.regions(), List.of(TestScenarios.rareEarths()));
    }

    private static EventSpec restriction(String id, String source, YearMonth start, int months, double depth, YearMonth announced) {
        return new EventSpec(id, EventKind.EXPORT_RESTRICTION, "rare_earths", source, null, start, months, depth, 0, 0,
                null, announced);
    }

    @Test
    void anAnnouncedRestrictionCountsItsShareTimesDepthForEachOfItsMonthsWithinTheHorizonFromItsAnnouncement() {
        // china (0.6) cut by 0.5 in steps 3-4 (Apr-May), announced in step 1 (Feb)
        ScheduledEvents e = events(restriction("cn", "china", JAN.plusMonths(3), 2, 0.5, JAN.plusMonths(1)));
        assertThat(e.announces(0)).isTrue();
        // step 0: not yet announced
        assertThat(AnticipatedShortfall.months(e, 0, 0, 12, SHARES, null)).isZero();
        // step 1, H 12: months 3 and 4: 2 x 0.6 x 0.5 = 0.6 months of need
        assertThat(AnticipatedShortfall.months(e, 0, 1, 12, SHARES, null)).isCloseTo(0.6, within(1e-12));
        // step 1, H 2: months 2 and 3 only: 0.3
        assertThat(AnticipatedShortfall.months(e, 0, 1, 2, SHARES, null)).isCloseTo(0.3, within(1e-12));
        // step 3, in force: month 4 is left: 0.3; step 4: nothing ahead
        assertThat(AnticipatedShortfall.months(e, 0, 3, 12, SHARES, null)).isCloseTo(0.3, within(1e-12));
        assertThat(AnticipatedShortfall.months(e, 0, 4, 12, SHARES, null)).isZero();
        // H 0: no anticipation
        assertThat(AnticipatedShortfall.months(e, 0, 1, 0, SHARES, null)).isZero();
    }

    @Test
    void unannouncedCutsAreNotSeenAndOverlappingAnnouncedOnesTakeTheDeepestPerSource() {
        ScheduledEvents e = events(
                restriction("cn-surprise", "china", JAN.plusMonths(2), 6, 1.0, null),
                restriction("au-shallow", "australia", JAN.plusMonths(2), 3, 0.2, JAN),
                restriction("au-deep", "australia", JAN.plusMonths(3), 1, 0.8, JAN),
                restriction("vn", "vietnam", JAN.plusMonths(4), 1, 1.0, JAN));
        // step 0, H 12: australia months 2, 3, 4 at 0.2, 0.8, 0.2 -> 0.3 x 1.2 = 0.36; vietnam month 4: 0.1 x 1 = 0.1;
        // china's unannounced stop: 0. A = 0.46
        assertThat(AnticipatedShortfall.months(e, 0, 0, 12, SHARES, null)).isCloseTo(0.46, within(1e-12));
        assertThat(e.announcedRestrictionDepth(0, 0, 3, 0)).isZero();
        assertThat(e.announcedRestrictionDepth(0, 1, 3, 0)).isEqualTo(0.8);
        // a scenario without announcements does not announce
        assertThat(events(restriction("cn", "china", JAN, 6, 1.0, null)).announces(0)).isFalse();
    }

    @Test
    void theQuotaCutIsTheShareOfUsualExportsTheCapLeavesUnshipped() {
        // cap 1,000 t/month against usual exports 4,000: 0.75; a cap above them: 0; no usual exports: 0
        assertThat(AnticipatedShortfall.quotaCut(1_000, 4_000)).isCloseTo(0.75, within(1e-12));
        assertThat(AnticipatedShortfall.quotaCut(5_000, 4_000)).isZero();
        assertThat(AnticipatedShortfall.quotaCut(1_000, 0)).isZero();
    }

    @Test
    void anAnnouncedExportQuotaCutsTheSourcesShippingFromChinaByItsCapAgainstUsualExports() {
        // quota 12,000 t/yr in steps 2-4, announced in step 0; leak 0.5: cap 1.5 x 12,000 / 12 = 1,500 t/month
        EventSpec quota = new EventSpec("q", EventKind.EXPORT_QUOTA, "rare_earths", null, null, JAN.plusMonths(2), 3, 1,
                0, 12_000, null, JAN);
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.0, 0.5, MarketFixture.producers()), List.of(quota));
        // before the first month China has no usual exports: no cut
        assertThat(f.market.quotaCut(12_000)).isZero();
        f.month(0, null, 2_500);
        // usual exports = the first month's, X0 (balanced world: 2,500 t)
        double x0 = f.market.exportsT();
        assertThat(x0).isCloseTo(2_500, within(1.0));
        double q = 1 - 1_500 / x0;
        assertThat(f.market.quotaCut(12_000)).isCloseTo(q, within(1e-12));
        assertThat(f.market.shipsFromChina(0)).isTrue();
        assertThat(f.market.shipsFromChina(1)).isFalse();
        // step 0, H 12: months 2, 3, 4 cut china (0.6) by q: 3 x 0.6 x 0.4 = 0.72 months of need
        assertThat(AnticipatedShortfall.months(f.scheduled, 0, 0, 12, SHARES, f.market)).isCloseTo(3 * 0.6 * q, within(1e-12));
        assertThat(3 * 0.6 * q).isCloseTo(0.72, within(1e-3));
        // with an announced halt to China of depth 0.9 in step 3 as well: the deeper cut that month, not the sum:
        // 0.6 x (q + 0.9 + q)
        EventSpec halt = restriction("halt", "china", JAN.plusMonths(3), 1, 0.9, JAN);
        MarketFixture h = new MarketFixture(MarketFixture.spec(0.15, 0.0, 0.5, MarketFixture.producers()), List.of(quota, halt));
        h.month(0, null, 2_500);
        assertThat(AnticipatedShortfall.months(h.scheduled, 0, 0, 12, SHARES, h.market))
                .isCloseTo(0.6 * (q + 0.9 + q), within(1e-12));
        // no quota without an announcement
        MarketFixture g = new MarketFixture(MarketFixture.spec(0.15, 0.0, 0.5, MarketFixture.producers()),
                List.of(MarketFixture.quota("q", JAN.plusMonths(2), 3, 12_000)));
        g.month(0, null, 2_500);
        assertThat(AnticipatedShortfall.months(g.scheduled, 0, 0, 12, SHARES, g.market)).isZero();
    }
}
