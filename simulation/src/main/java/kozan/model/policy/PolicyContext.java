package kozan.model.policy;

import java.time.YearMonth;
import kozan.model.demand.ImportSupply;

/** What the government sees of the economy: calendar, world prices (stockpile value) and where mines are. */
public interface PolicyContext {

    /** Current 0-based month index. */
    int step();

    /** Calendar month of {@link #step()}. */
    YearMonth month();

    /** World market of a commodity (its price values the stockpile). */
    ImportSupply market(int commodity);

    /** Region index of a mine (scenario or generated), or -1 when no mine has that id. */
    int regionOfMine(String mineId);
}
