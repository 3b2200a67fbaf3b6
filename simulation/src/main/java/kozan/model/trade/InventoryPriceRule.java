package kozan.model.trade;

/**
 * The price rule of a pool of a world market (docs/model.md 7.1.1): the price adjusts to excess demand, counted with
 * the stock that holders want back at its target. With stock S at the start of the month, S_prev at the start of the
 * last month, expected demand D̄ (t/month), cover C = S / D̄ and target cover C*,
 * <pre>
 *   ln P' = ln P + clamp( lambda [ (S_prev - S) / D̄  +  (C* - C) / C* ] , -maxStep, +maxStep )
 * </pre>
 * The first term is last month's excess demand flow (demand minus supply, the stock drawn) over expected demand; the
 * second the stock the holders want back, spread over C* months, over the same demand: together the excess demand of
 * the classic stock-flow commodity model, with one speed lambda (1/month). Without the flow term (the rule until
 * 2026-12-07) the pool's stock and the price form an undamped oscillator (docs/validation.md, M8); the flow term damps
 * it. maxStep caps one month's log change (a numerical guard). Written in logs so that the price stays positive.
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

    /**
     * This month's change of ln P.
     *
     * @param stockT                 stock at the start of this month, t
     * @param previousStockT         stock at the start of the last month, t (NaN in the first month: no flow term)
     * @param expectedDemandTPerMonth expected demand, t/month
     */
    double logStep(double stockT, double previousStockT, double expectedDemandTPerMonth) {
        double cover = cover(stockT, expectedDemandTPerMonth);
        double flow = Double.isNaN(previousStockT) || expectedDemandTPerMonth <= 0 ? 0.0
                : (previousStockT - stockT) / expectedDemandTPerMonth;
        double step = lambda * (flow + (targetCover - cover) / targetCover);
        return Math.max(-maxStep, Math.min(maxStep, step));
    }

    double targetCover() {
        return targetCover;
    }
}
