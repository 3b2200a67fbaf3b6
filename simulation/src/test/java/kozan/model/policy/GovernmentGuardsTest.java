package kozan.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.common.ModelException;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.ImportSupply;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.Timeline;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/** The government stops the run when its R&amp;D total or the stockpile's carrying cost goes non-finite. */
class GovernmentGuardsTest {

    /** Month 4 of the run; every world price 1e6 JPY/t. */
    private static final class Month4 extends SimState implements PolicyContext {
        private static final long serialVersionUID = 1L;

        Month4() {
            super(1);
        }

        @Override
        public int step() {
            return 4;
        }

        @Override
        public YearMonth month() {
            return TestScenarios.START.plusMonths(4);
        }

        @Override
        public ImportSupply market(int commodity) {
            return new Priced(1e6);
        }

        @Override
        public int regionOfMine(String mineId) {
            return -1;
        }
    }

    private record Priced(double worldPrice) implements ImportSupply {
        @Override public String commodityId() { return "?"; }
        @Override public CommodityLedger ledger() { throw new UnsupportedOperationException(); }
        @Override public int sourceCount() { return 0; }
        @Override public double expectation() { throw new UnsupportedOperationException(); }
        @Override public double importPrice(int source) { throw new UnsupportedOperationException(); }
        @Override public double takeImports(double demand, double beta, double riskAversion, double[] out) {
            throw new UnsupportedOperationException();
        }
    }

    private static void failsOn(Government gov, String variable) {
        assertThatThrownBy(() -> gov.step(new Month4())).isInstanceOfSatisfying(ModelException.class, ex -> {
            assertThat(ex.agent()).isEqualTo("government");
            assertThat(ex.step()).isEqualTo(4);
            assertThat(ex.variable()).isEqualTo(variable);
        });
    }

    @Test
    void cumulativeRandD() {
        GovernmentSpec b = TestScenarios.government(List.of(), List.of(), 60, 0);
        GovernmentSpec spec = new GovernmentSpec(b.explorationSubsidy(), b.capexGrant(), b.stateEquity(), b.lossCover(),
                b.permittingMultiplier(), b.environmentalStringency(), b.stringencyCostEffect(), b.stringencyTimeEffect(),
                b.minWaterRecycling(), b.reclamationBond(), b.carbonPrice(), b.renewablePowerMin(),
                Timeline.constant(Double.POSITIVE_INFINITY), b.rdReadinessPerBnYen(), b.rdAutomationPerBnYen(),
                b.offtakeMandate(), b.stockpileTargetDays(), b.stockpileCommodities(), b.stockpileBuyRate(),
                b.stockpileReleaseTrigger(), b.stockpileBuyPriceCeiling(), b.agreements(), b.targetedSupport(),
                b.stockpileCarryingCostPerYear());
        failsOn(new Government(TestScenarios.withGovernment(spec)), "cumulative_rd_yen");
    }

    @Test
    void stockpileCarryingCost() {
        Government gov = new Government(TestScenarios.withGovernment(TestScenarios.government(List.of(), List.of(), 60, 0)));
        // rare earths (critical) are stockpiled
        gov.setStockpileT(0, Double.POSITIVE_INFINITY);
        failsOn(gov, "stockpile_carrying_cost_yen");
    }
}
