package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link Calibration#identify} on synthetic Jacobians (targets x parameters): a flat parameter is "no target moves
 * with it" without taking the informative one's standard error with it, and only truly collinear ones are "do not
 * separate". Standard errors by hand: Var = (1 + 1/R) / (sum_t w_t g_t^2) for a parameter alone.
 */
class CalibrationIdentifyTest {

    /** Gold output (se 0.05, w 400) and import dependence (se 0.01, w 10,000), 2 replications. */
    private static final double[] W = {400, 10_000};

    @Test
    void aZeroColumnIsNoTargetMovesAndTheInformativeOneGetsItsStandardError() {
        // recovery: +4 t of gold and -0.5 of import dependence per unit; opex: nothing
        double[][] g = {{4, 0}, {-0.5, 0}};
        Calibration.Identification id = Calibration.identify(g, W, new double[] {0.08, 50_000}, 2);
        assertThat(id.note()).containsExactly("", Calibration.NO_TARGET_MOVES);
        assertThat(id.se()[0]).isCloseTo(Math.sqrt(1.5 / (400 * 16 + 10_000 * 0.25)), within(1e-12));
        assertThat(id.se()[1]).isNaN();
    }

    /**
     * The calibrate repro: opex's column is a finite-difference residue, not 0, and in yen per t ore, so G'WG in the
     * parameters' units is singular; standardised by the ranges and the targets' se, opex moves the targets by about
     * 5e-13 se over its whole range against recovery's 7.5, which is zero.
     */
    @Test
    void aResidueColumnInOtherUnitsIsZeroRelativeToTheOthers() {
        double[][] g = {{4, 0}, {-0.5, 1e-19}};
        Calibration.Identification id = Calibration.identify(g, W, new double[] {0.08, 50_000}, 2);
        assertThat(id.note()).containsExactly("", Calibration.NO_TARGET_MOVES);
        assertThat(id.se()[0]).isCloseTo(Math.sqrt(1.5 / (400 * 16 + 10_000 * 0.25)), within(1e-9));
        // a small but real effect is kept: 1e-4 of recovery's standardised column
        g[1][1] = 0.5 * 0.08 / 50_000 * 1e-4;
        assertThat(Calibration.identify(g, W, new double[] {0.08, 50_000}, 2).note()).containsExactly("", "");
    }

    @Test
    void onlyCollinearColumnsDoNotSeparateTheOthersKeepTheirStandardErrors() {
        // a and b move the first target alone, b twice as much as a; c moves the other two
        double[][] g = {{1, 2, 0}, {0, 0, 1}, {0, 0, 1}};
        Calibration.Identification id = Calibration.identify(g, new double[] {1, 1, 1}, new double[] {1, 1, 1}, 2);
        assertThat(id.note()).containsExactly(Calibration.NOT_SEPARATED, Calibration.NOT_SEPARATED, "");
        assertThat(id.se()[0]).isNaN();
        assertThat(id.se()[2]).isCloseTo(Math.sqrt(1.5 / 2), within(1e-12));
    }

    @Test
    void everyColumnZeroIsNoTargetMovesForEach() {
        Calibration.Identification id = Calibration.identify(new double[][] {{0, 0}, {0, 0}}, W, new double[] {1, 1},
                2);
        assertThat(id.note()).containsExactly(Calibration.NO_TARGET_MOVES, Calibration.NO_TARGET_MOVES);
    }
}
