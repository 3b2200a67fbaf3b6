package kozan.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * How many replications intervals need, and the words Kozan uses when a run or a comparison has too few or
 * unequal sets: one rule for {@code run}, {@code compare} and the summaries.
 *
 * <p>A 95% interval from Student's t needs a standard deviation, so at least 2 replications (2 pairs for a paired
 * difference); with fewer, summaries leave {@code sd}, {@code ci95_low} and {@code ci95_high} empty.
 * {@link #DEFAULT} is what {@code run} (the scenario format's {@code run.replications}) and {@code compare} use when
 * not told otherwise: with 10, t(0.975, 9) = 2.26, so an interval is about 2.26 / sqrt(10) = 0.72 standard
 * deviations each side, where with 2 replications t(0.975, 1) = 12.7 makes it 9 standard deviations each side.
 */
public final class ReplicationCount {

    /** Replications (or pairs) below this give no 95% interval. */
    public static final int MIN_FOR_INTERVALS = 2;

    /** Default replications of {@code run} and {@code compare}. */
    public static final int DEFAULT = 10;

    private ReplicationCount() {
    }

    /**
     * What to tell the user of a run of {@code n} replications (callers add "warning: " or "note: "), or null when
     * it has intervals.
     *
     * @param n replications of the run
     */
    public static String runNote(int n) {
        if (n >= MIN_FOR_INTERVALS) {
            return null;
        }
        return n + " replication" + (n == 1 ? "" : "s") + " (n = " + n + "): summary.csv and the"
                + " report have no 95% intervals, which need n >= " + MIN_FOR_INTERVALS + "; use --replications "
                + DEFAULT + " (the default) or more";
    }

    /**
     * The notes for a paired comparison: unequal replication sets (only the replications present in both are
     * paired) and too few pairs for intervals, without a "warning: " or "note: " prefix (callers add it). Empty
     * when there is nothing to say.
     *
     * @param baselineRuns replications the baseline has (successful ones)
     * @param scenarioRuns replications the scenario has (successful ones)
     * @param pairs        replications present in both, which are compared
     */
    public static List<String> comparisonNotes(int baselineRuns, int scenarioRuns, int pairs) {
        List<String> notes = new ArrayList<>();
        if (baselineRuns != scenarioRuns) {
            notes.add("unequal replication sets: the baseline has " + baselineRuns + ", the scenario "
                    + scenarioRuns + "; only the " + pairs + " replication" + (pairs == 1 ? "" : "s")
                    + " present in both " + (pairs == 1 ? "is" : "are") + " paired");
        }
        if (pairs < MIN_FOR_INTERVALS) {
            notes.add(pairs + " pair" + (pairs == 1 ? "" : "s") + " (n = " + pairs + "): no 95%"
                    + " intervals, which need n >= " + MIN_FOR_INTERVALS + " pairs; run both with --replications "
                    + DEFAULT + " (the default) or more and the same --seed");
        }
        return notes;
    }
}
