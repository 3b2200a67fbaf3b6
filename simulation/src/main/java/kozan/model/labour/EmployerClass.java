package kozan.model.labour;

/** Employer classes of a regional labour market (docs/model.md 7.6). INDUCED and REST are held by the market itself. */
public enum EmployerClass {
    /** Mines in every stage (exploration crews to reclamation crews). */
    MINING,
    /** EQUIPMENT, ENGINEERING and PROCESSING suppliers. */
    SUPPLIERS,
    MANUFACTURING,
    /** Local services that serve the households of mining and supplier workers. */
    INDUCED,
    /** The rest of the regional economy, following its exogenous trend. */
    REST;

    /** Classes an agent may register as; INDUCED and REST belong to the market. */
    public boolean registrable() {
        return this == MINING || this == SUPPLIERS || this == MANUFACTURING;
    }
}
