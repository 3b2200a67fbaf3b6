package kozan.model.labour;

import static kozan.model.labour.LabourFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.labour.LabourFixtures.TestEmployer;
import kozan.scenario.LabourSpec;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * One regional month with one simulated employer, at alpha 0.3, in hand-computed persons and yen: vacancies, matches,
 * the pro-rata hires, crowding out, separations, the wage step and the wage in yen; parity mode; migration's limits.
 * Region: 100,000 of working age, participation 0.8, 2.5% unemployed: L 80,000, U 2,000, E 78,000, wage 300,000.
 */
class RegionalLabourMarketValuesTest {

    private static final LabourSpec ALPHA_03 = new LabourSpec(0.35, 0.3, 0.15, 0.10, 0.01, 0.3, 1.0, 0.8, 0.002,
            0.001, 0.7, 0.6, 3);

    private static RegionalLabourMarket market(boolean unconstrained) {
        return new RegionalLabourMarket(region("r", 100_000, 0.025, 0, 300_000), ALPHA_03, unconstrained);
    }

    @Test
    void anEmployersVacanciesShareTheMatchesCrowdOutTheRestAndRaiseTheWage() {
        RegionalLabourMarket m = market(false);
        // a manufacturer (no induced services) that starts with nobody and wants 500
        TestEmployer plant = new TestEmployer("plant", EmployerClass.MANUFACTURING, 500);
        m.register(plant, 0);
        m.stepMonth(0);
        // rest vacancies V0 = (q E / (mu U^0.3))^(1/0.7) = (780 / (0.35 x 2,000^0.3))^(1/0.7) = 2,334.36
        double v0 = Math.pow(780 / (0.35 * Math.pow(2_000, 0.3)), 1 / 0.7);
        assertThat(v0).isCloseTo(2_334.36, within(0.01));
        double v = v0 + 500;
        assertThat(m.vacancies()).isCloseTo(v, within(1e-6));
        // matches 0.35 x 2,000^0.3 x 2,834.36^0.7 (= 893.50), shared by vacancies: the plant gets 500 / 2,834.36 of them
        double matches = 0.35 * Math.pow(2_000, 0.3) * Math.pow(v, 0.7);
        assertThat(matches).isCloseTo(893.50, within(0.01));
        assertThat(m.hires()).isCloseTo(matches, within(1e-6));
        assertThat(plant.hired).isCloseTo(matches * 500 / v, within(1e-6));
        assertThat(m.jobFindingRate()).isCloseTo(matches / 2_000, within(1e-12));
        // crowding out: alone the rest would have hired its 780 quits; it got matches x V0 / V
        assertThat(m.displacedHires()).isCloseTo(780 - matches * v0 / v, within(1e-6));
        assertThat(m.cumulativeDisplacedHires()).isCloseTo(m.displacedHires(), within(1e-12));
        // only the rest's workers quit (those hired this month do not): 1% of 78,000
        assertThat(m.separations()).isCloseTo(780, within(1e-6));
        assertThat(m.unemployed()).isCloseTo(2_000 - matches + 780, within(1e-6));
        // wage: tightness (V / U) / (V0 / U) = 1 + 500 / V0; index 1 + 0.3 x (500 / V0) / 12 = 1.0053548
        double index = 1 + 0.3 * (500 / v0) / 12;
        assertThat(m.wageIndex()).isCloseTo(index, within(1e-12));
        assertThat(m.wageYenPerMonth()).isCloseTo(300_000 * index, within(1e-6)).isCloseTo(301_606.44, within(0.01));
        assertThat(m.expectedIncomeYenPerMonth()).isCloseTo(300_000 * index * matches / 2_000, within(1e-6));
    }

    @Test
    void parityModeFillsEveryVacancyFromInactivityWhenTheUnemployedAreTooFew() {
        RegionalLabourMarket m = market(true);
        TestEmployer plant = new TestEmployer("plant", EmployerClass.MANUFACTURING, 3_000);
        m.register(plant, 0);
        m.stepMonth(0);
        // no frictional vacancies in parity mode: 3,000 wanted, 2,000 unemployed -> 1,000 join the labour force
        assertThat(m.labourForce()).isCloseTo(81_000, within(1e-6));
        assertThat(plant.workforce).isCloseTo(3_000, within(1e-6));
        assertThat(m.unemployed()).isCloseTo(0, within(1e-6));
        assertThat(m.separations()).isZero();
        assertThat(m.wageIndex()).isEqualTo(1.0);
    }

    @Test
    void migrationMayTakeEveryUnemployedPersonButNoMore() {
        RegionalLabourMarket m = market(false);
        m.stepMonth(0);
        double u = m.unemployed();
        assertThatThrownBy(() -> m.migrate(-(u + 100))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("out-migration " + (u + 100) + " exceeds the unemployed");
        // a rounding crumb beyond the unemployed (1e-13 relative) is accepted and leaves nobody unemployed
        m.migrate(-u * (1 + 1e-13));
        assertThat(m.unemployed()).isZero();
        assertThat(m.workingAgePopulation()).isCloseTo(100_000 - u, within(1e-6));
    }

    @Test
    void theMarketsStepEveryRegionAndFindThemById() {
        RegionalLabourMarket a = new RegionalLabourMarket(region("a", 100_000, 0.025, 0, 300_000), ALPHA_03, false);
        RegionalLabourMarket b = new RegionalLabourMarket(region("b", 50_000, 0.05, 0, 250_000), ALPHA_03, false);
        LabourMarkets all = new LabourMarkets(List.of(b, a));
        assertThat(all.region("b")).isSameAs(b);
        assertThat(all.region("a")).isSameAs(a);
        assertThatThrownBy(() -> all.region("z")).hasMessageContaining("no labour market for region 'z'");
        // scheduled as a Steppable: month 0 of a fresh schedule; hires replace quits, 1% of 78,000 and of 38,000
        all.step(new SimState(1L));
        assertThat(a.hires()).isCloseTo(780, within(1e-6));
        assertThat(b.hires()).isCloseTo(380, within(1e-6));
    }
}
