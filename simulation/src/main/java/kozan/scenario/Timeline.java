package kozan.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * A policy lever over time. In YAML either a number (constant) or a list of {from, value} points in
 * increasing order; before the first point the lever is 0 unless the first point is at or before the start.
 */
public record Timeline(List<TimelinePoint> points) {

    public static Timeline constant(double v) {
        return new Timeline(List.of(new TimelinePoint(YearMonth.of(1900, 1), v)));
    }

    /** Value in force in a month (0 before the first point). */
    public double valueAt(YearMonth month) {
        double v = 0.0;
        for (TimelinePoint p : points) {
            if (p.from().isAfter(month)) {
                break;
            }
            v = p.value();
        }
        return v;
    }
}
