package kozan.model.supply;

/**
 * The month's supply-chain and household-spending effects by region and IO sector, as the impact tables read them
 * (docs/design/jobs-issue-13.md sections 1-2 and 5.1). "Chain" is the IO-propagated part beyond the supplier agents'
 * own output: rounds two and later of the agents' purchases, and every round of the purchases no agent makes.
 * "Induced" is the household-closed (Type II) part minus Type I. Money is in constant 2025 JPY per month; persons
 * are filled jobs (what the regional labour market staffed), split over sectors pro rata to the jobs wanted.
 */
public interface SupplyChainView {

    /** Number of IO sectors of the table in use. */
    int sectorCount();

    /** The IO sector code at table index {@code sector} ("06", "30", ...). */
    String sectorCode(int sector);

    /** Chain output produced in region {@code region} (scenario region index) by IO sector, JPY (2025) this month. */
    double chainOutputYen(int region, int sector);

    /** Induced output produced in the region by IO sector, JPY (2025) this month. */
    double inducedOutputYen(int region, int sector);

    /** Filled chain jobs in the region and IO sector this month, persons. */
    double chainJobs(int region, int sector);

    /** Filled induced jobs in the region and IO sector this month, persons. */
    double inducedJobs(int region, int sector);
}
