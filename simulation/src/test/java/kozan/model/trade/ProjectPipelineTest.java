package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.ProjectSpec;
import kozan.scenario.ProjectSpec.ProjectStart;
import org.junit.jupiter.api.Test;

/**
 * Project lags, hand-counted. Rules: entry trigger 1.3, restart trigger 1.2, 6 months in a row, build lag 72,
 * restart lag 24, ramp 42 months, achieved share 0.6, idle after 12 months below unit cost, capital charge 0.1/yr.
 * Project: nameplate 10,000 t/yr, unit cost 600,000 JPY/t, capex 20 bn JPY -> full cost 600,000 + 0.1 x 20e9 /
 * 10,000 = 800,000 JPY/t; restart threshold 1.2 x 800,000 = 960,000; entry 1.3 x 800,000 = 1,040,000.
 */
class ProjectPipelineTest {

    private static final ProjectPipeline.Rules RULES = new ProjectPipeline.Rules(1.3, 1.2, 6, 72, 24, 42, 0.6, 12, 0.1);

    private static ProjectPipeline project(ProjectStart start) {
        return new ProjectPipeline(new ProjectSpec("p", start, 10_000, 600_000, 20e9), RULES);
    }

    @Test
    void fullCostAddsTheCapitalChargePerTonne() {
        assertThat(project(ProjectStart.IDLE).fullCost()).isCloseTo(800_000, within(1e-6));
    }

    @Test
    void noRestartBeforeSixMonthsInARowAboveTheTrigger() {
        ProjectPipeline p = project(ProjectStart.IDLE);
        for (int m = 0; m < 5; m++) {
            p.advance(1_000_000, false);
        }
        p.advance(900_000, false);     // a month below 960,000 resets the count
        for (int m = 0; m < 5; m++) {
            p.advance(1_000_000, false);
        }
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.IDLE);
        p.advance(1_000_000, false);   // sixth in a row
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.RESTARTING);
    }

    @Test
    void capacityComesOnlyAfterTheRestartLagThenRampsLinearly() {
        ProjectPipeline p = project(ProjectStart.IDLE);
        for (int m = 0; m < 6; m++) {
            p.advance(1_000_000, false);
        }
        // decided in month 6 (index 5); 23 more months without capacity
        for (int m = 0; m < 23; m++) {
            p.advance(1_000_000, false);
            assertThat(p.capacityTPerYear()).as("month %d of the lag", m + 1).isZero();
        }
        p.advance(1_000_000, false);   // month 24 after the decision: first output, 1/42 of 0.6 x 10,000
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.RAMPING);
        assertThat(p.capacityTPerYear()).isCloseTo(6_000.0 / 42, within(1e-9));
        for (int m = 1; m < 42; m++) {
            p.advance(1_000_000, false);
        }
        assertThat(p.capacityTPerYear()).isCloseTo(6_000, within(1e-9));
        p.advance(1_000_000, false);
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.PRODUCING);
    }

    @Test
    void aCandidateNeedsTheEntryTriggerAndTheBuildLag() {
        ProjectPipeline p = project(ProjectStart.CANDIDATE);
        for (int m = 0; m < 12; m++) {
            p.advance(1_000_000, false);   // above restart (960,000) but below entry (1,040,000)
        }
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.CANDIDATE);
        for (int m = 0; m < 6; m++) {
            p.advance(1_100_000, false);
        }
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.BUILDING);
        for (int m = 0; m < 71; m++) {
            p.advance(1_100_000, false);
        }
        assertThat(p.capacityTPerYear()).isZero();
        p.advance(1_100_000, false);       // the 72nd month
        assertThat(p.capacityTPerYear()).isPositive();
    }

    @Test
    void aProducingMineIdlesAfterTwelveMonthsBelowUnitCost() {
        ProjectPipeline p = project(ProjectStart.PRODUCING);
        assertThat(p.capacityTPerYear()).isEqualTo(10_000);
        for (int m = 0; m < 11; m++) {
            p.advance(500_000, false);
        }
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.PRODUCING);
        p.advance(500_000, false);
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.IDLE);
        assertThat(p.capacityTPerYear()).isZero();
    }

    @Test
    void aDecisionOutsideTheMarketStartsTheRampInItsMonth() {
        ProjectPipeline p = project(ProjectStart.CANDIDATE);
        p.advance(100_000, true);
        assertThat(p.state()).isEqualTo(ProjectPipeline.State.RAMPING);
        assertThat(p.capacityTPerYear()).isCloseTo(6_000.0 / 42, within(1e-9));
    }
}
