package kozan.model.supply;

import kozan.model.demand.ImportSupply;
import kozan.scenario.Scenario;
import kozan.scenario.io.IoTable;

/** What a supplier sees of the economy: calendar, its commodity's market, disasters, leaked orders, the IO table. */
public interface SupplyContext {

    Scenario scenario();

    /** Current 0-based month index. */
    int step();

    /** True in IO_PARITY mode (no labour or capacity constraints, fixed prices). */
    boolean ioParity();

    int commodityIndex(String id);

    int regionIndex(String id);

    /** World market of a commodity (import concentrate, world price, ledger). */
    ImportSupply market(int commodity);

    /** Share of output lost to disasters in a region this month (0-1). */
    double disasterCut(int region);

    /** This month's orders to suppliers (orders beyond the backlog limit leak abroad). */
    OrderBook orders();

    /** The scenario's input-output table (employment coefficients). */
    IoTable ioTable();
}
