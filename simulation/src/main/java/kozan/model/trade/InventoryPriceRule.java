package kozan.model.trade;

/**
 * The price rule of a pool of a world market (docs/model.md 7.1.1): the price adjusts to excess demand through
 * inventories. With stock cover C = S / D̄ (months: stock at the start of the month over expected monthly demand)
 * and target cover C*,
 * <pre>
 *   ln P' = ln P + clamp( lambda (C* - C) / C* , -maxStep, +maxStep )
 * </pre>
 * lambda in 1/month, C and C* in months, maxStep a cap on one month's log change (a numerical guard). At C = C* the
 * price holds; an empty pool (C = 0) raises it by lambda a month; a pool at twice its target lowers it by lambda.
 * Written in logs so that the price stays positive.
 */
final class InventoryPriceRule {

    private final double lambda;
    private final double targetCover;
    private final double maxStep;

    /**
     * @param lambda      price response to a cover gap, 1/month
     * @param targetCover target cover C*, months (&gt; 0)
     * @param maxStep     cap on |d ln P| a month
     */
    InventoryPriceRule(double lambda, double targetCover, double maxStep) {
        this.lambda = lambda;
        this.targetCover = targetCover;
        this.maxStep = maxStep;
    }

    /** Stock cover in months: stock (t) over expected demand (t/month); an empty market with no demand is at target. */
    double cover(double stockT, double expectedDemandTPerMonth) {
        return expectedDemandTPerMonth > 0 ? stockT / expectedDemandTPerMonth : targetCover;
    }

    /** This month's change of ln P for a cover (months). */
    double logStep(double cover) {
        double step = lambda * (targetCover - cover) / targetCover;
        return Math.max(-maxStep, Math.min(maxStep, step));
    }

    double targetCover() {
        return targetCover;
    }
}
