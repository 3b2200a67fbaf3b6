package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Japan's access by origin, by hand. Two origins: China F 1,000 t (Japan's usual share j 0.6) and Australia F 500 t
 * (j 0.2), recycling 100 t, so F = 1,600 t and the others' usual take sum (1 - j) F + recycling = 400 + 400 + 100 =
 * 900 t; delta 0.05.
 */
class OriginAccessTest {

    private static final double[] INFLOW = {1_000, 500};
    private static final double[] USUAL = {0.6, 0.2};
    private static final double EPS = 1e-9;

    private static double[] access(double stock, double target, double rest) {
        double[] out = new double[2];
        OriginAccess.japan(INFLOW, 100, stock, target, rest, USUAL, 0.05, out);
        return out;
    }

    @Test
    void withEnoughForEveryoneJapanTakesWhatTheOthersLeaveOfTheOriginsOwnFlowAndStockShare() {
        // stock at its target 6,000: merchant stock M = max(0.05 x 6,000, 0) = 300
        // China: V = 1,000 + 300 x 1,000/1,600 = 1,187.5; others R = 900 x 400/900 = 400; max(0.6 x 1,187.5, 787.5)
        // Australia: V = 500 + 300 x 500/1,600 = 593.75; others 900 x 400/900 = 400; max(118.75, 193.75)
        double[] a = access(6_000, 6_000, 900);
        assertThat(a[0]).isCloseTo(787.5, within(EPS));
        assertThat(a[1]).isCloseTo(193.75, within(EPS));
    }

    @Test
    void anOriginTooShortForAllRationsProRataToUsualShares() {
        // the others want three times as much: R_o = 2,700 x 400/900 = 1,200 on each origin, more than it can sell
        // China: max(0.6 x 1,187.5 = 712.5, 1,187.5 - 1,200 < 0); Australia: max(0.2 x 593.75 = 118.75, < 0)
        double[] a = access(6_000, 6_000, 2_700);
        assertThat(a[0]).isCloseTo(712.5, within(EPS));
        assertThat(a[1]).isCloseTo(118.75, within(EPS));
    }

    @Test
    void stockAboveTheHoldersTargetIsOnOfferWhole() {
        // stock 10,000 against a target of 6,000: M = max(500, 4,000) = 4,000
        // China: V = 1,000 + 4,000 x 0.625 = 3,500, Japan max(2,100, 3,500 - 400) = 3,100
        // Australia: V = 500 + 4,000 x 0.3125 = 1,750, Japan max(350, 1,750 - 400) = 1,350
        double[] a = access(10_000, 6_000, 900);
        assertThat(a[0]).isCloseTo(3_100, within(EPS));
        assertThat(a[1]).isCloseTo(1_350, within(EPS));
    }

    @Test
    void anOriginThatSellsNothingOpensNothingAndTheOthersDoNotInheritItsShare() {
        double[] out = new double[2];
        // China ships nothing: F = 500 + 100 = 600; M = 300; Australia V = 500 + 300 x 500/600 = 750,
        // others 900 x 400/(400 + 100) = 720 -> max(0.2 x 750 = 150, 30) = 150
        OriginAccess.japan(new double[] {0, 500}, 100, 6_000, 6_000, 900, USUAL, 0.05, out);
        assertThat(out[0]).isZero();
        assertThat(out[1]).isCloseTo(150, within(EPS));
    }

    @Test
    void japansUsualShareIsItsExpectedPurchasesOverTheOriginsSalesAtMostOne() {
        // 0.9 x 2,500 / 4,000 = 0.5625
        assertThat(OriginAccess.usualShare(0.9, 2_500, 4_000)).isCloseTo(0.5625, within(EPS));
        assertThat(OriginAccess.usualShare(0.9, 2_500, 1_000)).isEqualTo(1.0);
        assertThat(OriginAccess.usualShare(0.9, 2_500, 0)).isZero();
    }

    @Test
    void underAStopOfChinaJapanGetsNoMoreFromTheOthersThanTheirOwnFlowAndStockShare() {
        // the fixture's world: rest 2,400 t/month, the world pool at its 3-month target; China's source stopped.
        // Before issue 14's fix the rest's source was opened ~3x the rest's whole output (docs/validation.md).
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0, 0, MarketFixture.producers()),
                java.util.List.of());
        double took = f.month(0, new double[] {1, 0, 0}, 2_500);
        // rest: F 2,400 of F = 2,500 (China) + 2,400 + 100 recycling = 5,000; S = 3 x 5,000 = 15,000, M = 750;
        // V = 2,400 + 750 x 0.48 = 2,760; j = 0.1 x 2,500 / 2,400 (vietnam's base share 0.1); others' usual take
        // 2,500 x (1 - 0.6) + 2,400 x (1 - 0.1042) + 100 = 3,250; R_o = 2,500 x 2,150/3,250 = 1,653.8;
        // Japan max(287.5, 2,760 - 1,653.8 = 1,106.2)
        double j = 0.1 * 2_500 / 2_400;
        double othersUsual = 2_500 * (1 - 0.6) + 2_400 * (1 - j) + 100;
        double expected = 2_760 - 2_500 * (1 - j) * 2_400 / othersUsual;
        assertThat(took).isCloseTo(expected, within(1e-6));
        assertThat(took).isLessThan(2_760);
    }

    @Test
    void japansUnmetDemandCountsAsDemandInThePriceRule() {
        // China's source stopped: Japan asks 2,500 t and gets less; the expected world demand stays at the rest's
        // 2,500 + Japan's 2,500 = 5,000 t (the start value), not 2,500 + what Japan got
        MarketFixture f = new MarketFixture(MarketFixture.spec(0.15, 0, 0, MarketFixture.producers()),
                java.util.List.of());
        double[] stop = {1, 0, 0};
        double start = f.market.chinaStockT() + f.market.worldStockT();
        double took = f.month(0, stop, 2_500);
        assertThat(took).isLessThan(2_500);
        double expectedChina = 5_000 + (f.market.chinaDemandT() - 5_000) / 12;
        double stock = f.market.chinaStockT() + f.market.worldStockT();
        double demand = expectedChina + 5_000;
        double cover = stock / demand;
        f.month(1, stop, 2_500);
        // month 1, pooled (no quota, duty 0): ln P moves by 0.15 x (stock drawn in month 0 / demand + (3 - cover) / 3)
        // from 1,000,000
        assertThat(f.market.exportPrice())
                .isCloseTo(1_000_000 * Math.exp(0.15 * ((start - stock) / demand + (3 - cover) / 3)), within(1e-6));
    }
}
