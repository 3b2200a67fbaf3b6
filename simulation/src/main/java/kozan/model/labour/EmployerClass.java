package kozan.model.labour;

/**
 * Employer classes of a regional labour market (docs/model.md 7.6). INDIRECT, INDUCED and REST are held by the market
 * itself.
 */
public enum EmployerClass {
    /** Mines in every stage (exploration crews to reclamation crews). */
    MINING,
    /** EQUIPMENT, ENGINEERING and PROCESSING suppliers. */
    SUPPLIERS,
    MANUFACTURING,
    /**
     * The supply chain beyond the supplier agents: every round of the IO chain the mines' and agents' purchases call
     * for ({@code kozan.model.supply.SupplyChain}, Type I).
     */
    INDIRECT,
    /** Household-spending jobs: the Type II minus Type I output of the supply chain and the simulated payrolls. */
    INDUCED,
    /** The rest of the regional economy, following its exogenous trend. */
    REST;

    /** Classes an agent may register as; INDIRECT, INDUCED and REST belong to the market. */
    public boolean registrable() {
        return this == MINING || this == SUPPLIERS || this == MANUFACTURING;
    }
}
