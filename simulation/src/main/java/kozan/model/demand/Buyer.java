package kozan.model.demand;

/** Role of a manufacturer in the procurement clearing (docs/model.md 7.4), per commodity index. */
public interface Buyer {

    /**
     * True when the buyer may ever need the commodity (a positive intensity). The clearing passes over the others:
     * their need, demand and inventory are always 0, so leaving them out changes no sum.
     */
    boolean uses(int commodity);

    /** Need of a commodity at the start output, t/month (seeds the consumption average behind stockpile targets). */
    double initialNeed(int commodity);

    /** Material to be used this month, t. */
    double need(int commodity);

    /** Need plus inventory rebuilding, t. */
    double demand(int commodity);

    /** Inventory held at the start of the clearing, t. */
    double inventory(int commodity);

    /** Weight of disruption hazard against price premium in the import logit. */
    double riskAversion();

    /** Logit sensitivity to effective import cost. */
    double logitBeta();

    /** The clearing's answer: tonnes bought at home, imported, and received from the state stockpile. */
    void allot(int commodity, double domesticT, double importsT, double stockpileT, double importsYen);
}
