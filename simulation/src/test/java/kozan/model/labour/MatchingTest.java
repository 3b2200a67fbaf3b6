package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The matching function and the rules built on it, with hand-computed values. */
class MatchingTest {

    @Test
    void cobbDouglasWeightsSeekersByAlphaAndVacanciesByOneMinusAlpha() {
        // mu 0.3, 1,000 seekers, 500 vacancies
        // alpha 0.3: 0.3 x 1000^0.3 x 500^0.7 = 0.3 x 7.9433 x 77.4970 = 184.672
        assertThat(Matching.matches(0.3, 0.3, 1000, 500)).isCloseTo(184.67166200173736, within(1e-9));
        // alpha 0.7: 0.3 x 1000^0.7 x 500^0.3 = 0.3 x 125.893 x 6.4519 = 243.676 (swapped exponents would give 184.7)
        assertThat(Matching.matches(0.3, 0.7, 1000, 500)).isCloseTo(243.67571890687057, within(1e-9));
    }

    @Test
    void matchesNeverExceedVacanciesAndNeedBothSides() {
        // 2 x sqrt(1e6) x sqrt(10) = 6,325 > 10 vacancies
        assertThat(Matching.matches(2.0, 0.5, 1e6, 10)).isEqualTo(10.0);
        assertThat(Matching.matches(0.3, 0.5, 0, 10)).isZero();
        assertThat(Matching.matches(0.3, 0.5, 100, 0)).isZero();
    }

    @Test
    void steadyStateVacanciesMakeMatchesReplaceQuits() {
        // alpha 0.5: V = (q E / (mu sqrt U))^2 = (7,760 / (0.35 x 154.92))^2 = 20,482.18
        double v = Matching.steadyStateVacancies(0.35, 0.5, 0.01, 776_000, 24_000);
        assertThat(v).isCloseTo(20482.176870748306, within(1e-6));
        assertThat(Matching.matches(0.35, 0.5, 24_000, v)).isCloseTo(7_760, within(1e-6));
        // alpha 0.7: V = (q E / (mu U^0.7))^(1/0.3) = (200 / (0.05 x 125.893))^(10/3) = 101,593.67
        double v7 = Matching.steadyStateVacancies(0.05, 0.7, 0.01, 20_000, 1_000);
        assertThat(v7).isCloseTo(101593.6673259649, within(1e-6));
        assertThat(Matching.matches(0.05, 0.7, 1_000, v7)).isCloseTo(200, within(1e-9));
        // alpha 1: matching does not depend on V; the quits are the vacancies
        assertThat(Matching.steadyStateVacancies(0.05, 1.0, 0.01, 20_000, 1_000)).isEqualTo(200.0);
    }

    @Test
    void proRataSharesMatchesByVacancies() {
        assertThat(Matching.proRata(40, 30, 120)).isEqualTo(10.0);
        assertThat(Matching.proRata(40, 30, 0)).isZero();
    }

    @Test
    void displacedHiresAreTheRestsLostMatches() {
        // alone: 0.5 x sqrt(100) x sqrt(50) = 35.355; actual: 40 x 50 / 100 = 20; displaced 15.355
        assertThat(Matching.displacedHires(0.5, 0.5, 100, 50, 100, 40)).isCloseTo(15.355339059327378, within(1e-12));
        // alone at most the unemployed: 5 x sqrt(10) x sqrt(50) = 111.8 -> 10; actual 40 x 50 / 100 = 20 -> none lost
        assertThat(Matching.displacedHires(5.0, 0.5, 10, 50, 100, 40)).isZero();
    }
}
