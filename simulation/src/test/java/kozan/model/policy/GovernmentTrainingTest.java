package kozan.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kozan.model.TestScenarios;
import kozan.scenario.TargetedSupportSpec;
import org.junit.jupiter.api.Test;

/** Targeted training subsidies count in the region of the supported mine, from their first month. */
class GovernmentTrainingTest {

    private static final YearMonth LATER = TestScenarios.START.plusMonths(6);

    /** Mine "a" in region 2, mine "b" in region 1; no mine "ghost". */
    private static final PolicyContext MINES = MinePlaces.of(Map.of("a", 2, "b", 1));

    @Test
    void trainingCountsInTheSupportedMinesRegionOnceStarted() {
        Government gov = new Government(TestScenarios.withGovernment(TestScenarios.government(List.of(), List.of(
                new TargetedSupportSpec("a", TestScenarios.START, 0, 0, 12),
                new TargetedSupportSpec("a", TestScenarios.START, 0, 0, 6),
                new TargetedSupportSpec("b", LATER, 0, 0, 24),
                new TargetedSupportSpec("ghost", TestScenarios.START, 0, 0, 100)), 60, 0)));
        assertThat(gov.trainingPerYear(MINES, 2)).isEqualTo(18);
        assertThat(gov.trainingPerYear(MINES, 1)).as("support for b starts later").isZero();
        assertThat(gov.trainingPerYear(MINES, 0)).as("no supported mine; unknown mines count nowhere").isZero();
    }
}
