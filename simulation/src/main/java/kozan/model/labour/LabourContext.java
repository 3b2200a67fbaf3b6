package kozan.model.labour;

import java.util.List;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.io.IoTable;

/** What the labour markets see of the economy: employers, training subsidies, orders (IO parity), the IO table. */
public interface LabourContext {

    Scenario scenario();

    /** Current 0-based month index. */
    int step();

    /** True in IO_PARITY mode (no labour constraints). */
    boolean ioParity();

    List<RegionSpec> regions();

    /** Every employer in creation order (the list only grows). */
    List<Workplace> employers();

    /** Extra skilled miners trained per year in a region from targeted support active now, persons/yr. */
    double trainingPerYear(int region);

    /** This month's domestic orders to suppliers by kind (the IO-parity ripple's spending). */
    DomesticOrders orders();

    /** The scenario's input-output table. */
    IoTable ioTable();

    /** This month's jobs wanted in the markets' INDIRECT and INDUCED pools (set before the markets step). */
    ChainDemand chainDemand();

    /** Joins the labour market to the month (labour phase) and makes it the economy's {@link LabourMarketView}. */
    void installLabourMarket(LabourMarketAgent agent);
}
