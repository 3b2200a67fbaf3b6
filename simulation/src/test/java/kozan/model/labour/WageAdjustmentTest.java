package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The monthly wage-index step, with hand-computed values. */
class WageAdjustmentTest {

    @Test
    void tightnessIsReadRelativeToTheStartAndCapped() {
        assertThat(WageAdjustment.startTightness(300, 240)).isEqualTo(1.25);
        assertThat(WageAdjustment.startTightness(0, 240)).isEqualTo(1.0);
        assertThat(WageAdjustment.startTightness(300, 0)).isEqualTo(1.0);
        // (300 / 200) / 1.25 = 1.2
        assertThat(WageAdjustment.relativeTightness(300, 200, 1.25)).isCloseTo(1.2, within(1e-15));
        // fewer than one unemployed counts as one: 2 / 1 / 1.25 = 1.6
        assertThat(WageAdjustment.relativeTightness(2, 0.25, 1.25)).isCloseTo(1.6, within(1e-15));
        // 1000 / 1 / 1.25 = 800, capped at 3
        assertThat(WageAdjustment.relativeTightness(1000, 0.5, 1.25)).isEqualTo(WageAdjustment.MAX_TIGHTNESS);
    }

    @Test
    void indexMovesByPhiTimesTheGapToThetaPerYear() {
        // 1.0 x (1 + 0.3 x (1.2 - 1.0) / 12) = 1.005
        assertThat(WageAdjustment.next(1.0, 1.2, 0.3, 1.0, 0.8)).isCloseTo(1.005, within(1e-15));
        // theta 0.9: 1.0 x (1 + 0.3 x 0.3 / 12) = 1.0075
        assertThat(WageAdjustment.next(1.0, 1.2, 0.3, 0.9, 0.8)).isCloseTo(1.0075, within(1e-15));
        // the step is proportional to the index: 1.1 x (1 - 0.6 x 0.5 / 12) = 1.0725
        assertThat(WageAdjustment.next(1.1, 0.5, 0.6, 1.0, 0.8)).isCloseTo(1.0725, within(1e-15));
        // stable at theta
        assertThat(WageAdjustment.next(1.07, 1.0, 0.3, 1.0, 0.8)).isEqualTo(1.07);
    }

    @Test
    void indexNeverFallsBelowTheFloor() {
        // 0.81 x (1 - 0.3 / 12) = 0.78975 -> floor 0.8
        assertThat(WageAdjustment.next(0.81, 0.0, 0.3, 1.0, 0.8)).isEqualTo(0.8);
        assertThat(WageAdjustment.next(0.81, 0.0, 0.3, 1.0, 0.7)).isCloseTo(0.78975, within(1e-15));
    }
}
