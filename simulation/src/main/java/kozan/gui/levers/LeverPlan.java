package kozan.gui.levers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kozan.gui.Lever;
import kozan.scenario.Scenario;
import kozan.scenario.Timeline;
import kozan.scenario.TimelinePoint;

/**
 * The planner's lever edits as timelines: "this lever has value v from month m on", on top of the scenario the
 * GUI started from. An edit keeps the lever's timeline before m and replaces everything from m on, so a
 * planner can build a timeline edit by edit. Written out as a delta scenario ({@link DeltaScenario}) that
 * {@code extends} the original, so {@code kozan run} on it runs exactly what the GUI ran.
 */
public final class LeverPlan {

    private final Scenario base;
    private final Map<Lever, List<TimelinePoint>> edited = new EnumMap<>(Lever.class);

    public LeverPlan(Scenario base) {
        this.base = base;
    }

    public Scenario base() {
        return base;
    }

    /**
     * Sets a lever from a month on (clamped to the lever's range; months before the scenario's start count as the
     * start). Returns what was set.
     *
     * @throws IllegalArgumentException for a NaN value or a month after the horizon
     */
    public synchronized double set(Lever lever, YearMonth from, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(lever.key() + ": NaN is not a number");
        }
        YearMonth start = base.calendar().start();
        YearMonth end = start.plusMonths(base.steps() - 1);
        if (from.isAfter(end)) {
            throw new IllegalArgumentException(lever.key() + ": " + from + " is after the scenario's last month " + end);
        }
        YearMonth m = from.isBefore(start) ? start : from;
        double v = Math.max(lever.min(), Math.min(lever.max(), value));
        List<TimelinePoint> points = new ArrayList<>();
        for (TimelinePoint p : normalised(timeline(lever))) {
            if (p.from().isBefore(m)) {
                points.add(p);
            }
        }
        points.add(new TimelinePoint(m, v));
        edited.put(lever, List.copyOf(points));
        return v;
    }

    /** Forgets the edits of one lever (the scenario's own timeline applies again). */
    public synchronized void reset(Lever lever) {
        edited.remove(lever);
    }

    public synchronized void resetAll() {
        edited.clear();
    }

    public synchronized boolean isEdited(Lever lever) {
        return edited.containsKey(lever);
    }

    public synchronized boolean isEmpty() {
        return edited.isEmpty();
    }

    /** Levers with edits, in lever order, with their whole new timelines. */
    public synchronized Map<Lever, List<TimelinePoint>> edits() {
        return new EnumMap<>(edited);
    }

    /** The lever's timeline in force: the edited one, else the scenario's. */
    public synchronized Timeline timeline(Lever lever) {
        List<TimelinePoint> e = edited.get(lever);
        return e != null ? new Timeline(e) : lever.timeline(base.government());
    }

    /**
     * A timeline's points from the scenario's start on: the value in force at the start becomes a point at the
     * start (a constant lever is stored from 1900-01), so the values of every simulated month are unchanged.
     */
    List<TimelinePoint> normalised(Timeline t) {
        YearMonth start = base.calendar().start();
        List<TimelinePoint> out = new ArrayList<>();
        boolean inForce = t.points().stream().anyMatch(p -> !p.from().isAfter(start));
        if (inForce) {
            out.add(new TimelinePoint(start, t.valueAt(start)));
        }
        for (TimelinePoint p : t.points()) {
            if (p.from().isAfter(start)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The first simulated month in which the plan's value of any lever differs from {@code running}'s, or null
     * when they agree in every month (a change from that month on can apply to a run that has not reached it).
     */
    public synchronized YearMonth firstDifference(Scenario running) {
        YearMonth start = base.calendar().start();
        YearMonth first = null;
        for (Lever l : Lever.values()) {
            Timeline mine = timeline(l);
            Timeline theirs = l.timeline(running.government());
            for (int i = 0; i < base.steps(); i++) {
                YearMonth m = start.plusMonths(i);
                if (Double.compare(mine.valueAt(m), theirs.valueAt(m)) != 0) {
                    first = first == null || m.isBefore(first) ? m : first;
                    break;
                }
            }
        }
        return first;
    }

    /** "0.1 from 2025-01, 0.5 from 2026-04" (or "0 throughout"). */
    public synchronized String describe(Lever lever) {
        List<TimelinePoint> points = normalised(timeline(lever));
        if (points.isEmpty()) {
            return "0 throughout";
        }
        StringBuilder b = new StringBuilder();
        for (TimelinePoint p : points) {
            b.append(b.length() == 0 ? "" : ", ").append(number(p.value())).append(" from ").append(p.from());
        }
        return b.toString();
    }

    /** A value as YAML reads it back exactly: plain decimal, no exponent ("30000000000", "0.1"). */
    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
