package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import kozan.batch.BatchSpec;
import kozan.batch.MetricKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Calibration#identify} on synthetic Jacobians (targets x parameters): a flat parameter is "no target moves
 * with it" without taking the informative one's standard error with it, and only truly collinear ones are "do not
 * separate"; a parameter whose finite-difference run failed is unknown, not "no target moves with it". Standard
 * errors by hand: Var = (1 + 1/R) / (sum_t w_t g_t^2) for a parameter alone.
 */
class CalibrationIdentifyTest {

    /** Gold output (se 0.05, w 400) and import dependence (se 0.01, w 10,000), 2 replications. */
    private static final double[] W = {400, 10_000};

    /** {@link Calibration#identify} with every finite-difference run done. */
    private static Calibration.Identification identify(double[][] g, double[] w, double[] range, int replications) {
        return Calibration.identify(g, new String[range.length], w, range, replications);
    }

    @Test
    void aZeroColumnIsNoTargetMovesAndTheInformativeOneGetsItsStandardError() {
        // recovery: +4 t of gold and -0.5 of import dependence per unit; opex: nothing
        double[][] g = {{4, 0}, {-0.5, 0}};
        Calibration.Identification id = identify(g, W, new double[] {0.08, 50_000}, 2);
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
        Calibration.Identification id = identify(g, W, new double[] {0.08, 50_000}, 2);
        assertThat(id.note()).containsExactly("", Calibration.NO_TARGET_MOVES);
        assertThat(id.se()[0]).isCloseTo(Math.sqrt(1.5 / (400 * 16 + 10_000 * 0.25)), within(1e-9));
        // a small but real effect is kept: 1e-4 of recovery's standardised column
        g[1][1] = 0.5 * 0.08 / 50_000 * 1e-4;
        assertThat(identify(g, W, new double[] {0.08, 50_000}, 2).note()).containsExactly("", "");
    }

    @Test
    void onlyCollinearColumnsDoNotSeparateTheOthersKeepTheirStandardErrors() {
        // a and b move the first target alone, b twice as much as a; c moves the other two
        double[][] g = {{1, 2, 0}, {0, 0, 1}, {0, 0, 1}};
        Calibration.Identification id = identify(g, new double[] {1, 1, 1}, new double[] {1, 1, 1}, 2);
        assertThat(id.note()).containsExactly(Calibration.NOT_SEPARATED, Calibration.NOT_SEPARATED, "");
        assertThat(id.se()[0]).isNaN();
        assertThat(id.se()[2]).isCloseTo(Math.sqrt(1.5 / 2), within(1e-12));
    }

    @Test
    void everyColumnZeroIsNoTargetMovesForEach() {
        Calibration.Identification id = identify(new double[][] {{0, 0}, {0, 0}}, W, new double[] {1, 1},
                2);
        assertThat(id.note()).containsExactly(Calibration.NO_TARGET_MOVES, Calibration.NO_TARGET_MOVES);
    }

    /** A failed run leaves opex's column unknown: so is its identification; recovery's se is as with a flat opex. */
    @Test
    void aFailedFiniteDifferenceRunIsUnknownAndLeftOutOfTheStandardErrors() {
        double[][] g = {{4, 0}, {-0.5, 0}};
        String[] failed = {null, "opex = 51000, replication 1: boom"};
        Calibration.Identification id = Calibration.identify(g, failed, W, new double[] {0.08, 50_000}, 2);
        assertThat(id.note()).containsExactly("", Calibration.RUN_FAILED + " (opex = 51000, replication 1: boom)");
        assertThat(id.se()[0]).isCloseTo(Math.sqrt(1.5 / (400 * 16 + 10_000 * 0.25)), within(1e-12));
        assertThat(id.se()[1]).isNaN();
    }

    /**
     * Through a calibration: x = a and y = 2a + 10 (b - 0.5)^2 fit best at a = 0.3, b = 0.5 (Q = 0, among BOBYQA's
     * first points), and every run with b within 0.05 of 0.5 but not at it fails, so b's finite-difference runs
     * (0.5 +- 0.01) fail: b is reported unknown with the run and the reason (before, its column counted as zero and b
     * as "no target moves with it"), and a keeps its standard error, 1 / sqrt(w_x + 4 w_y) with the 1 + 1/R factor.
     */
    @Test
    void aCalibrationWhoseFiniteDifferenceRunFailsReportsTheParameterAsUnknownWithTheRun(@TempDir Path dir)
            throws Exception {
        BatchSpec batch = new BatchSpec(Path.of("b.yaml"), "fd", "", List.of(new BatchSpec.ScenarioRef("base",
                Path.of("base.yaml"))), List.of(new BatchSpec.ParameterSpec("a", null, 0.0, 1.0, 0, false),
                new BatchSpec.ParameterSpec("b", null, 0.0, 1.0, 0, false)), BatchSpec.Design.GRID, 0, 1, 2, 1,
                List.of(), List.of(2030), 1, null);
        ModelStudy.Output x = new ModelStudy.Output("x", "", "", "", 2030);
        ModelStudy.Output y = new ModelStudy.Output("y", "", "", "", 2030);
        CalibrationSpec spec = new CalibrationSpec(Path.of("cal.yaml"), Path.of("b.yaml"), null, 1, 40, 0, null,
                List.of(new CalibrationSpec.Target(x, 0.3, 0.1, 100), new CalibrationSpec.Target(y, 0.6, 0.1, 100)));
        Calibration.Result r = new Calibration(batch, spec, (point, rep, seed) -> {
            double a = (Double) point.values().get("a");
            double b = (Double) point.values().get("b");
            if (b != 0.5 && Math.abs(b - 0.5) <= 0.05) {
                throw new IllegalStateException("boom");
            }
            SortedMap<MetricKey, Double> v = new TreeMap<>();
            v.put(new MetricKey("x", "", "", "", 2030), a);
            v.put(new MetricKey("y", "", "", "", 2030), 2 * a + 10 * (b - 0.5) * (b - 0.5));
            return v;
        }).run(1);
        assertThat(r.objective()).isZero();
        Calibration.Estimate a = r.estimates().get(0);
        Calibration.Estimate b = r.estimates().get(1);
        assertThat(a.value()).isEqualTo(0.3);
        assertThat(a.note()).isEmpty();
        assertThat(a.se()).isCloseTo(Math.sqrt(1.5 / (100 + 4 * 100)), within(1e-9));
        assertThat(b.value()).isEqualTo(0.5);
        assertThat(b.identified()).isFalse();
        assertThat(b.note()).isEqualTo("unknown: a finite-difference run failed (b = 0.51, replication 0: boom)");
        assertThat(b.se()).isNaN();
        // best.csv: identified is empty (neither true nor false), the note says why
        CalibrationFiles.write(dir, r, List.of("a", "b"), dir.resolve("base.yaml"));
        assertThat(java.nio.file.Files.readAllLines(dir.resolve(CalibrationFiles.BEST)).get(2))
                .isEqualTo("b,0.5,,,,0,1,,\"unknown: a finite-difference run failed (b = 0.51, replication 0: boom)\"");
    }
}
