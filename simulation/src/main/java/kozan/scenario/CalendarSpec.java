package kozan.scenario;

import java.time.YearMonth;

public record CalendarSpec(
        @Field(doc = "First simulated month, YYYY-MM, from 1950-01 to 2100-12.") YearMonth start,
        @Field(doc = "Length of the run in years; one step is one month.", unit = "years", min = 1, max = 100) int horizonYears) {

    /** Month of step s (0-based). */
    public YearMonth monthOf(int step) {
        return start.plusMonths(step);
    }

    /** Step of a month, may be negative or beyond the horizon. */
    public int stepOf(YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, month);
    }
}
