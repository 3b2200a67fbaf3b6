package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Target cover C0 x (1 + φ x (risk ratio - 1)), capped, not raised while a restriction is in force, times
 * (P̄ / P)^η above the trailing mean: C0 3 months, φ 0.1, ceiling 12 months.
 */
class PrecautionaryStockTest {

    @Test
    void coverRisesWithTheRiskRatioUpToTheCeilingAndNeverFallsBelowTheCalmCover() {
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 1.0)).isEqualTo(3.0);
        // ratio 9 (China restricted: its 0.1/yr counted as 1/yr): 3 x (1 + 0.1 x 8) = 5.4
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0)).isCloseTo(5.4, within(1e-12));
        // 3 x (1 + 0.1 x 99) = 32.7 -> 12
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 100.0)).isEqualTo(12.0);
        // a calmer world does not thin stocks below the calm cover
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 0.5)).isEqualTo(3.0);
        // a calm cover above the ceiling stays
        assertThat(PrecautionaryStock.targetMonths(15, 0.1, 12, 2.0)).isEqualTo(15.0);
    }

    @Test
    void whileARestrictionIsInForceTheTargetIsTheCalmCoverSoStocksAreDrawnNotBuilt() {
        // ratio 9 but restricted: 3, not 5.4
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, true, 100, 100, 1)).isEqualTo(3.0);
        // the same ratio once the restriction has ended (within the memory): 3 x (1 + 0.1 x 8) = 5.4
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, false, 100, 100, 1)).isCloseTo(5.4, within(1e-12));
    }

    @Test
    void aPriceAboveItsTrailingMeanThinsTheTargetAndALowPriceDoesNotRaiseIt() {
        // doubled price, η 1: 5.4 x 100/200 = 2.7
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, false, 200, 100, 1)).isCloseTo(2.7, within(1e-12));
        // x4, η 0.5, restricted: 3 x (1/4)^0.5 = 1.5
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, true, 400, 100, 0.5)).isCloseTo(1.5, within(1e-12));
        // half the mean: no change, 5.4
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, false, 50, 100, 1)).isCloseTo(5.4, within(1e-12));
    }

    @Test
    void anAnnouncedShortfallAddsItsMonthsUnthinnedByThePriceUpToTheCeiling() {
        // calm: 3 + 1.5 = 4.5
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 1.0, false, 100, 100, 1, 1.5)).isCloseTo(4.5, within(1e-12));
        // none announced: the target without the term, 5.4 (ratio 9)
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, false, 100, 100, 1, 0.0)).isCloseTo(5.4, within(1e-12));
        // doubled price, η 1: the risk cover is thinned, the shortfall is not: 5.4 x 0.5 + 1.5 = 4.2
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, false, 200, 100, 1, 1.5)).isCloseTo(4.2, within(1e-12));
        // restricted: 3 + 1.5 = 4.5
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, true, 100, 100, 1, 1.5)).isCloseTo(4.5, within(1e-12));
        // 5.4 + 10 = 15.4 -> the ceiling 12
        assertThat(PrecautionaryStock.targetMonths(3, 0.1, 12, 9.0, false, 100, 100, 1, 10)).isEqualTo(12.0);
    }
}
