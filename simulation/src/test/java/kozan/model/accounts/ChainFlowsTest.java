package kozan.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.TestScenarios;
import kozan.scenario.IoTableSpec;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/**
 * What enters the supply chain each month (design 1.2). A 4-sector table 06, 30, 57, 66 whose mining column of A is
 * (0.05, 0.10, 0.20, 0.05) and import coefficients (0.5, 0.2, 0.1, 0): without the agents' sectors 30 and 66 the
 * column sums to 0.25, so a JPY of the mines' other purchases buys 0.2 of 06 and 0.8 of 57, of which (1 - m) at home:
 * 0.1 and 0.72. Compensation ratios v = (0.2, 0.25, 0.3, 0.35).
 */
class ChainFlowsTest {

    static final IoTable TABLE = table();

    private static IoTable table() {
        double[][] a = new double[4][4];
        a[0][0] = 0.05;
        a[1][0] = 0.10;
        a[2][0] = 0.20;
        a[3][0] = 0.05;
        double[] m = {0.5, 0.2, 0.1, 0};
        double[][] ad = new double[4][4];
        double[][] l = new double[4][4];
        for (int i = 0; i < 4; i++) {
            ad[i][0] = (1 - m[i]) * a[i][0];
            l[i][i] = 1;
        }
        return new IoTable("four", List.of("06", "30", "57", "66"), List.of("mining", "machinery", "transport", "services"),
                new double[] {1, 1, 1, 1}, a, m, ad, l, new double[] {0.2, 0.25, 0.3, 0.35},
                new double[] {0.5, 0.5, 0.5, 0.5}, new double[] {0, 0, 1, 0}, 1e6, new double[] {1, 1, 1, 1});
    }

    private static ChainFlows flows() {
        IoTableSpec io = new IoTableSpec("four", "06", "30", "66", "06", 1e6);
        return new ChainFlows(TABLE, io, TestScenarios.regions(), List.of(), List.of(), null);
    }

    @Test
    void theMinesOtherPurchasesFollowTheMiningColumnWithoutTheAgentsSectorsAtTheDomesticShare() {
        double[] perYen = kozan.model.supply.SupplyChain.otherPurchasePerYen(TABLE, 0, 1, 3);
        assertThat(ChainFlows.otherPurchasePerYen(TABLE, new IoTableSpec("four", "06", "30", "66", "06", 1e6)))
                .containsExactly(perYen, within(0.0));
        assertThat(perYen).containsExactly(new double[] {0.1, 0, 0.72, 0}, within(1e-12));
    }

    @Test
    void aMineBuysItsOpexLessPayrollAndItsPayrollIsHouseholdIncome() {
        ChainFlows f = flows();
        // region 1 (kanto): payroll 1,000,000, opex not ordered 3,000,000 -> 2,000,000 bought: 200,000 of 06 at home
        // (0.1) and 1,440,000 of 57 (0.72)
        f.addMine(1, 1_000_000, 3_000_000);
        assertThat(f.otherPurchasesYen(1, 0)).isCloseTo(200_000, within(1e-6));
        assertThat(f.otherPurchasesYen(1, 2)).isCloseTo(1_440_000, within(1e-6));
        assertThat(f.otherPurchasesYen(1, 1)).isZero();
        assertThat(f.otherPurchasesYen(0, 2)).isZero();
        assertThat(f.exogenousIncomeYen(1)).isEqualTo(1_000_000);
        assertThat(f.payrollYen()).isEqualTo(1_000_000);
        // a mine whose payroll exceeds that opex (or that is not producing) buys nothing through it
        f.addMine(2, 500_000, 400_000);
        assertThat(f.otherPurchasesYen(2, 2)).isZero();
        assertThat(f.payrollYen()).isEqualTo(1_500_000);
    }

    @Test
    void theAgentsDeliveriesAreYsAndTheirCompensationIsIncomeButNotMinePayroll() {
        ChainFlows f = flows();
        f.addAgentOutput(0, 3, 1_000_000);
        f.addAgentOutput(0, 1, 400_000);
        assertThat(f.agentOutputYen(0, 3)).isEqualTo(1_000_000);
        // v_66 x 1,000,000 + v_30 x 400,000 = 350,000 + 100,000
        assertThat(f.exogenousIncomeYen(0)).isCloseTo(450_000, within(1e-9));
        assertThat(f.payrollYen()).isZero();
        f.addMine(0, 100_000, 600_000);
        // national spending vector for IO_PARITY: y_S + y_O = (50,000, 400,000, 360,000, 1,000,000)
        assertThat(f.nationalSpendingYen()).containsExactly(new double[] {50_000, 400_000, 360_000, 1_000_000},
                within(1e-6));
        f.clear();
        assertThat(f.nationalSpendingYen()).containsOnly(0.0);
        assertThat(f.exogenousIncomeYen(0)).isZero();
    }
}
