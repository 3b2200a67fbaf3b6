package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ln P update from stock cover (docs/model.md 7.1.1), hand values with lambda 0.15/month, C* 3 months, cap 0.25. */
class InventoryPriceRuleTest {

    private final InventoryPriceRule rule = new InventoryPriceRule(0.15, 3.0, 0.25);

    @Test
    void atTargetCoverThePriceHolds() {
        assertThat(rule.logStep(3.0)).isZero();
    }

    @Test
    void anEmptyPoolRaisesTheLogPriceByLambda() {
        // 0.15 x (3 - 0) / 3 = 0.15
        assertThat(rule.logStep(0.0)).isCloseTo(0.15, within(1e-15));
    }

    @Test
    void theStepIsProportionalToTheRelativeCoverGap() {
        // cover 1.5: 0.15 x (3 - 1.5) / 3 = 0.075; cover 4.5: 0.15 x (3 - 4.5) / 3 = -0.075
        assertThat(rule.logStep(1.5)).isCloseTo(0.075, within(1e-15));
        assertThat(rule.logStep(4.5)).isCloseTo(-0.075, within(1e-15));
    }

    @Test
    void theCapBindsOnLargeGapsBothWays() {
        // cover 12: 0.15 x (3 - 12) / 3 = -0.45 -> capped at -0.25
        assertThat(rule.logStep(12.0)).isEqualTo(-0.25);
        InventoryPriceRule steep = new InventoryPriceRule(0.4, 3.0, 0.25);
        // empty: 0.4 -> capped at +0.25
        assertThat(steep.logStep(0.0)).isEqualTo(0.25);
    }

    @Test
    void coverIsStockOverExpectedMonthlyDemand() {
        // 9,000 t / 2,000 t per month = 4.5 months; no demand: at target
        assertThat(rule.cover(9_000, 2_000)).isEqualTo(4.5);
        assertThat(rule.cover(9_000, 0)).isEqualTo(3.0);
    }
}
