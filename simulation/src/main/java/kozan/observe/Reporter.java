package kozan.observe;

/**
 * Reads one metric's rows of the month from the model and adds them to {@link MonthRows}, in a fixed order
 * (national or commodity order first, then regions in scenario order; within a key the total detail "" first).
 * Reporters are called on the hot path once a month: they must not box or stream.
 */
@FunctionalInterface
public interface Reporter {

    /** Adds this month's rows of {@code metric} (the name of the definition that holds this reporter). */
    void report(MonthRows rows, String metric);
}
