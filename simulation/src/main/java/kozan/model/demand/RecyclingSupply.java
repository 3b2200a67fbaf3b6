package kozan.model.demand;

import kozan.scenario.CommoditySpec;

/**
 * The urban mine of one commodity as one buyer sees it: the share of material use met by recycled material,
 * {@code min(max_share, r0 x (P̄_lag / P0)^ε_rec x lever)} with r0 the commodity's {@code recycling_share}, P̄_lag
 * the buyers' 12-month mean price {@code recycling_lag_months} ago (collection and processing capacity follow
 * prices with a lag), P0 the reference price and the lever the government's {@code recycling_lever} in force
 * (design docs/design/markets-issue-14.md 1.7 and 2.4). Recycled tonnes enter the commodity ledger as supply.
 */
public final class RecyclingSupply {

    private final double baseShare;
    private final double maxShare;
    private final double elasticity;
    private final double reference;
    /** The last lag + 1 mean prices, oldest at {@code next}. */
    private final double[] history;
    private int next;
    /** (P̄_lag / P0)^ε_rec at the last recorded month (1 before any). */
    private double response = 1.0;

    public RecyclingSupply(CommoditySpec commodity, double referencePriceYenPerT) {
        this.baseShare = commodity.recyclingShare();
        this.maxShare = commodity.adaptation().recyclingMaxShare();
        this.elasticity = commodity.adaptation().recyclingElasticity();
        this.reference = referencePriceYenPerT;
        this.history = new double[commodity.adaptation().recyclingLagMonths() + 1];
        java.util.Arrays.fill(history, referencePriceYenPerT);
    }

    /**
     * Records this month's mean price and returns the recycled share of material use.
     *
     * @param meanPriceYenPerT the buyers' 12-month mean price this month, JPY/t
     * @param lever            the recycling lever in force (1 = current policy)
     */
    public double share(double meanPriceYenPerT, double lever) {
        record(meanPriceYenPerT);
        return share(lever);
    }

    /**
     * Records this month's mean price (once a month) and computes the price response of the recycled share.
     *
     * @param meanPriceYenPerT the buyers' 12-month mean price this month, JPY/t
     */
    public void record(double meanPriceYenPerT) {
        history[next] = meanPriceYenPerT;
        next = (next + 1) % history.length;
        if (baseShare <= 0) {
            return;
        }
        // after the write, history[next] is the oldest entry: the mean price lag months ago
        double lagged = history[next];
        double ratio = lagged / reference;
        response = elasticity == 0 || ratio == 1.0 ? 1.0 : Math.pow(ratio, elasticity);
    }

    /**
     * The recycled share of material use at the mean price last {@link #record recorded}.
     *
     * @param lever the recycling lever in force (1 = current policy)
     */
    public double share(double lever) {
        if (baseShare <= 0) {
            return 0.0;
        }
        return Math.min(maxShare, baseShare * response * lever);
    }
}
