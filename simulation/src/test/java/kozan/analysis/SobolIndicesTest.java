package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Saltelli's design and the Saltelli 2010 / Jansen estimators, by hand and against the analytic test functions. */
class SobolIndicesTest {

    @Test
    void estimatorsByHand() {
        // rows {f_A, f_B, f_AB1}: (1, 2, 2), (3, 4, 3)
        // V = sample variance of {1, 3, 2, 4} = (2.25 + 0.25 + 0.25 + 2.25)/3 = 5/3
        // mean m of {1, 3, 2, 4} = 2.5
        // S1 = mean((f_B - m) (f_AB1 - f_A)) / V = ((-0.5*1 + 1.5*0)/2) / (5/3) = -0.15
        // ST1 = mean((f_A - f_AB1)^2) / 2 / V = ((1 + 0)/2) / 2 / (5/3) = 0.15
        double[][] y = {{1, 2, 2}, {3, 4, 3}};
        assertThat(SobolIndices.estimate(y, new int[] {0, 1})).containsExactly(new double[] {-0.15, 0.15},
                within(1e-12));
    }

    /**
     * Indices describe variance: adding a constant to every output changes none of them. Uncentred, the first-order
     * estimator above would give ((1002 x 1 + 1004 x 0)/2) / (5/3) = 300.6 for the same rows shifted by 1000.
     */
    @Test
    void aConstantAddedToTheOutputChangesNoIndex() {
        double[][] shifted = {{1001, 1002, 1002}, {1003, 1004, 1003}};
        assertThat(SobolIndices.estimate(shifted, new int[] {0, 1})).containsExactly(new double[] {-0.15, 0.15},
                within(1e-9));
    }

    @Test
    void skipIsThePowerOfTwoAtLeastN() {
        assertThat(SaltelliDesign.skip(2)).isEqualTo(2);
        assertThat(SaltelliDesign.skip(1000)).isEqualTo(1024);
        assertThat(SaltelliDesign.skip(1024)).isEqualTo(1024);
        assertThat(SaltelliDesign.skip(1025)).isEqualTo(2048);
    }

    @Test
    void abMatrixIsATakingOneColumnFromB() {
        SaltelliDesign d = new SaltelliDesign(3, 8);
        double[] a = d.point(5, 0);
        double[] b = d.point(5, 1);
        assertThat(d.point(5, 2 + 1)).containsExactly(a[0], b[1], a[2]);
        // the origin (point 0 of the sequence) is skipped: with N = 8, row 0 is point 8 of the sequence
        assertThat(d.point(0, 0)).doesNotContain(0.0);
    }

    /** Every estimate within its 95% bootstrap interval and within {@code tolerance} of the analytic value. */
    private static void assertMatchesAnalytic(TestFunction f, int n, double tolerance) {
        List<Index> rows = TestFunctionStudy.run(f, TestFunctionStudy.Method.SOBOL, n, 4, 20261205).indices();
        double[] s1 = f.firstOrder();
        double[] st = f.total();
        assertThat(rows).hasSize(2 * s1.length);
        for (int i = 0; i < s1.length; i++) {
            check(rows.get(2 * i), "x" + (i + 1), "S1", s1[i], tolerance);
            check(rows.get(2 * i + 1), "x" + (i + 1), "ST", st[i], tolerance);
        }
    }

    private static void check(Index row, String parameter, String index, double analytic, double tolerance) {
        assertThat(row.parameter()).isEqualTo(parameter);
        assertThat(row.index()).isEqualTo(index);
        assertThat(analytic).as(parameter + " " + index + " analytic inside the bootstrap CI of " + row)
                .isBetween(row.ci95Low(), row.ci95High());
        assertThat(row.estimate()).as(parameter + " " + index).isCloseTo(analytic, within(tolerance));
    }

    @Test
    void ishigamiWithinCiAndTolerance() {
        assertMatchesAnalytic(Ishigami.STANDARD, 8192, 0.01);
    }

    @Test
    void sobolGWithinCiAndTolerance() {
        assertMatchesAnalytic(new SobolG(new double[] {0, 1, 4.5, 9, 99, 99}), 4096, 0.01);
    }

    @Test
    void convergenceTableEndsAtTheFullSample() {
        TestFunctionStudy.Result r = TestFunctionStudy.run(Ishigami.STANDARD, TestFunctionStudy.Method.SOBOL, 64, 4, 1);
        // per parameter, S1 and ST at 8, 16, 32 and 64 rows
        assertThat(r.convergence()).hasSize(3 * 2 * 4);
        assertThat(r.convergence().stream().filter(c -> c.parameter().equals("x2")).map(ConvergenceRow::samples))
                .containsExactly(8, 8, 16, 16, 32, 32, 64, 64);
        ConvergenceRow last = r.convergence().get(7);
        Index full = r.indices().get(1);
        assertThat(last.index()).isEqualTo("ST");
        assertThat(last.estimate()).isEqualTo(full.estimate());
        assertThat(last.ci95Low()).isEqualTo(full.ci95Low());
    }
}
