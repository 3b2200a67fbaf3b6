package kozan.scenario;

import java.time.YearMonth;

/** A lever value that holds from a month until the next point. */
public record TimelinePoint(
        @Field(doc = "First month the value applies.") YearMonth from,
        @Field(doc = "Value from that month on.") double value) {
}
