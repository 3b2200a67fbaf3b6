package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * Head count by stage. Defaults: exploration crew 11, feasibility crew 7, 25 construction workers per JPY bn/yr,
 * closure crew 13, automation effect 0.5. Mine: capex JPY 6 bn, 400 kt ore/yr, 0.3 workers per kt ore/yr.
 */
class MineCrewTest {

    private static final MineDefaults D = new MiningFixture.Defaults().build();
    private static final MineSpec SPEC = spec();

    private static MineSpec spec() {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.capex = 6e9;
        s.capacity = 400_000;
        s.workersPerKt = 0.3;
        return s.build();
    }

    private static double crew(Stage stage, int length, double cost, double automation) {
        // no new skilled jobs here (see automationAddsBackItsNewSkilledJobs)
        return MineCrew.desired(stage, SPEC, D, length, SPEC.capexYen() * cost, automation, 0.0);
    }

    @Test
    void fixedCrewsOfTheEarlyStagesAndOfIdleAndClosure() {
        assertThat(crew(Stage.EXPLORATION, 30, 1.2, 0.4)).isEqualTo(11);
        assertThat(crew(Stage.FEASIBILITY, 30, 1.2, 0.4)).isEqualTo(7);
        assertThat(crew(Stage.PERMITTING, 30, 1.2, 0.4)).isEqualTo(7);
        assertThat(crew(Stage.IDLE, 30, 1.2, 0.4)).isEqualTo(13);
        assertThat(crew(Stage.CLOSURE, 30, 1.2, 0.4)).isEqualTo(13);
        for (Stage s : new Stage[] {Stage.PROSPECT, Stage.RECLAIMED, Stage.ABANDONED}) {
            assertThat(crew(s, 30, 1.2, 0.4)).as("%s", s).isZero();
        }
    }

    @Test
    void constructionCrewFollowsTheYearlyCapexRateAtTheStringencyCost() {
        // 25 x (6e9 x 1.2 / 24 months x 12) / 1e9 = 25 x 3.6 = 90 persons
        assertThat(crew(Stage.CONSTRUCTION, 24, 1.2, 0.4)).isCloseTo(90.0, within(1e-9));
        // a 12-month build spends twice as fast: 180
        assertThat(crew(Stage.CONSTRUCTION, 12, 1.2, 0.4)).isCloseTo(180.0, within(1e-9));
        // stage length 0 counts as 1 month: 25 x 7.2 x 12 = 2,160
        assertThat(crew(Stage.CONSTRUCTION, 0, 1.2, 0.4)).isCloseTo(2_160.0, within(1e-9));
    }

    @Test
    void productionCrewIsCutByAutomation() {
        // 0.3 x 400 = 120 persons before automation
        assertThat(crew(Stage.PRODUCTION, 0, 1.2, 0.0)).isCloseTo(120.0, within(1e-9));
        // automation 0.4 with effect 0.5: 120 x (1 - 0.2) = 96; the cost multiplier does not enter
        assertThat(crew(Stage.PRODUCTION, 0, 1.2, 0.4)).isCloseTo(96.0, within(1e-9));
        assertThat(crew(Stage.PRODUCTION, 0, 1.0, 0.4)).isCloseTo(96.0, within(1e-9));
        // full automation: half the crew
        assertThat(crew(Stage.PRODUCTION, 0, 1.2, 1.0)).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void automationAddsBackItsNewSkilledJobs() {
        // automation 0.4, effect 0.5, new-jobs share 0.25: removed 120 x 0.2 = 24, 6 come back: 120 x (1 - 0.2 x 0.75) = 102
        assertThat(MineCrew.desired(Stage.PRODUCTION, SPEC, D, 0, 6e9, 0.4, 0.25)).isCloseTo(102.0, within(1e-9));
    }
}
