package kozan.io;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Months of a run grouped into calendar years, for the annual roll-ups (annual.csv, impacts.csv): rows arrive in
 * step order, several rows per step; the first row of a month in a new calendar year ends the year before.
 */
final class YearClock {

    private final YearMonth start;
    private int year = Integer.MIN_VALUE;
    private int lastStep = -1;
    private int months;

    /** @param start calendar month of step 0 */
    YearClock(YearMonth start) {
        this.start = Objects.requireNonNull(start);
    }

    /**
     * Counts step {@code step} once: a repeat of the current step does nothing, an earlier step is refused, and a
     * step in a new calendar year first runs {@code endOfYear} (which sees the year before and its month count, and
     * calls {@link #yearWritten()} once it has written the year).
     */
    void month(int step, Runnable endOfYear) {
        if (step == lastStep) {
            return;
        }
        if (step < lastStep) {
            throw new IllegalStateException("rows must arrive in step order: step " + step + " after " + lastStep);
        }
        int stepYear = start.plusMonths(step).getYear();
        if (stepYear != year) {
            endOfYear.run();
            year = stepYear;
        }
        lastStep = step;
        months++;
    }

    /** The current year's rows are written: its month count starts again (a second write finds 0 months). */
    void yearWritten() {
        months = 0;
    }

    /** The calendar year being counted (Integer.MIN_VALUE before the first row). */
    int year() {
        return year;
    }

    /** Months counted in the current year so far. */
    int months() {
        return months;
    }

    /** The last step counted. */
    int lastStep() {
        return lastStep;
    }
}
