package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The ln P update from excess demand, flow and stock (docs/model.md 7.1.1): hand values with lambda 0.15/month, C* 3
 * months, cap 0.25; and the closed loop it makes with a pool whose stock answers the price, which must settle.
 */
class InventoryPriceRuleTest {

    private final InventoryPriceRule rule = new InventoryPriceRule(0.15, 3.0, 0.25);

    @Test
    void atTargetCoverWithNoStockDrawnThePriceHolds() {
        assertThat(rule.logStep(6_000, 6_000, 2_000)).isZero();
    }

    @Test
    void anEmptyPoolRaisesTheLogPriceByLambda() {
        // no flow (empty last month too), stock gap 0.15 x (3 - 0) / 3 = 0.15
        assertThat(rule.logStep(0, 0, 2_000)).isCloseTo(0.15, within(1e-15));
    }

    @Test
    void theStockGapTermIsProportionalToTheRelativeCoverGap() {
        // cover 1.5: 0.15 x (3 - 1.5) / 3 = 0.075; cover 4.5: 0.15 x (3 - 4.5) / 3 = -0.075 (stock unchanged: no flow)
        assertThat(rule.logStep(3_000, 3_000, 2_000)).isCloseTo(0.075, within(1e-15));
        assertThat(rule.logStep(9_000, 9_000, 2_000)).isCloseTo(-0.075, within(1e-15));
    }

    @Test
    void theStockDrawnLastMonthIsExcessDemandAndRaisesThePrice() {
        // at target cover, 400 t drawn over 2,000 t/month of demand: 0.15 x 0.2 = 0.03; 400 t built: -0.03
        assertThat(rule.logStep(6_000, 6_400, 2_000)).isCloseTo(0.03, within(1e-15));
        assertThat(rule.logStep(6_000, 5_600, 2_000)).isCloseTo(-0.03, within(1e-15));
        // both terms: cover 1.5 (gap 0.5) and 500 t drawn (0.25): 0.15 x 0.75 = 0.1125
        assertThat(rule.logStep(3_000, 3_500, 2_000)).isCloseTo(0.1125, within(1e-15));
    }

    @Test
    void theFirstMonthHasNoFlowTerm() {
        assertThat(rule.logStep(3_000, Double.NaN, 2_000)).isCloseTo(0.075, within(1e-15));
    }

    @Test
    void withoutDemandThePriceHolds() {
        assertThat(rule.logStep(9_000, 12_000, 0)).isZero();
    }

    @Test
    void theCapBindsOnLargeGapsBothWays() {
        // cover 12: 0.15 x (3 - 12) / 3 = -0.45 -> capped at -0.25
        assertThat(rule.logStep(24_000, 24_000, 2_000)).isEqualTo(-0.25);
        InventoryPriceRule steep = new InventoryPriceRule(0.4, 3.0, 0.25);
        // empty: 0.4 -> capped at +0.25
        assertThat(steep.logStep(0, 0, 2_000)).isEqualTo(0.25);
    }

    @Test
    void coverIsStockOverExpectedMonthlyDemand() {
        // 9,000 t / 2,000 t per month = 4.5 months; no demand: at target
        assertThat(rule.cover(9_000, 2_000)).isEqualTo(4.5);
        assertThat(rule.cover(9_000, 0)).isEqualTo(3.0);
    }

    /**
     * The closed loop of docs/validation.md M8: a pool whose net inflow answers the price (supply and demand elasticities
     * together 0.24, demand 1,000 t/month), knocked to half its target stock. With the stock gap alone the loop is an
     * undamped oscillator (period 2 pi / sqrt(lambda 0.24 / C*), 30 months at lambda 0.55) and would swing as far in its
     * twentieth year as in its first; the flow term damps it, so the swings die out.
     */
    @Test
    void aPoolWhoseStockAnswersThePriceSettlesAfterAShock() {
        InventoryPriceRule fitted = new InventoryPriceRule(0.55, 3.0, 0.25);
        double demand = 1_000;
        double target = 3.0 * demand;
        double stock = 0.5 * target;
        double previous = stock;
        double logPrice = 0;
        double firstYears = 0;
        double lastYears = 0;
        for (int month = 0; month < 240; month++) {
            logPrice += fitted.logStep(stock, previous, demand);
            previous = stock;
            stock += 0.24 * demand * logPrice; // net inflow: supply up and demand down when the price is high
            if (month < 60) {
                firstYears = Math.max(firstYears, Math.abs(logPrice));
            } else if (month >= 180) {
                lastYears = Math.max(lastYears, Math.abs(logPrice));
            }
        }
        assertThat(firstYears).as("the shock moves the price").isGreaterThan(0.05);
        assertThat(lastYears).as("largest |ln P| in years 16-20").isLessThan(1e-3 * firstYears);
        assertThat(stock).isCloseTo(target, within(1.0));
    }
}
