package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The world market clears: output + recycling = China's demand + rest demand + Japan + stock change, every month, to
 * 1e-9 relative; and a balanced start stays put (hand arithmetic in {@link MarketFixture#producers()}).
 */
class WorldMarketClearingTest {

    private static void assertClears(MarketFixture f, int step) {
        MarketView m = f.market;
        double supply = m.supplyT();
        double uses = m.chinaDemandT() + m.restDemandT() + m.japanT()
                + (m.chinaStockT() - f.market.ledger().chinaStockStartT())
                + (m.worldStockT() - f.market.ledger().worldStockStartT());
        assertThat(Math.abs(supply - uses)).as("step %d", step).isLessThanOrEqualTo(1e-9 * supply);
        assertThat(Math.abs(m.clearingResidualT())).as("step %d", step).isLessThanOrEqualTo(1e-9 * supply);
        assertThat(m.chinaStockT()).isGreaterThanOrEqualTo(-1e-9 * supply);
        assertThat(m.worldStockT()).isGreaterThanOrEqualTo(-1e-9 * supply);
    }

    @Test
    void aBalancedStartHoldsItsPriceAndFlows() {
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.25, 0.3, MarketFixture.producers()), List.of());
        double took = f.month(0, null, 2_500);
        // Japan took its 30,000 t/yr / 12; China 90,000 / 12 = 7,500; its use 5,000; exports 2,500; rest 2,400 + 100
        assertThat(took).isCloseTo(2_500, within(1e-9));
        assertThat(f.market.producerOutputT(0)).isCloseTo(7_500, within(1e-9));
        assertThat(f.market.chinaDemandT()).isCloseTo(5_000, within(1e-9));
        assertThat(f.market.exportsT()).isCloseTo(2_500, within(1e-9));
        assertThat(f.market.recyclingT()).isCloseTo(100, within(1e-9));
        assertThat(f.market.restDemandT()).isCloseTo(2_500, within(1e-9));
        // stocks stay at 3 months: China 15,000; world 3 x (2,500 + 2,500) = 15,000
        assertThat(f.market.chinaStockT()).isCloseTo(15_000, within(1e-6));
        assertThat(f.market.worldStockT()).isCloseTo(15_000, within(1e-6));
        assertThat(f.market.exportPrice()).isCloseTo(MarketFixture.PRICE, within(1e-6));
        assertClears(f, 0);
        for (int step = 1; step < 12; step++) {
            f.month(step, null, 2_500);
            assertClears(f, step);
        }
        assertThat(f.market.exportPrice()).isCloseTo(MarketFixture.PRICE, within(1e-3));
    }

    @Test
    void aQuotaCutClearsEveryMonthAndRaisesTheExportPrice() {
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.25, 0.0, MarketFixture.producers()),
                List.of(MarketFixture.quota("cut", YearMonth.of(2025, 3), 24, 6_000)));
        for (int step = 0; step < 48; step++) {
            f.month(step, step == 5 ? new double[] {1, 0, 0} : null, 2_500);
            assertClears(f, step);
        }
        assertThat(f.market.exportPrice()).isNotCloseTo(MarketFixture.PRICE, within(1.0));
    }

    @Test
    void japanBuyingLessLeavesTheTonnesInTheWorldPool() {
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0.25, 0.3, MarketFixture.producers()), List.of());
        f.month(0, null, 1_500);
        // 1,000 t fewer bought than the 2,500 the market expected: the world stock ends 1,000 above 15,000
        assertThat(f.market.worldStockT()).isCloseTo(16_000, within(1e-6));
        assertClears(f, 0);
    }
}
