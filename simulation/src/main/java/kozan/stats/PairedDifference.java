package kozan.stats;

/**
 * The paired difference between a scenario and its baseline over replications run with common random numbers:
 * replication k of both used the same draws, so the difference is taken pair by pair and its mean gets a t
 * interval from the differences, far narrower than comparing two independent means. For contrast it also keeps
 * what the same values would give if the seeds had been independent (Welch). Fed one pair at a time.
 */
public final class PairedDifference {

    /** Which way round the difference is taken. */
    public enum Direction {
        /** scenario - baseline (e.g. net jobs: positive means more jobs in the scenario). */
        SCENARIO_MINUS_BASELINE,
        /** baseline - scenario (a reduction, e.g. of imports: positive means the scenario has less). */
        BASELINE_MINUS_SCENARIO
    }

    private final Direction direction;
    private final RunningStats difference = new RunningStats();
    private final RunningStats scenario = new RunningStats();
    private final RunningStats baseline = new RunningStats();

    public PairedDifference(Direction direction) {
        this.direction = direction;
    }

    /** Adds replication k of the baseline and of the scenario. */
    public void add(double baselineValue, double scenarioValue) {
        difference.add(direction == Direction.SCENARIO_MINUS_BASELINE
                ? scenarioValue - baselineValue : baselineValue - scenarioValue);
        scenario.add(scenarioValue);
        baseline.add(baselineValue);
    }

    /** Pairs added. */
    public int n() {
        return difference.n();
    }

    /** Statistics of the per-pair differences. */
    public RunningStats difference() {
        return difference;
    }

    public double mean() {
        return difference.mean();
    }

    public double sd() {
        return difference.sd();
    }

    /** Half width of the paired 95% CI of the mean difference (NaN with fewer than two pairs). */
    public double halfWidth() {
        return difference.ci95HalfWidth();
    }

    /** Half width of the 95% CI the same values would give as independent samples (Welch). */
    public double unpairedHalfWidth() {
        return RunningStats.welchHalfWidth(scenario, baseline);
    }
}
