package kozan.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.demand.ImportSupply;
import kozan.scenario.TargetedSupportSpec;
import org.junit.jupiter.api.Test;

/** Training support for a mine in the first region (index 0), and the fiscal levers' output labels. */
class GovernmentEdgesTest {

    /** Mine "z" in region 0. */
    private static final PolicyContext FIRST_REGION = new PolicyContext() {
        @Override
        public int step() {
            return 0;
        }

        @Override
        public YearMonth month() {
            return TestScenarios.START;
        }

        @Override
        public ImportSupply market(int commodity) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int regionOfMine(String mineId) {
            return mineId.equals("z") ? 0 : -1;
        }
    };

    @Test
    void trainingForAMineInTheFirstRegionCountsThere() {
        Government gov = new Government(TestScenarios.withGovernment(TestScenarios.government(List.of(),
                List.of(new TargetedSupportSpec("z", TestScenarios.START, 0, 0, 30)), 60, 0)));
        assertThat(gov.trainingPerYear(FIRST_REGION, 0)).isEqualTo(30);
        assertThat(gov.trainingPerYear(FIRST_REGION, 1)).isZero();
    }

    @Test
    void everyLeverHasTheLabelTheOutputsUse() {
        assertThat(List.of(FiscalLever.values()).stream().map(FiscalLever::label).toList()).containsExactly(
                "exploration_subsidy", "capex_grant", "state_equity", "loss_cover", "rd", "agreements", "stockpile");
    }
}
