package kozan.model.labour;

/**
 * Read-only regional labour-market statistics, implemented by the regional labour market (ordering 5)
 * when a scenario has one wired in. All values are for the current month; region index as in the scenario.
 */
public interface LabourMarketView {

    /** Labour force L, persons. */
    double labourForce(int region);

    /** Employment E (all classes), persons. */
    double employed(int region);

    /** Unemployed U = L - E, persons. */
    double unemployed(int region);

    /** Open vacancies V, persons. */
    double vacancies(int region);

    /** Wage index (1 at the start). */
    double wageIndex(int region);

    /** Net migration into the region this month, persons. */
    double netMigration(int region);

    /** Induced (household-spending) jobs filled, persons. */
    double inducedJobs(int region);

    /** Supply-chain jobs filled in the market's INDIRECT pool (beyond the supplier agents), persons. */
    double indirectJobs(int region);

    /** Rest-of-economy jobs displaced R* - R, persons, signed (docs/outputs.md, jobs_displaced). */
    double jobsDisplaced(int region);
}
