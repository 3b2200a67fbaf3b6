package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.accounts.NationalAccounts;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.scenario.io.IoTable;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * IO parity end to end (docs/model.md 1 and 7.7): in IO_PARITY mode (no capacity or labour constraints, fixed prices) a producing mine
 * orders the same services every month; the indirect and induced jobs the simulation reports for that spending
 * equal the Leontief result from the scenario's IO table, computed here independently with commons-math3.
 */
class IoParityEndToEndTest {

    @Test
    void simulatedIndirectAndInducedJobsEqualLeontief() {
        Scenario s = TestScenarios.build("parity", 15, List.of(), TestScenarios.government(List.of(), List.of(), 60, 0),
                Mode.IO_PARITY, List.of(TestScenarios.mine("quarry", "kanto", "rare_earths", Stage.PRODUCTION,
                        1e12, 0.003, 1.0e6, 2e11, 500, 0.05)), List.of());
        double[][] spending = new double[s.steps()][];
        double[] wages = new double[s.steps()];
        double[][] jobs = new double[s.steps()][];
        MiningEconomy e = Sim.run(s, 0, x -> {
            NationalAccounts accounts = x.nationalAccounts();
            spending[x.step()] = accounts.paritySpendingYenPerMonth();
            wages[x.step()] = accounts.parityWagesYenPerMonth();
            jobs[x.step()] = new double[] {accounts.parity().indirectJobs(), accounts.parity().inducedJobs()};
        });
        int last = s.steps() - 1;
        // the spending is constant over the last years, so the ripple has reached its steady state
        double total = 0;
        for (double v : spending[last]) {
            total += v;
        }
        assertThat(total).isPositive();
        assertThat(wages[last]).isPositive();
        for (int t = last - 100; t < last; t++) {
            assertThat(spending[t]).containsExactly(spending[last], within(1e-9 * total));
            assertThat(wages[t]).isCloseTo(wages[last], within(1e-9 * wages[last]));
        }
        IoTable table = s.resolved().ioTable();
        double[] expected = leontief(table, spending[last], wages[last], s.labor().consumptionPropensity());
        assertThat(jobs[last][0] / expected[0] - 1).isCloseTo(0, within(1e-6));
        assertThat(jobs[last][1] / expected[1] - 1).isCloseTo(0, within(1e-6));
        assertThat(e.mine("quarry").stage()).isEqualTo(Stage.PRODUCTION);

        // the recorded national rows carry the same Leontief figures (supplier jobs = first round + supply chain)
        MemorySink rows = new MemorySink();
        kozan.observe.Runs.simulate(s, 0, rows);
        double firstRound = firstRoundJobs(table, spending[last]);
        assertThat(rows.value(last, "jobs_indirect", "", "", "") / (expected[0] + firstRound) - 1)
                .isCloseTo(0, within(1e-6));
        assertThat(rows.value(last, "jobs_induced", "", "", "") / expected[1] - 1).isCloseTo(0, within(1e-6));
    }

    /** Jobs in the sectors that receive the orders themselves: employment coefficients x annual orders. */
    private static double firstRoundJobs(IoTable t, double[] yMonth) {
        double jobs = 0;
        for (int i = 0; i < t.size(); i++) {
            jobs += t.employmentCoefficient(i) * t.deflator2015To2025() * 12 * yMonth[i] / 1e6;
        }
        return jobs;
    }

    /** Indirect and induced jobs of a monthly spending vector and payroll: LU solves of the open and closed systems. */
    private static double[] leontief(IoTable t, double[] yMonth, double wagesMonth, double propensity) {
        int n = t.size();
        double[][] open = new double[n][n];
        double[][] closed = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                open[i][j] = (i == j ? 1 : 0) - (1 - t.importCoefficient(i)) * t.a(i, j);
                closed[i][j] = open[i][j];
            }
            closed[i][n] = -t.householdConsumptionShare(i) * (1 - t.importCoefficient(i));
            closed[n][i] = -propensity * t.compensationRatio(i);
        }
        closed[n][n] = 1;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 12 * yMonth[i];
        }
        double[] yBar = new double[n + 1];
        System.arraycopy(y, 0, yBar, 0, n);
        yBar[n] = propensity * 12 * wagesMonth;
        RealVector x1 = new LUDecomposition(new Array2DRowRealMatrix(open)).getSolver().solve(new ArrayRealVector(y));
        RealVector x2 = new LUDecomposition(new Array2DRowRealMatrix(closed)).getSolver().solve(new ArrayRealVector(yBar));
        double indirect = 0;
        double induced = 0;
        for (int i = 0; i < n; i++) {
            // jobs per 2025 yen: the table's coefficient (2015 yen) / 1.12, the default price index
            indirect += t.employmentCoefficient(i) / 1.12 * (x1.getEntry(i) - y[i]) / 1e6;
            induced += t.employmentCoefficient(i) / 1.12 * (x2.getEntry(i) - x1.getEntry(i)) / 1e6;
        }
        return new double[] {indirect, induced};
    }
}
