package kozan.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kozan.model.TestScenarios;
import kozan.scenario.TargetedSupportSpec;
import org.junit.jupiter.api.Test;

/** Training support for a mine in the first region (index 0), and the fiscal levers' output labels. */
class GovernmentEdgesTest {

    /** Mine "z" in region 0. */
    private static final PolicyContext FIRST_REGION = MinePlaces.of(Map.of("z", 0));

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
                "exploration_subsidy", "capex_grant", "state_equity", "loss_cover", "rd", "agreements", "stockpile",
                "equity_stakes", "equity_dividend", "equity_loss", "carbon_revenue", "training");
    }
}
