package kozan.model.mining;

import java.time.YearMonth;
import kozan.model.policy.Government;
import kozan.model.supply.OrderBook;
import kozan.model.trade.WorldMarket;
import kozan.scenario.Scenario;

/** What a mine and a prospect generator see of the economy: calendar, policy, its market, orders, and the new-mine door. */
public interface MineContext {

    Scenario scenario();

    /** Current 0-based month index. */
    int step();

    /** Calendar month of {@link #step()}. */
    YearMonth month();

    /** True in IO_PARITY mode (no labour or capacity constraints, fixed prices). */
    boolean ioParity();

    int commodityIndex(String id);

    int regionIndex(String id);

    Government government();

    WorldMarket market(int commodity);

    /** Share of output lost to disasters in a region this month (0-1). */
    double disasterCut(int region);

    /** Share of capacity direct-use mines of a commodity work at this month (1 for processed commodities). */
    double directUseCall(int commodity);

    /** This month's orders to suppliers. */
    OrderBook orders();

    /** Adds a newly generated mine; it steps from this month on, after the mines already present. */
    void addMine(Mine mine);
}
