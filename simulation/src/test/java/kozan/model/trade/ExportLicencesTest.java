package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.scenario.EventSpec;
import org.junit.jupiter.api.Test;

/**
 * China's export quota in batches (docs/model.md 7.1.1, quota batches): the licences in force, spread over their
 * months left, cap the documented exports; unused licences carry over, the batch that expires first is drawn first,
 * and what is left at expiry lapses. Hand values in documented tonnes (the leak rides on them: ExportQuotaTest).
 */
class ExportLicencesTest {

    private static ScheduledEvents.QuotaBatch batch(int from, int until, double tonnes) {
        return new ScheduledEvents.QuotaBatch(from, until, tonnes);
    }

    @Test
    void noBatchInForceMeansNoCap() {
        ExportLicences l = new ExportLicences(List.of(batch(2, 5, 300)));
        assertThat(l.documentedCapT(1)).as("before the batch").isInfinite();
        assertThat(l.documentedCapT(5)).as("after its expiry").isInfinite();
        assertThat(new ExportLicences(List.of()).documentedCapT(0)).isInfinite();
    }

    @Test
    void aBatchUsedEvenlyKeepsTheSameCapEveryMonth() {
        // 1,200 t over 12 months: 100 t in the first month, and again after shipping it
        ExportLicences l = new ExportLicences(List.of(batch(0, 12, 1_200)));
        for (int step = 0; step < 12; step++) {
            assertThat(l.documentedCapT(step)).as("step %d", step).isCloseTo(100, within(1e-9));
            l.draw(step, l.documentedCapT(step));
        }
    }

    @Test
    void licencesAMonthLeavesUnusedRaiseTheLaterCaps() {
        ExportLicences l = new ExportLicences(List.of(batch(0, 12, 1_200)));
        l.draw(0, 0);
        // nothing shipped in month 0: 1,200 t over the 11 months left
        assertThat(l.documentedCapT(1)).isCloseTo(1_200.0 / 11, within(1e-9));
        l.draw(1, 50);
        assertThat(l.documentedCapT(2)).isCloseTo(1_150.0 / 10, within(1e-9));
    }

    @Test
    void batchesInForceAddUpAndALaterBatchRaisesTheCapFromItsMonth() {
        // a yearly first batch of 1,200 t and a second of 600 t from month 6, both expiring at month 12
        ExportLicences l = new ExportLicences(List.of(batch(0, 12, 1_200), batch(6, 12, 600)));
        for (int step = 0; step < 6; step++) {
            l.draw(step, l.documentedCapT(step));
        }
        // 600 t of the first left over 6 months, plus 600 t over 6: 200
        assertThat(l.documentedCapT(6)).isCloseTo(200, within(1e-9));
    }

    @Test
    void theBatchThatExpiresFirstIsDrawnFirstAndWhatIsLeftAtExpiryLapses() {
        // A: 300 t for months 0-2; B: 1,200 t for months 0-11. 150 t documented in month 0 come out of A
        ExportLicences l = new ExportLicences(List.of(batch(0, 12, 1_200), batch(0, 3, 300)));
        l.draw(0, 150);
        assertThat(l.documentedCapT(1)).isCloseTo(150.0 / 2 + 1_200.0 / 11, within(1e-9));
        // A's 150 t are not used in months 1-2 and lapse: from month 3 only B counts
        l.draw(1, 0);
        l.draw(2, 0);
        assertThat(l.documentedCapT(3)).isCloseTo(1_200.0 / 9, within(1e-9));
    }

    @Test
    void inTheMarketADocumentedYearNeverExceedsItsBatchesAndTheCapBinds() {
        // the fixture's world wants 30,000 t/yr of China's exports; one batch of 12,000 t for the year (leak 0)
        EventSpec b = new EventSpec("b", EventSpec.EventKind.EXPORT_QUOTA_BATCH, "rare_earths", null, null,
                YearMonth.of(2025, 1), 12, 1, 0, 12_000, null);
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.25, 0.0, MarketFixture.producers()), List.of(b));
        double year = 0;
        for (int step = 0; step < 12; step++) {
            f.month(step, null, 2_500);
            year += f.market.exportsT();
            assertThat(f.market.exportsT()).as("step %d", step).isLessThanOrEqualTo(1_000 + 1e-9);
        }
        assertThat(f.market.quotaBinding()).isTrue();
        assertThat(year).isCloseTo(12_000, within(1e-6));
        // the next year has no batch: no cap, exports above the old cap
        f.month(12, null, 2_500);
        assertThat(f.market.exportsT()).isGreaterThan(1_000);
    }
}
