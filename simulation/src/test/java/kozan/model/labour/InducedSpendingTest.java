package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.labour.LabourFixtures.TestEmployer;
import org.junit.jupiter.api.Test;

/** Induced local-service employment from the mining and supplier payroll, with hand-computed values. */
class InducedSpendingTest {

    private static EmployerSlot slot(EmployerClass kind, double workforce) {
        EmployerSlot s = new EmployerSlot(new TestEmployer(kind.name(), kind, workforce), kind);
        s.workforce = workforce;
        return s;
    }

    @Test
    void geometricSeriesOverTheInducedWorkersOwnSpending() {
        // k = 12 x 0.7 x 0.6 x 0.06 / 1e6 = 3.024e-7 per JPY/month; k w = 0.09072 at 300,000 JPY/month
        InducedSpending induced = new InducedSpending(0.7, 0.6, 0.06, 300_000);
        // 100 workers: W = 3e7 JPY/month; first round k W = 9.072 persons; closed: 9.072 / (1 - 0.09072) = 9.9771
        assertThat(induced.fromPayroll(3e7)).isCloseTo(9.977124758050325, within(1e-9));
        // only mines and suppliers induce: 60 + 40 of them, 500 manufacturing workers do not count
        double persons = induced.persons(List.of(slot(EmployerClass.MINING, 60), slot(EmployerClass.MANUFACTURING, 500),
                slot(EmployerClass.SUPPLIERS, 40)));
        assertThat(persons).isCloseTo(9.977124758050325, within(1e-9));
    }

    @Test
    void aDivergentSeriesTakesOnlyTheFirstRound() {
        // k = 12 x 1 x 1 x 100 / 1e6 = 1.2e-3; k w = 1.2 >= 1 at 1,000 JPY/month: k W = 1.2e-3 x 5e4 = 60
        InducedSpending induced = new InducedSpending(1.0, 1.0, 100, 1_000);
        assertThat(induced.fromPayroll(5e4)).isCloseTo(60.0, within(1e-9));
    }
}
