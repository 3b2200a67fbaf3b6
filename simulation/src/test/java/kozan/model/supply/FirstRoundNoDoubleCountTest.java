package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.accounts.IoParity;
import kozan.scenario.io.IoMultipliers;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/**
 * Design 1.2, the 3-sector hand case: indirect = N + e kappa (L - I) y_S + e kappa L y_O, the agents' output counted
 * once. Chain 3 -> 2 -> 1: sector 3 buys 0.5 of 2 per JPY, sector 2 buys 0.5 of 1; no imports; L = [[1, .5, .25],
 * [0, 1, .5], [0, 0, 1]]; e = (1, 2, 4) persons per million 2015 JPY/yr; v = 0.5 everywhere; households buy only
 * sector 1; propensity 0.8; kappa = 1 / 1.12.
 *
 * <p>Per year: agents in sector 3 deliver y_S = 100 M JPY; the mines buy y_O = 12 M JPY of sector 2; mine payroll 24 M.
 * N (the agents' own jobs, at e_3 kappa) = 4 x 100 / 1.12 = 357.14. (L - I) y_S = (25, 50, 0) M: jobs 25 + 100 = 125;
 * L y_O = (6, 12, 0) M: jobs 6 + 24 = 30; chain jobs = 155 / 1.12 = 138.39.
 *
 * <p>Induced: with P = the chain's purchases (A_d y_S + y_O)_2 = 50 + 12 = 62 M and W = payroll + v_3 y_S = 24 + 50 =
 * 74 M, households spend H = 0.8 (0.5 sum(x) + W); x = (0.5 P + H, P, 0), so 0.6 H = 0.6 P + 0.8 W, H = P + 4/3 W =
 * 62 + 98.667 = 160.667 M of sector 1: induced jobs 160.667 / 1.12 = 143.45.
 */
class FirstRoundNoDoubleCountTest {

    static IoTable chain() {
        double[][] a = {{0, 0.5, 0}, {0, 0, 0.5}, {0, 0, 0}};
        double[][] l = {{1, 0.5, 0.25}, {0, 1, 0.5}, {0, 0, 1}};
        double[] zero = {0, 0, 0};
        return new IoTable("chain", List.of("1", "2", "3"), List.of("one", "two", "three"), new double[] {1, 1, 1},
                a, zero, a, l, new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5, 0.5}, new double[] {1, 0, 0},
                1.0e6, new double[] {1, 2, 4});
    }

    private static final double MONTH = 1.0 / 12;

    private static SupplyChain computed() {
        IoTable t = chain();
        // the mines' other purchases all go to sector 2
        SupplyChain sc = new SupplyChain(t, new ClosedRegionsIo(new IoMultipliers(t, 0.8), 1), new double[] {0, 1, 0});
        // monthly flows: y_S 100 M / 12 in sector 3, y_O 12 M / 12 in sector 2, W = 24 M / 12 + 0.5 x 100 M / 12
        sc.compute(new double[][] {{0, 0, 100e6 * MONTH}}, new double[] {12e6 * MONTH},
                new double[] {24e6 * MONTH + 0.5 * 100e6 * MONTH});
        return sc;
    }

    @Test
    void theAgentsOutputIsNotProducedAgainByTheChain() {
        SupplyChain sc = computed();
        // chain output by sector, per month: (25 + 6, 50 + 12, 0) M / 12; none in sector 3, where the agents are
        assertThat(sc.chainOutputYen(0, 0)).isCloseTo(31e6 * MONTH, within(1e-3));
        assertThat(sc.chainOutputYen(0, 1)).isCloseTo(62e6 * MONTH, within(1e-3));
        assertThat(sc.chainOutputYen(0, 2)).isCloseTo(0.0, within(1e-3));
        assertThat(sc.indirectPersons(0)).isCloseTo(155 / 1.12, within(1e-9));
        double agents = SupplierLabour.workers(100e6, 4 / 1.12);
        assertThat(agents).isCloseTo(357.142857, within(1e-6));
        assertThat(agents + sc.indirectPersons(0)).as("indirect = N + e(L - I)y_S + e L y_O")
                .isCloseTo((400 + 125 + 30) / 1.12, within(1e-9));
    }

    @Test
    void inducedIsTheHouseholdClosedChainOfThePurchasesAndTheIncomeOutsideIt() {
        SupplyChain sc = computed();
        assertThat(sc.inducedOutputYen(0, 0)).isCloseTo((62e6 + 4.0 / 3 * 74e6) * MONTH, within(1e-3));
        assertThat(sc.inducedOutputYen(0, 1)).isCloseTo(0.0, within(1e-6));
        assertThat(sc.inducedPersons(0)).isCloseTo((62 + 4.0 / 3 * 74) / 1.12, within(1e-9));
    }

    @Test
    void theRippleOfTheWholeSpendingGivesTheSameJobs() {
        // IO_PARITY's view: y = y_S + y_O as final demand, only the mine payroll exogenous. After convergence its
        // direct + indirect = N + chain, its induced = the chain's induced: the two accountings agree exactly
        IoParity ripple = new IoParity(chain(), 0.8);
        for (int month = 0; month < 400; month++) {
            ripple.step(new double[] {0, 12e6 * MONTH, 100e6 * MONTH}, 24e6 * MONTH);
        }
        SupplyChain sc = computed();
        assertThat(ripple.directJobs() + ripple.indirectJobs())
                .isCloseTo(SupplierLabour.workers(100e6, 4 / 1.12) + sc.indirectPersons(0), within(1e-6));
        assertThat(ripple.inducedJobs()).isCloseTo(sc.inducedPersons(0), within(1e-6));
    }
}
