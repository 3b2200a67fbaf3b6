package kozan.model.labour;

/**
 * The month's jobs wanted in the market-held pools INDIRECT and INDUCED, by region (scenario index), persons: what
 * the supply-chain accounting ({@code kozan.model.supply.SupplyChain}) computed from this month's flows before the
 * labour markets step.
 */
public interface ChainDemand {

    /** IO-chain jobs wanted in the region (Type I beyond the supplier agents), persons. */
    double indirectPersons(int region);

    /** Household-spending jobs wanted in the region (Type II minus Type I), persons. */
    double inducedPersons(int region);
}
