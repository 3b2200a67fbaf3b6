package kozan.model.demand;

/** What the procurement clearing needs from a commodity's world market. */
public interface ImportSupply {

    CommodityLedger ledger();

    int sourceCount();

    double worldPrice();

    double expectation();

    /** Import price of source s, JPY/t. */
    double importPrice(int source);

    /** Takes up to demand t across sources with volume left (logit split, spill-over); fills out per source. */
    double takeImports(double demand, double beta, double riskAversion, double[] out);
}
