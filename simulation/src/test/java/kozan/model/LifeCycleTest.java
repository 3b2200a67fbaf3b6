package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kozan.model.mining.Mine;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/** A mine walks the whole life cycle with plausible timing (docs/model.md 7.2; lead times: docs/validation.md). */
class LifeCycleTest {

    static Scenario single() {
        return TestScenarios.build("life", 40, List.of(), TestScenarios.government(List.of(), List.of(), 0, 0), Mode.NORMAL,
                List.of(TestScenarios.sureThing("cu-a", "tohoku")), List.of());
    }

    @Test
    void fullLifeCycleInOrder() {
        double[] maxConstructionJobs = {0};
        double[] producedT = {0};
        MiningEconomy e = Sim.run(single(), 0, x -> {
            Mine m = x.mine("cu-a");
            if (m.stage() == Stage.CONSTRUCTION) {
                maxConstructionJobs[0] = Math.max(maxConstructionJobs[0], m.employed());
            }
            producedT[0] += m.productT();
        });
        Mine m = e.mine("cu-a");
        assertThat(m.stage()).isEqualTo(Stage.RECLAIMED);
        Stage[] path = {Stage.PROSPECT, Stage.EXPLORATION, Stage.FEASIBILITY, Stage.PERMITTING, Stage.CONSTRUCTION,
            Stage.PRODUCTION, Stage.CLOSURE, Stage.RECLAIMED};
        for (int i = 1; i < path.length; i++) {
            assertThat(m.stageEntryStep(path[i])).as(path[i] + " after " + path[i - 1])
                    .isGreaterThan(m.stageEntryStep(path[i - 1]));
        }
        int lead = m.stageEntryStep(Stage.PRODUCTION) - m.stageEntryStep(Stage.EXPLORATION);
        assertThat(lead / 12.0).as("exploration start to production, years").isBetween(5.0, 30.0);
        // 3 Mt ore at 0.3 Mt/yr: ten years at capacity plus the ramp-up
        int producing = m.stageEntryStep(Stage.CLOSURE) - m.stageEntryStep(Stage.PRODUCTION);
        assertThat(producing).isBetween(120, 140);
        assertThat(producedT[0]).isCloseTo(3.0e6 * 0.02 * 0.9, org.assertj.core.data.Offset.offset(1.0));
        assertThat(maxConstructionJobs[0]).isPositive();
        assertThat(m.environment().landDisturbedHa()).isZero();
        assertThat(m.environment().landReclaimedHa()).isEqualTo(40.0);
    }

    @Test
    void baselineLeadTimesLandInTheReportedRange() {
        // discovery-to-production: the design asks for 10-20 years on average (reference 15.7)
        double sum = 0;
        int n = 30;
        for (int k = 0; k < n; k++) {
            Mine m = Sim.run(single(), k).mine("cu-a");
            assertThat(m.stageEntryStep(Stage.PRODUCTION)).as("replication " + k).isGreaterThan(0);
            sum += (m.stageEntryStep(Stage.PRODUCTION) - m.stageEntryStep(Stage.EXPLORATION)) / 12.0;
        }
        assertThat(sum / n).isBetween(10.0, 20.0);
    }
}
