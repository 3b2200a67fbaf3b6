package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.LabourSpec;
import org.junit.jupiter.api.Test;

/**
 * jobs_displaced = R* - R, signed, with R* = demand x (1 - normal vacancy rate) (docs/outputs.md): the identity
 * employed = simulated jobs + R* - displaced needs the sign, so unlike the shortfall it is not clipped at 0.
 */
class RestOfEconomyDisplacedTest {

    /** Matching 0.35, elasticity 0.5, quits 1%/month (the other parameters do not enter the rest of the economy). */
    private static LabourSpec labour() {
        return new LabourSpec(0.35, 0.5, 0.15, 0.10, 0.01, 0.3, 1.0, 0.8, 0.002, 0.001, 0.7, 0.6, 3);
    }

    @Test
    void displacedIsNormalEmploymentMinusWorkforceWithItsSign() {
        // E = 990,000, U = 10,000: q E = 9,900 = 0.35 x 10,000^0.5 x V0^0.5 = 35 V0^0.5 -> V0 = (9,900 / 35)^2
        RestOfEconomy rest = new RestOfEconomy(990_000, 10_000, labour(), 0.0, false);
        double v0 = Math.pow(9_900 / 35.0, 2); // 80,008.16...
        assertThat(rest.startVacancies()).isCloseTo(v0, within(1e-6));
        // R* = demand x (1 - V0 / demand) = demand - V0 = 990,000 at the start: nothing displaced
        assertThat(rest.normalEmployment()).isCloseTo(990_000, within(1e-6));
        assertThat(rest.displaced()).isCloseTo(0, within(1e-6));
        // ceding 1,000 workers to a mine at the start lowers demand and workforce by 1,000, but the normal
        // vacancy rate v = V0 / d0 = 80,008.16 / 1,070,008.16 = 0.074773 stays: R* = (d0 - 1,000)(1 - v)
        // = 990,000 - 1,000 (1 - v) = 989,074.77, so D = 74.77 (the ceded jobs' share of the normal vacancies)
        rest.cede(1_000);
        double v = v0 / (990_000 + v0);
        assertThat(rest.normalEmployment()).isCloseTo(990_000 - 1_000 * (1 - v), within(1e-6));
        assertThat(rest.displaced()).isCloseTo(1_000 * v, within(1e-6)).isBetween(74.7, 74.8);
        // 2,500 more workers drawn away: D = 2,574.77, and the shortfall agrees
        rest.slot.workforce = 986_500;
        assertThat(rest.displaced()).isCloseTo(2_500 + 1_000 * v, within(1e-6));
        assertThat(rest.shortfall()).isCloseTo(2_500 + 1_000 * v, within(1e-6));
        // 700 more workers than normal (after layoffs elsewhere): D = -700 (signed), the shortfall 0
        rest.slot.workforce = 989_000 + 1_000 * v + 700;
        assertThat(rest.displaced()).isCloseTo(-700, within(1e-6));
        assertThat(rest.shortfall()).isZero();
    }

    @Test
    void normalEmploymentFollowsTheTrendAtTheStartingVacancyRate() {
        // growth 12%/yr: one month multiplies demand by 1.12^(1/12); R* = demand x (1 - V0 / demand at the start)
        RestOfEconomy rest = new RestOfEconomy(990_000, 10_000, labour(), 0.12, false);
        double d0 = rest.demand();
        rest.grow();
        double d1 = d0 * Math.pow(1.12, 1.0 / 12.0);
        double rate = rest.startVacancies() / d0;
        assertThat(rest.normalEmployment()).isCloseTo(d1 * (1 - rate), within(1e-6));
        assertThat(rest.displaced()).isCloseTo(d1 * (1 - rate) - 990_000, within(1e-6));
    }

    @Test
    void withoutNormalVacanciesDisplacedIsDemandMinusWorkforce() {
        // unconstrained (IO_PARITY): no normal vacancies, R* = demand = workforce at the start
        RestOfEconomy rest = new RestOfEconomy(500_000, 20_000, labour(), 0.0, true);
        assertThat(rest.startVacancies()).isZero();
        rest.slot.workforce = 500_300;
        assertThat(rest.displaced()).isCloseTo(-300, within(1e-9));
    }
}
