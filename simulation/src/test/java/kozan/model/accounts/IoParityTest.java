package kozan.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.scenario.io.IoMultipliers;
import kozan.scenario.io.IoTable;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * IO parity (docs/model.md 1 and 7.7): the month-by-month ripple must converge to the Leontief results, computed here
 * independently (commons-math3 LU solve of the open and the household-closed systems, built in this test).
 */
class IoParityTest {

    /**
     * Hand-checked 3-sector chain: sector 3 buys 0.5 of its output from 2, 2 buys 0.5 from 1. L = I + A + A^2.
     * y = 100 M JPY/yr of sector 3: x = (25, 50, 100). Households: v = 0.5 everywhere, propensity 0.8, all
     * consumption from sector 1: x1 = 25 + 0.4 (x1 + 150) gives x1 = 85 / 0.6, induced output 85/0.6 - 25.
     */
    static IoTable chain() {
        double[][] a = {{0, 0.5, 0}, {0, 0, 0.5}, {0, 0, 0}};
        double[][] l = {{1, 0.5, 0.25}, {0, 1, 0.5}, {0, 0, 1}};
        double[] zero = {0, 0, 0};
        return new IoTable("chain", List.of("1", "2", "3"), List.of("one", "two", "three"), new double[]{1, 1, 1},
                a, zero, a, l, new double[]{0.5, 0.5, 0.5}, new double[]{0.5, 0.5, 0.5}, new double[]{1, 0, 0},
                1.0e6, new double[]{1, 2, 4});
    }

    @Test
    void handCheckedThreeSectorChain() {
        IoMultipliers mult = new IoMultipliers(chain(), 0.8);
        IoMultipliers.Result r = mult.evaluate(new double[]{0, 0, 100e6}, 0.0);
        assertThat(r.indirectOutput()).containsExactly(new double[]{25e6, 50e6, 0}, within(1e-6));
        assertThat(IoMultipliers.Result.sum(r.directJobs())).isCloseTo(400, within(1e-9));
        assertThat(IoMultipliers.Result.sum(r.indirectJobs())).isCloseTo(25 + 100, within(1e-9));
        assertThat(r.inducedOutput()[0]).isCloseTo(85e6 / 0.6 - 25e6, within(1e-4));
        assertThat(IoMultipliers.Result.sum(r.inducedJobs())).isCloseTo(85 / 0.6 - 25, within(1e-9));

        IoParity ripple = new IoParity(chain(), 0.8);
        for (int month = 0; month < 120; month++) {
            ripple.step(new double[]{0, 0, 100e6 / 12}, 0.0);
        }
        // the ripple's yen are 2025 yen: jobs per yen are the table's (2015 yen) x kappa = 1 / 1.12
        assertThat(ripple.directJobs()).isCloseTo(400 / 1.12, within(1e-9));
        assertThat(ripple.indirectJobs()).isCloseTo(125 / 1.12, within(1e-9));
        assertThat(ripple.inducedJobs()).isCloseTo((85 / 0.6 - 25) / 1.12, within(1e-6));
    }

    @Test
    void rippleMatchesIndependentLeontiefOnTheJapanTable() {
        IoTable t = IoTable.load("japan-2015-37", null);
        double propensity = 0.7;
        // a mine programme: 12 bn JPY/yr of machinery, 6 bn of engineering services, 1.2 bn of non-ferrous
        // processing; mine payroll 2.4 bn JPY/yr spent by households too
        double[] yYear = new double[t.size()];
        yYear[t.index("30")] = 12e9;
        yYear[t.index("66")] = 6e9;
        yYear[t.index("27")] = 1.2e9;
        double wagesYear = 2.4e9;

        Expected ref = independent(t, yYear, wagesYear, propensity);
        IoParity ripple = new IoParity(t, propensity);
        double[] yMonth = new double[t.size()];
        for (int i = 0; i < yMonth.length; i++) {
            yMonth[i] = yYear[i] / 12;
        }
        for (int month = 0; month < 3; month++) {
            ripple.step(yMonth, wagesYear / 12);
        }
        // not converged after three rounds: the test can tell a truncated ripple from the Leontief result
        assertThat(Math.abs(ripple.inducedJobs() / ref.inducedJobs - 1)).isGreaterThan(1e-2);
        for (int month = 3; month < 420; month++) {
            ripple.step(yMonth, wagesYear / 12);
        }
        assertThat(ripple.indirectJobs() / ref.indirectJobs - 1).isCloseTo(0, within(1e-6));
        assertThat(ripple.inducedJobs() / ref.inducedJobs - 1).isCloseTo(0, within(1e-6));
        assertThat(ripple.indirectJobs()).isGreaterThan(0.3 * ripple.directJobs());

        IoMultipliers mult = new IoMultipliers(t, propensity);
        IoMultipliers.Result r = mult.evaluate(yYear, wagesYear);
        // IoMultipliers counts jobs per 2015 yen (no deflator)
        assertThat(IoMultipliers.Result.sum(r.indirectJobs()) / 1.12 / ref.indirectJobs - 1).isCloseTo(0, within(1e-9));
        assertThat(IoMultipliers.Result.sum(r.inducedJobs()) / 1.12 / ref.inducedJobs - 1).isCloseTo(0, within(1e-9));
        // Type II multipliers exceed Type I, which exceed 1
        int mining = t.index("06");
        assertThat(mult.typeIOutputMultiplier(mining)).isBetween(1.0, mult.typeIIOutputMultiplier(mining));
    }

    private record Expected(double indirectJobs, double inducedJobs) {
    }

    /** Open and closed systems solved directly (not inverted) with LU; jobs = e x kappa / 1e6 (kappa 1 / 1.12). */
    private static Expected independent(IoTable t, double[] y, double wages, double propensity) {
        int n = t.size();
        double[][] open = new double[n][n];
        double[][] closed = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double ad = (1 - t.importCoefficient(i)) * t.a(i, j);
                open[i][j] = (i == j ? 1 : 0) - ad;
                closed[i][j] = open[i][j];
            }
            closed[i][n] = -t.householdConsumptionShare(i) * (1 - t.importCoefficient(i));
            closed[n][i] = -propensity * t.compensationRatio(i);
        }
        closed[n][n] = 1;
        RealVector xOpen = new LUDecomposition(new Array2DRowRealMatrix(open)).getSolver().solve(new ArrayRealVector(y));
        double[] yBar = new double[n + 1];
        System.arraycopy(y, 0, yBar, 0, n);
        yBar[n] = propensity * wages;
        RealVector xClosed = new LUDecomposition(new Array2DRowRealMatrix(closed)).getSolver().solve(new ArrayRealVector(yBar));
        double indirect = 0;
        double induced = 0;
        for (int i = 0; i < n; i++) {
            indirect += t.employmentCoefficient(i) / 1.12 * (xOpen.getEntry(i) - y[i]) / 1e6;
            induced += t.employmentCoefficient(i) / 1.12 * (xClosed.getEntry(i) - xOpen.getEntry(i)) / 1e6;
        }
        return new Expected(indirect, induced);
    }
}
