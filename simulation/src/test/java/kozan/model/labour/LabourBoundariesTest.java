package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The documented edges of the small labour rules: where a rule switches, which side a tie falls on. */
class LabourBoundariesTest {

    @Test
    void noUnemployedAtTheStartMakesTheQuitsTheVacancies() {
        // alpha 0.3, 1% of 20,000 employed quit: with nobody unemployed the matching function cannot replace them
        assertThat(Matching.steadyStateVacancies(0.35, 0.3, 0.01, 20_000, 0)).isEqualTo(200.0);
    }

    @Test
    void trainingRunsOnlyAboveTheOpenVacancyThresholdAndZeroTraineesAreAllowed() {
        SkilledPool pool = new SkilledPool(100);
        pool.train(0.12, 20, SkilledPool.OPEN_VACANCY_THRESHOLD);
        assertThat(pool.persons()).isEqualTo(100.0);
        // 12%/yr on (100 + 20): + 1.2
        pool.train(0.12, 20, 2 * SkilledPool.OPEN_VACANCY_THRESHOLD);
        assertThat(pool.persons()).isCloseTo(101.2, within(1e-12));
        pool.addTrained(0.0);
        assertThat(pool.persons()).isCloseTo(101.2, within(1e-12));
    }

    @Test
    void staffingFollowsTheDesiredHeadCountOnlyUntilTheFirstReport() {
        Staffing s = new Staffing();
        s.want(120);
        assertThat(s.workforce()).isEqualTo(120.0);
        assertThat(s.fill()).isEqualTo(1.0);
        s.report(90);
        // fill 90 / 120 = 0.75; later wants change the desired head count, not the payroll the market reported
        assertThat(s.fill()).isEqualTo(0.75);
        s.want(200);
        assertThat(s.workforce()).isEqualTo(90.0);
        assertThat(s.desired()).isEqualTo(200.0);
        s.report(250);
        assertThat(s.fill()).isEqualTo(1.0);
    }
}
