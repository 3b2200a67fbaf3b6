package kozan.model.trade;

import java.time.YearMonth;
import kozan.model.TestScenarios;
import sim.engine.SimState;

/** The calendar a world market sees in tests: month {@link #step} after {@link TestScenarios#START}. */
final class MarketCalendar extends SimState implements MarketContext {
    private static final long serialVersionUID = 1L;
    int step;

    MarketCalendar() {
        super(1);
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public YearMonth month() {
        return TestScenarios.START.plusMonths(step);
    }
}
