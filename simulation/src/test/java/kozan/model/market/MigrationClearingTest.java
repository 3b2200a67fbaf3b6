package kozan.model.market;

import static kozan.model.market.LaborFixtures.laborWithMigration;
import static kozan.model.market.LaborFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.market.LaborFixtures.TestEmployer;
import org.junit.jupiter.api.Test;

class MigrationClearingTest {

    private static RegionalLaborMarket market(String id, double wage, double unemployment) {
        return new RegionalLaborMarket(region(id, 500_000, unemployment, 100, wage), laborWithMigration(0.05, 0.01), 0.06, false);
    }

    @Test
    void peopleMoveTowardHigherExpectedIncomeAndAreConserved() {
        RegionalLaborMarket poor = market("a-poor", 220_000, 0.05);
        RegionalLaborMarket mid = market("b-mid", 300_000, 0.03);
        RegionalLaborMarket rich = market("c-rich", 400_000, 0.02);
        // a boom in the rich region raises its job-finding rate further
        rich.register(new TestEmployer("boom", EmployerClass.SUPPLIERS, 5_000), 0);
        LaborMarkets all = new LaborMarkets(List.of(rich, poor, mid));
        assertThat(all.regions()).extracting(RegionalLaborMarket::regionId).containsExactly("a-poor", "b-mid", "c-rich");
        double before = poor.laborForce() + mid.laborForce() + rich.laborForce();
        double cumulativePoor = 0.0;
        for (int t = 0; t < 24; t++) {
            all.stepMonth(t);
            double net = poor.netMigration() + mid.netMigration() + rich.netMigration();
            assertThat(net).isCloseTo(0.0, within(1e-9 * Math.max(1.0, all.movers())));
            cumulativePoor += poor.netMigration();
            for (RegionalLaborMarket r : all.regions()) {
                assertThat(r.employed() + r.unemployed()).isCloseTo(r.laborForce(), within(1e-9 * r.laborForce()));
            }
        }
        assertThat(all.movers()).isGreaterThan(0.0);
        assertThat(cumulativePoor).isLessThan(0.0);
        assertThat(rich.netMigration()).isGreaterThan(0.0);
        // no population trend in these regions: the national labour force only changes by migration, i.e. not at all
        double after = poor.laborForce() + mid.laborForce() + rich.laborForce();
        assertThat(after).isCloseTo(before, within(1e-6));
    }

    @Test
    void outMigrationIsCappedAndNeverExceedsTheUnemployed() {
        RegionalLaborMarket poor = new RegionalLaborMarket(region("poor", 100_000, 0.10, 0, 150_000),
                laborWithMigration(1.0, 0.0005), 0.06, false);
        RegionalLaborMarket rich = new RegionalLaborMarket(region("rich", 100_000, 0.02, 0, 450_000),
                laborWithMigration(1.0, 0.0005), 0.06, false);
        LaborMarkets all = new LaborMarkets(List.of(poor, rich));
        all.stepMonth(0);
        double lf = poor.laborForce() - poor.netMigration();
        assertThat(-poor.netMigration()).isCloseTo(0.0005 * lf, within(1e-6 * lf));
        assertThat(rich.netMigration()).isCloseTo(-poor.netMigration(), within(1e-9));
    }

    @Test
    void equalRegionsDoNotMove() {
        RegionalLaborMarket a = market("a", 300_000, 0.03);
        RegionalLaborMarket b = market("b", 300_000, 0.03);
        LaborMarkets all = new LaborMarkets(List.of(a, b));
        all.stepMonth(0);
        assertThat(all.movers()).isZero();
        assertThat(a.netMigration()).isZero();
    }
}
