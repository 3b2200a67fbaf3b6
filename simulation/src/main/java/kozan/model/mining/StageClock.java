package kozan.model.mining;

import kozan.model.random.Distributions;

import kozan.model.random.RandomStream;
import kozan.scenario.DistSpec;
import kozan.scenario.Stage;
import kozan.scenario.StageDurations;

/**
 * A mine's pre-drawn random numbers. All of them are drawn when the mine is created, in a fixed sequence
 * from purpose-specific streams, and only scaled by policy when a stage is entered; so a policy that changes
 * one mine's path (or adds a mine) leaves every other mine's durations and discovery outcome unchanged.
 */
public final class StageClock {

    private static final Stage[] TIMED = {Stage.EXPLORATION, Stage.FEASIBILITY, Stage.PERMITTING,
        Stage.CONSTRUCTION, Stage.CLOSURE};

    private final double[] uniform = new double[TIMED.length];
    private final double[] normal = new double[TIMED.length];
    private final double discoveryDraw;
    private final int reviewOffsetMonths;

    public StageClock(RandomStream durations, RandomStream discovery) {
        for (int i = 0; i < TIMED.length; i++) {
            uniform[i] = durations.nextDouble();
            normal[i] = durations.nextGaussian();
        }
        this.discoveryDraw = discovery.nextDouble();
        // month of the firm's annual exploration-budget review, 0..11
        this.reviewOffsetMonths = (int) Math.floor(discovery.nextDouble() * 12.0);
    }

    /** Duration of a stage in whole months (at least 1), scaled by a policy multiplier. */
    public int months(Stage stage, StageDurations d, double multiplier) {
        int i = indexOf(stage);
        DistSpec spec = switch (stage) {
            case EXPLORATION -> d.exploration();
            case FEASIBILITY -> d.feasibility();
            case PERMITTING -> d.permitting();
            case CONSTRUCTION -> d.construction();
            case CLOSURE -> d.closure();
            default -> throw new IllegalArgumentException("stage " + stage + " has no drawn duration");
        };
        double v = Distributions.sample(spec, uniform[i], normal[i]) * multiplier;
        return (int) Math.max(1, Math.round(v));
    }

    /** Expected duration of a stage, months (for the exploration decision). */
    public static double expectedMonths(Stage stage, StageDurations d) {
        return switch (stage) {
            case EXPLORATION -> d.exploration().expectedValue();
            case FEASIBILITY -> d.feasibility().expectedValue();
            case PERMITTING -> d.permitting().expectedValue();
            case CONSTRUCTION -> d.construction().expectedValue();
            case CLOSURE -> d.closure().expectedValue();
            default -> 0.0;
        };
    }

    /** True when exploration succeeds with probability p (the same draw under every scenario). */
    public boolean discovers(double p) {
        return discoveryDraw < p;
    }

    public int reviewOffsetMonths() {
        return reviewOffsetMonths;
    }

    private static int indexOf(Stage s) {
        for (int i = 0; i < TIMED.length; i++) {
            if (TIMED[i] == s) {
                return i;
            }
        }
        return -1;
    }
}
