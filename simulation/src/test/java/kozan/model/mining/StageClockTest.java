package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import kozan.model.random.Twister;
import kozan.scenario.DistSpec;
import kozan.scenario.DistSpec.DistKind;
import kozan.scenario.Stage;
import kozan.scenario.StageDurations;
import org.junit.jupiter.api.Test;

/**
 * Stage durations from pre-drawn numbers. A twin of each stream replays the draws in the clock's order (per stage:
 * one uniform, one normal; then the discovery draw and the review-month draw) so the expected values are computed
 * here by formula.
 */
class StageClockTest {
    private static final long DURATIONS_SEED = 42L;
    private static final long DISCOVERY_SEED = 43L;
    private static final Stage[] TIMED = {Stage.EXPLORATION, Stage.FEASIBILITY, Stage.PERMITTING, Stage.CONSTRUCTION,
        Stage.CLOSURE};

    private final double[] u = new double[5];
    private final double[] z = new double[5];
    private final double discoveryDraw;
    private final double reviewDraw;

    StageClockTest() {
        MersenneTwisterFast twin = new MersenneTwisterFast(DURATIONS_SEED);
        for (int i = 0; i < 5; i++) {
            u[i] = twin.nextDouble();
            z[i] = twin.nextGaussian();
        }
        MersenneTwisterFast discoveryTwin = new MersenneTwisterFast(DISCOVERY_SEED);
        discoveryDraw = discoveryTwin.nextDouble();
        reviewDraw = discoveryTwin.nextDouble();
    }

    private static StageClock clock() {
        return new StageClock(new Twister(DURATIONS_SEED), new Twister(DISCOVERY_SEED));
    }

    private static DistSpec uniform(double min, double max) {
        return new DistSpec(DistKind.UNIFORM, null, null, min, null, max);
    }

    private static StageDurations all(DistSpec d) {
        return new StageDurations(d, d, d, d, d);
    }

    @Test
    void eachStageHasItsOwnUniform() {
        StageClock c = clock();
        StageDurations d = all(uniform(0, 100));
        for (int i = 0; i < 5; i++) {
            assertThat(c.months(TIMED[i], d, 1.0)).as("%s", TIMED[i]).isEqualTo((int) Math.max(1, Math.round(100 * u[i])));
        }
    }

    @Test
    void lognormalStagesUseTheirOwnNormal() {
        StageClock c = clock();
        // mean 36, sd 12: s^2 = ln(1 + 1/9), mu = ln 36 - s^2 / 2
        StageDurations d = all(new DistSpec(DistKind.LOGNORMAL, 36.0, 12.0, null, null, null));
        double s2 = Math.log(1.0 + 1.0 / 9.0);
        for (int i = 0; i < 5; i++) {
            long expected = Math.round(Math.exp(Math.log(36) - s2 / 2 + Math.sqrt(s2) * z[i]));
            assertThat(c.months(TIMED[i], d, 1.0)).as("%s", TIMED[i]).isEqualTo((int) Math.max(1, expected));
        }
    }

    @Test
    void triangularPermittingWithTheMultiplierAppliedBeforeRounding() {
        StageClock c = clock();
        // permitting triangular(12, 24, 60); the multiplier scales the drawn months, then they are rounded
        DistSpec tri = new DistSpec(DistKind.TRIANGULAR, null, null, 12.0, 24.0, 60.0);
        StageDurations d = new StageDurations(DistSpec.fixed(1), DistSpec.fixed(1), tri, DistSpec.fixed(1), DistSpec.fixed(1));
        double p = u[2];
        double fc = 12.0 / 48.0;
        double months = p < fc ? 12 + Math.sqrt(p * 48 * 12) : 60 - Math.sqrt((1 - p) * 48 * 36);
        assertThat(c.months(Stage.PERMITTING, d, 1.0)).isEqualTo((int) Math.round(months));
        assertThat(c.months(Stage.PERMITTING, d, 0.5)).isEqualTo((int) Math.round(months * 0.5));
        assertThat(c.months(Stage.PERMITTING, d, 2.5)).isEqualTo((int) Math.round(months * 2.5));
    }

    @Test
    void fixedDurationsAreScaledRoundedAndAtLeastOneMonth() {
        StageClock c = clock();
        // 10.4 x 2.5 = 26 (rounding first would give 25)
        assertThat(c.months(Stage.PERMITTING, all(DistSpec.fixed(10.4)), 2.5)).isEqualTo(26);
        assertThat(c.months(Stage.CONSTRUCTION, all(DistSpec.fixed(10.5)), 1.0)).isEqualTo(11);
        assertThat(c.months(Stage.CLOSURE, all(DistSpec.fixed(0.0)), 1.0)).isEqualTo(1);
        assertThat(c.months(Stage.EXPLORATION, all(DistSpec.fixed(0.2)), 1.0)).isEqualTo(1);
        assertThatThrownBy(() -> c.months(Stage.PRODUCTION, all(DistSpec.fixed(1)), 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRODUCTION");
    }

    @Test
    void expectedMonthsAreTheDistributionMeans() {
        DistSpec tri = new DistSpec(DistKind.TRIANGULAR, null, null, 12.0, 24.0, 60.0);
        StageDurations d = new StageDurations(DistSpec.fixed(7), uniform(10, 20), tri,
                new DistSpec(DistKind.LOGNORMAL, 36.0, 12.0, null, null, null), DistSpec.fixed(3));
        assertThat(StageClock.expectedMonths(Stage.EXPLORATION, d)).isEqualTo(7.0);
        assertThat(StageClock.expectedMonths(Stage.FEASIBILITY, d)).isEqualTo(15.0);
        assertThat(StageClock.expectedMonths(Stage.PERMITTING, d)).isCloseTo(32.0, within(1e-12));
        assertThat(StageClock.expectedMonths(Stage.CONSTRUCTION, d)).isEqualTo(36.0);
        assertThat(StageClock.expectedMonths(Stage.CLOSURE, d)).isEqualTo(3.0);
        assertThat(StageClock.expectedMonths(Stage.PRODUCTION, d)).isZero();
    }

    @Test
    void discoveryIsOneDrawComparedWithTheProbability() {
        StageClock c = clock();
        assertThat(c.discovers(discoveryDraw)).isFalse();
        assertThat(c.discovers(Math.nextUp(discoveryDraw))).isTrue();
        assertThat(c.discovers(0.0)).isFalse();
        assertThat(c.discovers(1.0)).isTrue();
    }

    @Test
    void reviewOffsetIsTheSecondDiscoveryDrawInTwelfths() {
        assertThat(clock().reviewOffsetMonths()).isEqualTo((int) Math.floor(reviewDraw * 12.0)).isBetween(0, 11);
        // over many streams every month 0..11 occurs, and only those
        boolean[] seen = new boolean[12];
        for (long seed = 0; seed < 500; seed++) {
            int m = new StageClock(new Twister(seed), new Twister(seed)).reviewOffsetMonths();
            assertThat(m).isBetween(0, 11);
            seen[m] = true;
        }
        for (boolean s : seen) {
            assertThat(s).isTrue();
        }
    }
}
