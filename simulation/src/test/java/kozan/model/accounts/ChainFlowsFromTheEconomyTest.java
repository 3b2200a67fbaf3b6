package kozan.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.MiningEconomy;
import kozan.model.TestScenarios;
import kozan.model.labour.LabourMarketView;
import kozan.model.mining.Mine;
import kozan.model.random.Seeds;
import kozan.model.supply.SupplyChainView;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The supply chain's flows as a real month produces them (ChainFlowsTest checks the rules on hand values): the
 * mines' payroll is workers x the region's starting wage and is household income of the mine's region; their other
 * purchases are the opex not ordered from suppliers less that payroll; the chain's filled jobs are the labour
 * markets' INDIRECT pools, and the rest of the economy's displacement is R* - R.
 */
class ChainFlowsFromTheEconomyTest {

    private static MiningEconomy oneMonth(Scenario s) {
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
        e.start();
        e.schedule.step(e);
        return e;
    }

    @Test
    void theMinesPayrollAndOtherPurchasesAreWhatTheirWorkersAndOpexSay() {
        Scenario s = TestScenarios.base();
        MiningEconomy e = oneMonth(s);
        ChainFlows flows = new ChainFlows(e.ioTable(), s.ioTable(), s.regions(), e.mines(), e.suppliers(), null);
        flows.gather();
        double payroll = 0;
        double[] income = new double[s.regions().size()];
        double[] other = new double[s.regions().size()];
        for (Mine m : e.mines()) {
            double p = m.employed() * s.regions().get(m.regionIndex()).wageYenPerMonth();
            payroll += p;
            income[m.regionIndex()] += p;
            other[m.regionIndex()] += Math.max(0, m.otherOpexYen() - p);
        }
        assertThat(payroll).isPositive();
        assertThat(flows.payrollYen()).isCloseTo(payroll, within(1e-6 * payroll));
        double[] q = ChainFlows.otherPurchasePerYen(e.ioTable(), s.ioTable());
        boolean someOther = false;
        for (int r = 0; r < income.length; r++) {
            // no supplier in the base test scenario delivers, so W is the payroll alone
            assertThat(flows.exogenousIncomeYen(r)).as("W of region %d", r)
                    .isGreaterThanOrEqualTo(income[r] * (1 - 1e-12));
            for (int i = 0; i < q.length; i++) {
                assertThat(flows.otherPurchasesYen(r, i)).as("y_O region %d sector %d", r, i)
                        .isCloseTo(other[r] * q[i], within(1e-6 * Math.max(1, other[r])));
            }
            someOther |= other[r] > 0;
        }
        assertThat(someOther).as("some mine buys other inputs").isTrue();
    }

    @Test
    void theChainsFilledJobsAreTheIndirectPoolsAndDisplacementIsTheRestsGap() {
        MiningEconomy e = oneMonth(TestScenarios.base());
        SupplyChainView chain = e.supplyChain();
        LabourMarketView lm = e.labourMarket();
        boolean some = false;
        for (int r = 0; r < e.regions().size(); r++) {
            double filled = 0;
            for (int i = 0; i < chain.sectorCount(); i++) {
                filled += chain.chainJobs(r, i);
            }
            assertThat(filled).as("region %d", r).isCloseTo(lm.indirectJobs(r), within(1e-9 * Math.max(1, filled)));
            some |= filled > 0;
        }
        assertThat(some).as("the chain employs someone").isTrue();
        kozan.model.labour.LabourMarketAgent agent = (kozan.model.labour.LabourMarketAgent) lm;
        for (int r = 0; r < e.regions().size(); r++) {
            var market = agent.region(r);
            assertThat(lm.jobsDisplaced(r)).as("region %d", r)
                    .isEqualTo(market.restNormalEmployment() - market.employment(kozan.model.labour.EmployerClass.REST))
                    .isNotZero();
        }
    }
}
