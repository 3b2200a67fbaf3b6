package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.random.RandomStream;
import kozan.model.random.Twister;
import java.time.YearMonth;
import kozan.model.TestScenarios;
import kozan.model.random.Distributions;
import kozan.model.random.Seeds;
import kozan.scenario.DistSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.ProspectGeneratorSpec;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * Random prospects. Twins of the generator's streams replay its draws in its order (arrivals: one uniform a month,
 * also before the start month; deposits: per prospect one uniform and one normal for the ore, then for the grade), so
 * the expected counts and deposits are computed here from the documented formulas.
 */
class ProspectGeneratorTest {

    private static final DistSpec ORE = TestScenarios.lognormal(3e6, 1.5e6);
    private static final DistSpec GRADE = new DistSpec(DistSpec.DistKind.UNIFORM, null, null, 0.005, null, 0.02);

    private static ProspectGeneratorSpec spec(double ratePerYear, YearMonth from, DistSpec ore, DistSpec grade) {
        // region r0, critical commodity; recovery 0.85, capacity 8% of ore a year, capex 10,000 per t/yr, opex 3,500,
        // 0.3 workers per kt/yr, water 0.6 m3/t, CO2e 0.02 t/t, land 100 ha per Mt/yr
        return new ProspectGeneratorSpec("gen", "r0", "crit", ratePerYear, from, 41.0, 142.0, ore, grade, 0.85, 0.08,
                10_000, 3_500, 0.3, 0.6, 0.02, 100);
    }

    private static MiningFixture.Economy economy() {
        return new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
    }

    @Test
    void poissonArrivalsAtRateOverTwelveFromTheStartMonthWithDepositsDrawnFromTheSpec() {
        YearMonth from = TestScenarios.START.plusMonths(3);
        ProspectGenerator gen = new ProspectGenerator(spec(36, from, ORE, GRADE), MiningFixture.SEED);
        MiningFixture.Economy e = economy();
        RandomStream arrivals = Seeds.stream(MiningFixture.SEED, "generator:gen", "arrivals");
        RandomStream deposits = Seeds.stream(MiningFixture.SEED, "generator:gen", "deposits");
        int n = 0;
        for (int step = 0; step < 24; step++) {
            int before = e.added.size();
            gen.step(e);
            double u = arrivals.nextDouble();
            // 36 a year: Poisson mean 3 a month, none before the start month (the uniform is drawn anyway)
            int k = step < 3 ? 0 : Distributions.poisson(u, 3.0);
            assertThat(e.added.size() - before).as("arrivals in month %d", step).isEqualTo(k);
            for (int i = before; i < e.added.size(); i++) {
                n++;
                double ore = Math.max(1.0, Distributions.sample(ORE, deposits.nextDouble(), deposits.nextGaussian()));
                double grade = Math.min(1.0, Math.max(1e-12,
                        Distributions.sample(GRADE, deposits.nextDouble(), deposits.nextGaussian())));
                Mine m = e.added.get(i);
                MineSpec s = m.spec();
                assertThat(s.id()).isEqualTo("gen-" + n);
                assertThat(m.stage()).isEqualTo(Stage.PROSPECT);
                assertThat(m.regionIndex()).isEqualTo(0);
                assertThat(m.commodityIndex()).isEqualTo(MiningFixture.CRIT);
                assertThat(s.oreT()).isEqualTo(ore);
                assertThat(s.grade()).isEqualTo(grade);
                double capacity = ore * 0.08;
                assertThat(s.capacityTOrePerYear()).isCloseTo(capacity, within(1e-9 * capacity));
                assertThat(s.capexYen()).isCloseTo(10_000 * capacity, within(1e-9 * 10_000 * capacity));
                assertThat(s.closureCostYen()).isCloseTo(0.05 * 10_000 * capacity, within(1e-9 * 10_000 * capacity));
                assertThat(s.landHa()).isCloseTo(100 * capacity / 1e6, within(1e-12 * capacity));
                assertThat(s.recovery()).isEqualTo(0.85);
                assertThat(s.opexYenPerTOre()).isEqualTo(3_500);
                assertThat(s.workersPerKtOre()).isEqualTo(0.3);
                assertThat(s.waterM3PerTOre()).isEqualTo(0.6);
                assertThat(s.co2eTPerTOre()).isEqualTo(0.02);
                assertThat(s.royaltyRate()).isEqualTo(0.01);
                assertThat(s.waterRecycledShare()).isEqualTo(0.5);
                assertThat(s.sustainingCapexYenPerYear()).isZero();
                assertThat(s.monthsInStage()).isZero();
                assertThat(s.lat()).isEqualTo(41.0);
                assertThat(s.lon()).isEqualTo(142.0);
            }
            e.step++;
        }
        assertThat(n).as("some prospects in 21 months at 3 a month").isGreaterThan(20);
        assertThat(gen.created()).isEqualTo(n);
    }

    @Test
    void noArrivalsAtRateZero() {
        ProspectGenerator gen = new ProspectGenerator(spec(0, null, ORE, GRADE), MiningFixture.SEED);
        MiningFixture.Economy e = economy();
        for (int step = 0; step < 60; step++) {
            gen.step(e);
            e.step++;
        }
        assertThat(e.added).isEmpty();
        assertThat(gen.created()).isZero();
    }

    @Test
    void oreIsAtLeastOneTonneAndGradeIsClippedToItsRange() {
        MiningFixture.Economy e = economy();
        ProspectGenerator high = new ProspectGenerator(spec(100, null, DistSpec.fixed(0.25),
                new DistSpec(DistSpec.DistKind.UNIFORM, null, null, 1.5, null, 2.0)), MiningFixture.SEED);
        for (int step = 0; step < 6; step++) {
            high.step(e);
        }
        assertThat(e.added).isNotEmpty();
        for (Mine m : e.added) {
            assertThat(m.spec().oreT()).isEqualTo(1.0);
            assertThat(m.spec().grade()).isEqualTo(1.0);
            assertThat(m.spec().capacityTOrePerYear()).isCloseTo(0.08, within(1e-15));
        }
        e.added.clear();
        ProspectGenerator low = new ProspectGenerator(spec(100, null, DistSpec.fixed(5e6),
                new DistSpec(DistSpec.DistKind.UNIFORM, null, null, -2.0, null, -1.0)), MiningFixture.SEED);
        for (int step = 0; step < 6; step++) {
            low.step(e);
        }
        assertThat(e.added).isNotEmpty();
        for (Mine m : e.added) {
            assertThat(m.spec().oreT()).isEqualTo(5e6);
            assertThat(m.spec().grade()).isEqualTo(1e-12);
        }
    }
}
