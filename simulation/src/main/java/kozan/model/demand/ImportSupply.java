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
}
