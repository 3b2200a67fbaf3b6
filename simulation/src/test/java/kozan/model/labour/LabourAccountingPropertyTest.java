package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kozan.model.labour.LabourFixtures.TestEmployer;
import kozan.scenario.LabourSpec;
import kozan.scenario.RegionSpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Labour accounting (docs/model.md 1): E + U = L, hires <= min(U, V), migration sums to zero, under random shocks to labour demand. */
class LabourAccountingPropertyTest {

    @Property(tries = 60, seed = "20261205")
    void accountingHoldsUnderRandomShocks(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                          @ForAll @IntRange(min = 1, max = 4) int regionCount,
                                          @ForAll @DoubleRange(min = 0.05, max = 1.0) double alpha,
                                          @ForAll @DoubleRange(min = 0.0, max = 0.1) double quitRate,
                                          @ForAll boolean unconstrained) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        LabourSpec labour = new LabourSpec(0.05 + rnd.nextDouble(), alpha, 0.05 + rnd.nextDouble() * 0.5,
                rnd.nextDouble(), quitRate, rnd.nextDouble() * 2, rnd.nextDouble() * 2, 0.5 + rnd.nextDouble() * 0.4,
                rnd.nextDouble() * 0.2, rnd.nextDouble() * 0.02, rnd.nextDouble(), rnd.nextDouble(), 3);
        List<RegionalLabourMarket> regions = new ArrayList<>();
        List<TestEmployer> employers = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            double pop = 500 + rnd.nextDouble() * 2_000_000;
            RegionSpec spec = new RegionSpec("r" + r, null, 36, 138, List.of(), pop, 0.5 + rnd.nextDouble() * 0.4,
                    -0.1 + rnd.nextDouble() * 0.15, rnd.nextDouble() * 0.15, -0.1 + rnd.nextDouble() * 0.15,
                    rnd.nextDouble() * 500, 150_000 + rnd.nextDouble() * 300_000);
            RegionalLabourMarket m = new RegionalLabourMarket(spec, labour, unconstrained && r == 0);
            EmployerClass[] kinds = {EmployerClass.MINING, EmployerClass.SUPPLIERS, EmployerClass.MANUFACTURING};
            for (int e = 0; e < 1 + rnd.nextInt(5); e++) {
                TestEmployer emp = new TestEmployer("r" + r + "-e" + e, kinds[rnd.nextInt(3)], rnd.nextDouble() * pop * 0.05);
                m.register(emp, rnd.nextDouble() * pop * 0.01);
                employers.add(emp);
            }
            regions.add(m);
        }
        LabourMarkets all = new LabourMarkets(regions);
        for (int t = 0; t < 60; t++) {
            for (TestEmployer e : employers) {
                // shocks: openings, closures, booms
                double u = rnd.nextDouble();
                if (u < 0.1) {
                    e.desired = 0;
                } else if (u < 0.25) {
                    e.desired *= 1 + 3 * rnd.nextDouble();
                } else if (u < 0.35) {
                    e.desired *= rnd.nextDouble();
                }
            }
            all.stepMonth(t);
            double net = 0.0;
            for (int r = 0; r < regionCount; r++) {
                RegionalLabourMarket m = all.regions().get(r);
                double l = m.labourForce();
                assertThat(Math.abs(m.employed() + m.unemployed() - l)).isLessThanOrEqualTo(1e-9 * Math.max(1, l));
                // the month's flows account for the unemployed (U >= 0 and hires <= min(U, V) are not asserted: the
                // model clamps and throws on those itself, so such bounds could never fail here)
                double flows = m.unemployedAtMatching() - m.hires() + m.separations() + m.netMigration();
                assertThat(m.unemployed()).isCloseTo(flows, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, l)));
                assertThat(m.jobFindingRate()).isLessThanOrEqualTo(1.0 + 1e-12);
                assertThat(m.miningHires()).isLessThanOrEqualTo(m.vacancies(EmployerClass.MINING) * (1 + 1e-12) + 1e-9);
                assertThat(m.wageIndex()).isGreaterThanOrEqualTo(m.unconstrained() ? 1.0 : labour.wageFloor());
                for (EmployerClass c : EmployerClass.values()) {
                    assertThat(m.employment(c)).isGreaterThanOrEqualTo(-1e-9);
                }
                net += m.netMigration();
            }
            assertThat(Math.abs(net)).isLessThanOrEqualTo(1e-9 * Math.max(1.0, all.movers()));
        }
    }
}
