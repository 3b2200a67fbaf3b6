package kozan.model.demand;

import java.util.List;
import kozan.scenario.CommoditySpec;

/**
 * The buyers' responses to the price of each commodity in one run: thrift and substitution
 * ({@link IntensityAdjustment}) and the urban mine ({@link RecyclingSupply}). Both depend only on the commodity, its
 * reference price (the initial price) and the world prices of the months so far, which every buyer of the commodity
 * shares, so each commodity's responses are advanced once a month, by whichever buyer asks first, and read by all
 * of them. Advancing them per buyer gave the same numbers at several times the cost (160 buyer-commodity pairs
 * for 17 commodities in the baseline, a logarithm and a power each).
 */
public final class PriceResponses {

    private final List<CommoditySpec> commodities;
    private final IntensityAdjustment[] adjustment;
    private final RecyclingSupply[] urbanMine;
    /** Month (step) each commodity's responses were last advanced to; -1 before the first. */
    private final int[] advancedTo;
    /** Intensity factor in force (intensity / base intensity) after the last advance. */
    private final double[] factor;

    /** @param commodities the scenario's commodities, in index order */
    public PriceResponses(List<CommoditySpec> commodities) {
        int nc = commodities.size();
        this.commodities = commodities;
        this.adjustment = new IntensityAdjustment[nc];
        this.urbanMine = new RecyclingSupply[nc];
        this.advancedTo = new int[nc];
        this.factor = new double[nc];
        java.util.Arrays.fill(advancedTo, -1);
        java.util.Arrays.fill(factor, 1.0);
    }

    /** Prepares commodity c's responses (a buyer uses it); commodities no buyer uses get none. */
    void include(int c) {
        if (adjustment[c] == null) {
            CommoditySpec commodity = commodities.get(c);
            double reference = commodity.price().initial();
            adjustment[c] = new IntensityAdjustment(commodity, reference);
            urbanMine[c] = new RecyclingSupply(commodity, reference);
        }
    }

    /**
     * Advances commodity c's responses to month {@code step} at that month's world price; later calls for the
     * same month (the other buyers) change nothing.
     *
     * @param worldPriceYenPerT the month's world price, JPY/t (the same for every buyer)
     */
    void advance(int c, int step, double worldPriceYenPerT) {
        if (advancedTo[c] == step) {
            return;
        }
        advancedTo[c] = step;
        factor[c] = adjustment[c].step(worldPriceYenPerT);
        urbanMine[c].record(adjustment[c].meanPrice());
    }

    /** Intensity factor in force for commodity c (intensity / base intensity) after the last advance. */
    double intensityFactor(int c) {
        return factor[c];
    }

    /** Commodity c's trailing mean world price after the last advance, JPY/t (the buyers' reference price). */
    double meanPrice(int c) {
        return adjustment[c].meanPrice();
    }

    /**
     * Recycled share of commodity c's material use after the last advance.
     *
     * @param lever the recycling lever in force (1 = current policy)
     */
    double recycledShare(int c, double lever) {
        return urbanMine[c].share(lever);
    }
}
