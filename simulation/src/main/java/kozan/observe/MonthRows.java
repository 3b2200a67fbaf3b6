package kozan.observe;

import java.util.List;
import kozan.model.MiningEconomy;
import kozan.scenario.RegionSpec;

/**
 * The rows of the month being recorded, handed to every {@link Reporter}: the economy to read, the step, the
 * region ids of the run and this month's {@link AgentTally} (counted once, on first use). One per recorder, reused
 * every month, so recording allocates nothing per month.
 */
public final class MonthRows {

    private final MiningEconomy economy;
    private final RowSink sink;
    /** Region ids by scenario index. */
    private final String[] regionIds;
    /** Commodity ids by scenario index (read for every per-commodity row). */
    private final String[] commodityIds;
    private final AgentTally tally;
    private int step;
    private boolean tallied;

    MonthRows(MiningEconomy economy, RowSink sink) {
        this.economy = economy;
        this.sink = sink;
        List<RegionSpec> regions = economy.regions();
        regionIds = new String[regions.size()];
        for (int r = 0; r < regionIds.length; r++) {
            regionIds[r] = regions.get(r).id();
        }
        commodityIds = economy.scenario().commodities().stream().map(c -> c.id()).toArray(String[]::new);
        tally = new AgentTally(regionIds.length);
    }

    /** Starts the rows of month {@code step}. */
    void begin(int step) {
        this.step = step;
        this.tallied = false;
    }

    public MiningEconomy economy() {
        return economy;
    }

    /** Number of regions of the scenario. */
    public int regionCount() {
        return regionIds.length;
    }

    /** Id of region {@code r} (scenario index). */
    public String regionId(int r) {
        return regionIds[r];
    }

    /** Number of commodities of the scenario. */
    public int commodityCount() {
        return commodityIds.length;
    }

    /** Id of commodity {@code c} (scenario index). */
    public String commodityId(int c) {
        return commodityIds[c];
    }

    /** This month's head counts, mine pipeline and environmental flows summed over the agents. */
    AgentTally tally() {
        if (!tallied) {
            tally.count(economy);
            tallied = true;
        }
        return tally;
    }

    /** Adds one row of this month; {@code ""} for no commodity, the nation, or the total detail. */
    public void add(String metric, String commodity, String region, String detail, double value) {
        sink.accept(step, metric, commodity, region, detail, value);
    }
}
