package kozan.model.demand;

import kozan.scenario.Scenario;

/** What a manufacturer sees of the economy: calendar and the commodity markets it buys from. */
public interface DemandContext {

    Scenario scenario();

    /** Current 0-based month index. */
    int step();

    int commodityIndex(String id);

    int regionIndex(String id);

    /** World market of a commodity (price, expectation, ledger). */
    ImportSupply market(int commodity);

    /**
     * Japan's manufacturing activity index this month: the multiplier on every manufacturer's planned output from
     * MANUFACTURING_ACTIVITY events (a recession, an earthquake's outage); 1 without them.
     */
    double manufacturingActivity();

    /** The government's recycling lever in force (multiplier on recycled supply; 1 = current policy). */
    double recyclingLever();
}
