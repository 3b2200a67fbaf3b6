package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** China's export quota: the cap, the binding test, the two prices, and what a binding quota does to the pools. */
class ExportQuotaTest {

    // leak 0.3, duty 0.25
    private final ExportQuota quota = new ExportQuota(0.3, 0.25);

    @Test
    void theCapIsTheQuotaPlusItsLeakPerMonthAndNoQuotaMeansNoCap() {
        // 1.3 x 24,000 / 12 = 2,600 t/month
        assertThat(quota.capTPerMonth(24_000)).isCloseTo(2_600, within(1e-9));
        assertThat(quota.capTPerMonth(Double.NaN)).isInfinite();
    }

    @Test
    void theLeakRidesOnDocumentedExportsBothWays() {
        // 100 t documented (licensed) carry 30 t undocumented: 130 t exported; 130 t exported drew 100 t of licences
        assertThat(quota.withLeak(100)).isCloseTo(130, within(1e-9));
        assertThat(quota.documented(130)).isCloseTo(100, within(1e-9));
        assertThat(quota.withLeak(Double.POSITIVE_INFINITY)).as("no licences in force: no cap").isInfinite();
    }

    @Test
    void exportsAreTheDesiredTonnesWithinTheCap() {
        assertThat(ExportQuota.exports(2_000, 2_600)).isEqualTo(2_000);
        assertThat(ExportQuota.binding(2_000, 2_600)).isFalse();
        assertThat(ExportQuota.exports(3_000, 2_600)).isEqualTo(2_600);
        assertThat(ExportQuota.binding(3_000, 2_600)).isTrue();
        assertThat(ExportQuota.exports(-50, 2_600)).isZero();
    }

    @Test
    void notBindingTheExportPriceIsTheDomesticPriceTimesOnePlusTheDuty() {
        double pd = Math.log(800_000);
        // whatever the world pool says: 800,000 x 1.25 = 1,000,000
        assertThat(Math.exp(quota.exportLogPrice(pd, Math.log(5e6), false))).isCloseTo(1_000_000, within(1e-6));
    }

    @Test
    void bindingTheExportPriceIsTheWorldPoolsButNeverBelowParity() {
        double pd = Math.log(800_000);
        assertThat(Math.exp(quota.exportLogPrice(pd, Math.log(3e6), true))).isCloseTo(3e6, within(1e-6));
        // a world-pool price below parity is lifted to 1,000,000
        assertThat(Math.exp(quota.exportLogPrice(pd, Math.log(900_000), true))).isCloseTo(1_000_000, within(1e-6));
    }

    @Test
    void aRentIsLeftWhileTheExportPriceIsAboveParity() {
        double pd = Math.log(800_000);
        // parity 800,000 x 1.25 = 1,000,000
        assertThat(quota.rentPositive(pd, Math.log(1_100_000))).isTrue();
        assertThat(quota.rentPositive(pd, pd + quota.logDutyFactor())).isFalse();
        assertThat(quota.rentPositive(pd, Math.log(900_000))).isFalse();
    }

    @Test
    void whenTheQuotaEndsTheExportPriceFallsThroughTheWorldPoolsRuleNotToParityAtOnce() {
        // a tight quota (1,000 t/month against 2,500 wanted) for 24 months raises the export price well above parity
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.25, 0, MarketFixture.producers()),
                List.of(MarketFixture.quota("q", YearMonth.of(2025, 1), 24, 12_000)));
        for (int step = 0; step < 24; step++) {
            f.month(step, null, 2_500);
        }
        double before = f.market.exportPrice();
        assertThat(before).isGreaterThan(2 * 1.25 * f.market.domesticPrice());
        f.month(24, null, 2_500);
        // the first month without the quota: one step of the world pool's rule, at most max_log_step 0.25 down
        assertThat(f.market.exportPrice()).isGreaterThanOrEqualTo(before * Math.exp(-0.25) * (1 - 1e-12));
        // (the rule before: P_d x 1.25, here ~156,000 against ~4.7 M the month before)
        assertThat(f.market.exportPrice()).isGreaterThan(1.25 * f.market.domesticPrice());
        // the first month priced without a binding quota last month: again at most one step of the world pool's rule
        before = f.market.exportPrice();
        f.month(25, null, 2_500);
        assertThat(f.market.exportPrice()).isGreaterThanOrEqualTo(before * Math.exp(-0.25) * (1 - 1e-12));
        assertThat(f.market.exportPrice()).isGreaterThan(1.25 * f.market.domesticPrice());
    }

    @Test
    void aBindingQuotaCapsExportsOpensAWedgeAndLeavesTheTonnesInChina() {
        // the fixture's world wants 30,000 t/yr of China's exports; a quota of 12,000 t/yr with leak 0 caps them at
        // 1,000 t/month from the first month
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.25, 0.0, MarketFixture.producers()),
                List.of(MarketFixture.quota("q", YearMonth.of(2025, 1), 60, 12_000)));
        for (int step = 0; step < 24; step++) {
            f.month(step, null, 2_500);
            assertThat(f.market.exportsT()).as("step %d", step).isLessThanOrEqualTo(1_000 + 1e-9);
        }
        assertThat(f.market.quotaBinding()).isTrue();
        // China's pool fills, the world's empties: the domestic price falls, the export price rises above parity
        assertThat(f.market.domesticPrice()).isLessThan(MarketFixture.PRICE / 1.25);
        assertThat(f.market.exportPrice()).isGreaterThan(1.25 * f.market.domesticPrice() * 1.01);
        assertThat(f.market.chinaStockT()).isGreaterThan(3 * 5_000);
    }

    @Test
    void aHaltToJapanLeavesTheBlockedTonnesToOtherBuyers() {
        // source 0 (china) cut to zero for Japan: Japan gets nothing from China, China still exports what the
        // world pool wants, so the rest of the world is served from it
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.25, 0.0, MarketFixture.producers()), List.of());
        double[] halt = {1.0, 0.0, 0.0};
        f.month(0, halt, 2_500);
        assertThat(f.sources[0].shippedTPerMonth()).isZero();
        assertThat(f.market.exportsT()).isGreaterThan(2_000);
        assertThat(f.market.restDemandT()).isCloseTo(2_500, within(1e-6));
    }
}
