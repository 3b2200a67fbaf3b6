package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.AdaptationSpec;
import kozan.scenario.CommoditySpec;
import org.junit.jupiter.api.Test;

/** The urban mine by hand: r0 0.1, ε_rec 0.3, lag 2 months, ceiling 0.5, reference price 100. */
class RecyclingSupplyTest {

    private static final double EPS = 1e-12;

    private static RecyclingSupply urbanMine(double r0) {
        AdaptationSpec d = AdaptationSpec.defaults();
        AdaptationSpec a = new AdaptationSpec(d.shortRunElasticity(), d.longRunElasticity(), d.adjustmentYears(),
                d.recoveryFactor(), 0.3, 2, 0.5, d.precautionaryResponse(), d.maxCoverMonths(), d.precautionaryPriceElasticity(), d.riskMemoryMonths(),
                d.emergencySubstitutionShare(), d.emergencyThriftShare(), d.anticipationHorizonMonths());
        CommoditySpec c = DemandStubs.commodity("a", true, r0, 0.1, 0.5, 0.02, 0.15, a);
        return new RecyclingSupply(c, 100);
    }

    @Test
    void aDoubledPriceRaisesRecyclingOnlyAfterTheLagByTwoToThePowerOfTheElasticity() {
        RecyclingSupply r = urbanMine(0.1);
        assertThat(r.share(100, 1)).isCloseTo(0.1, within(EPS));
        // the mean price doubles: the first two months still see the price of two months before
        assertThat(r.share(200, 1)).isCloseTo(0.1, within(EPS));
        assertThat(r.share(200, 1)).isCloseTo(0.1, within(EPS));
        // 0.1 x 2^0.3 = 0.1231144
        assertThat(r.share(200, 1)).isCloseTo(0.12311444133449, within(EPS));
        // the lever doubles it: 0.2462289; a lever of 10 hits the ceiling 0.5
        assertThat(r.share(200, 2)).isCloseTo(0.24622888266898, within(EPS));
        assertThat(r.share(200, 10)).isEqualTo(0.5);
    }

    @Test
    void noUrbanMineWithoutABaseShare() {
        RecyclingSupply r = urbanMine(0);
        assertThat(r.share(1000, 5)).isZero();
    }
}
