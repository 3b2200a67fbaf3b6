package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.AdaptationSpec;
import kozan.scenario.CommoditySpec;
import org.junit.jupiter.api.Test;

/**
 * The intensity law (docs/model.md 7.4) by hand: reference price 100, ε_SR -0.05, ε_LR -0.30 (so the long-run part
 * beyond the short run is -0.25), τ 3 years (a month closes 1/36 of the log gap), ρ 0.2.
 */
class IntensityAdjustmentTest {

    private static final double EPS = 1e-12;

    /** Falls at most 12%/yr (ln 0.99 a month), recovers at most 24%/yr (ln 1.02), floor 0.5, band θ. */
    private static IntensityAdjustment law(double threshold) {
        CommoditySpec c = DemandStubs.commodity("a", true, 0.0, 0.12, 0.5, 0.24, threshold, AdaptationSpec.defaults());
        return new IntensityAdjustment(c, 100);
    }

    @Test
    void aFirstMonthAboveTheReferenceMovesTheLongRunFactorByAThirtySixthOfTheGapAndAddsTheShortRun() {
        IntensityAdjustment ia = law(0);
        double p = 100 * Math.exp(1.2);
        double f = ia.step(p);
        // P̄ = (11 x 100 + 332.0117) / 12 = 119.3343; ln k* = -0.25 x ln 1.193343 = -0.0441897; move -0.0441897 / 36
        // = -0.00122749; short run -0.05 x 1.2 = -0.06: factor exp(-0.00122749 - 0.06) = 0.9406092
        assertThat(ia.meanPrice()).isCloseTo(119.33430768947, within(1e-9));
        assertThat(ia.longRunFactor()).isCloseTo(Math.exp(-0.001227490810463), within(EPS));
        assertThat(f).isCloseTo(0.9406092354776, within(EPS));
    }

    @Test
    void theFallIsCappedByTheSubstitutionSpeedAndStopsAtTheFloor() {
        IntensityAdjustment ia = law(0);
        double p = 100 * Math.exp(10);
        double f = ia.step(p);
        // ln k* = -0.25 x ln(P̄ / 100) = -1.88 -> move -0.052 a month, capped at ln(1 - 0.12 / 12) = ln 0.99;
        // short run exp(-0.05 x 10) = 0.606531: factor 0.99 x 0.606531 = 0.6004654
        assertThat(ia.longRunFactor()).isCloseTo(0.99, within(EPS));
        assertThat(f).isCloseTo(0.6004653531155, within(EPS));
        for (int m = 1; m < 68; m++) {
            ia.step(p);
        }
        // 0.99^68 = 0.5049 is above the floor; one more month would be 0.4998: held at 0.5
        assertThat(ia.longRunFactor()).isCloseTo(Math.pow(0.99, 68), within(1e-9));
        ia.step(p);
        assertThat(ia.longRunFactor()).isCloseTo(0.5, within(EPS));
        // the factor in force never goes below the floor either (0.5 x 0.6065 would)
        assertThat(ia.factor()).isEqualTo(0.5);
    }

    @Test
    void onceThePriceAverageIsBackIntensityRecoversAtAFifthOfTheSpeed() {
        IntensityAdjustment ia = law(0);
        for (int m = 0; m < 12; m++) {
            ia.step(100 * Math.exp(10));
        }
        for (int m = 0; m < 12; m++) {
            ia.step(100);
        }
        // P̄ is 100 again: ln k* = 0, the move up is 0.2 x (0 - ln k) / 36 (below the ln 1.02 ceiling)
        double logK = Math.log(ia.longRunFactor());
        double f = ia.step(100);
        assertThat(Math.log(ia.longRunFactor())).isCloseTo(logK + 0.2 * (0 - logK) / 36, within(EPS));
        assertThat(f).isCloseTo(ia.longRunFactor(), within(EPS));
    }

    @Test
    void riseInsideTheDeadBandAndCommoditiesWithoutSubstituteDoNotMove() {
        IntensityAdjustment banded = law(0.25);
        for (int m = 0; m < 24; m++) {
            assertThat(banded.step(120)).isEqualTo(1.0);
        }
        CommoditySpec fixed = DemandStubs.commodity("a", true, 0.0, 0.0, 0.5, 0.24, 0.0, AdaptationSpec.defaults());
        IntensityAdjustment none = new IntensityAdjustment(fixed, 100);
        assertThat(none.step(100 * Math.exp(5))).isEqualTo(1.0);
    }
}
