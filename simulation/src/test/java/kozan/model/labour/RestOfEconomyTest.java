package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.LabourSpec;
import org.junit.jupiter.api.Test;

/** The rest of a regional economy: steady-state start with the scenario's matching elasticity, trend, shortfall. */
class RestOfEconomyTest {

    /** Matching elasticity 0.7 (the default is 0.5): the start vacancies must use it, not a fixed square. */
    private static LabourSpec alpha07() {
        return new LabourSpec(0.35, 0.7, 0.15, 0.10, 0.01, 0.3, 1.0, 0.8, 0.002, 0.001, 0.7, 0.6, 3);
    }

    @Test
    void startVacanciesMakeHiresReplaceQuitsAtTheScenariosElasticity() {
        // q E = 7,760; mu U^0.7 = 0.35 x 24,000^0.7 = 407.96; V0 = (7,760 / 407.96)^(1 / 0.3) = 18,3xx
        RestOfEconomy rest = new RestOfEconomy(776_000, 24_000, alpha07(), 0.0, false);
        double v0 = Math.pow(7_760 / (0.35 * Math.pow(24_000, 0.7)), 1.0 / 0.3);
        assertThat(rest.startVacancies()).isCloseTo(v0, within(1e-6));
        assertThat(v0).isBetween(18_000.0, 19_000.0);
        // matches at the start equal the quits: 0.35 x 24,000^0.7 x V0^0.3 = 7,760
        assertThat(Matching.matches(0.35, 0.7, 24_000, rest.startVacancies())).isCloseTo(7_760, within(1e-6));
        assertThat(rest.demand()).isCloseTo(776_000 + v0, within(1e-6));
        assertThat(rest.slot.workforce).isEqualTo(776_000);
    }

    @Test
    void demandShrinksWithANegativeTrendAndTheShortfallCountsOnlyBeyondTheNormalVacancyRate() {
        RestOfEconomy rest = new RestOfEconomy(776_000, 24_000, alpha07(), -0.06, false);
        double d0 = rest.demand();
        for (int m = 0; m < 12; m++) {
            rest.grow();
        }
        // twelve months of 0.94^(1/12): 0.94 d0
        assertThat(rest.demand()).isCloseTo(0.94 * d0, within(1e-6));
        // demand fell below the workforce: no shortfall
        assertThat(rest.shortfall()).isZero();
        // workforce 100,000 below the normal level demand x (1 - V0 / d0)
        rest.slot.workforce = 0.94 * d0 * (1 - rest.startVacancies() / d0) - 100_000;
        assertThat(rest.shortfall()).isCloseTo(100_000, within(1e-6));
    }
}
