package kozan.model.trade;

import java.time.YearMonth;

/** What a world market needs to see of the economy each month: the calendar. */
public interface MarketContext {

    /** Current 0-based month index. */
    int step();

    /** Calendar month of {@link #step()}. */
    YearMonth month();
}
