package kozan.model.demand;

/** What buyers of a commodity (procurement clearing, manufacturers, processing plants) see of its world market. */
public interface ImportSupply {

    String commodityId();

    CommodityLedger ledger();

    int sourceCount();

    double worldPrice();

    double expectation();

    /** Import price of source s, JPY/t. */
    double importPrice(int source);

    /**
     * Takes up to demand t across sources with volume left (source-choice logit with the buyers' mean beta and risk
     * aversion, capacity spill-over: {@code kozan.model.trade.ImportAllocator}); fills out per source.
     */
    double takeImports(double demand, double beta, double riskAversion, double[] out);

    /**
     * Supply risk of the commodity's origins: the share-weighted disruption hazard in force over its start value
     * (1 = as at the start), a source under or recently under an export restriction counting with a raised hazard.
     * Buyers raise their precautionary cover with it ({@link PrecautionaryStock}).
     */
    default double riskRatio() {
        return 1.0;
    }

    /**
     * The shortfall buyers expect from announced cuts (export restrictions and quotas known ahead) over their
     * anticipation horizon, months of need (0 when none is announced). Buyers hold stock against it
     * ({@link PrecautionaryStock}).
     */
    default double anticipatedShortfallMonths() {
        return 0.0;
    }

    /** Whether a scheduled export restriction cuts one of the commodity's sources this month (buyers draw stock then). */
    default boolean restrictionInForce() {
        return false;
    }
}
