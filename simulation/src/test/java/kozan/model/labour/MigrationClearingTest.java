package kozan.model.labour;

import static kozan.model.labour.LabourFixtures.labourWithMigration;
import static kozan.model.labour.LabourFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.labour.LabourFixtures.TestEmployer;
import org.junit.jupiter.api.Test;

class MigrationClearingTest {

    private static RegionalLabourMarket market(String id, double wage, double unemployment) {
        return new RegionalLabourMarket(region(id, 500_000, unemployment, 100, wage), labourWithMigration(0.05, 0.01), false);
    }

    @Test
    void peopleMoveTowardHigherExpectedIncomeAndAreConserved() {
        RegionalLabourMarket poor = market("a-poor", 220_000, 0.05);
        RegionalLabourMarket mid = market("b-mid", 300_000, 0.03);
        RegionalLabourMarket rich = market("c-rich", 400_000, 0.02);
        // a boom in the rich region raises its job-finding rate further
        rich.register(new TestEmployer("boom", EmployerClass.SUPPLIERS, 5_000), 0);
        LabourMarkets all = new LabourMarkets(List.of(rich, poor, mid));
        assertThat(all.regions()).extracting(RegionalLabourMarket::regionId).containsExactly("a-poor", "b-mid", "c-rich");
        double before = poor.labourForce() + mid.labourForce() + rich.labourForce();
        double cumulativePoor = 0.0;
        for (int t = 0; t < 24; t++) {
            all.stepMonth(t);
            double net = poor.netMigration() + mid.netMigration() + rich.netMigration();
            assertThat(net).isCloseTo(0.0, within(1e-9 * Math.max(1.0, all.movers())));
            cumulativePoor += poor.netMigration();
            for (RegionalLabourMarket r : all.regions()) {
                assertThat(r.employed() + r.unemployed()).isCloseTo(r.labourForce(), within(1e-9 * r.labourForce()));
            }
        }
        assertThat(all.movers()).isGreaterThan(0.0);
        assertThat(cumulativePoor).isLessThan(0.0);
        assertThat(rich.netMigration()).isGreaterThan(0.0);
        // no population trend in these regions: the national labour force only changes by migration, i.e. not at all
        double after = poor.labourForce() + mid.labourForce() + rich.labourForce();
        assertThat(after).isCloseTo(before, within(1e-6));
    }

    @Test
    void outMigrationIsCappedAndNeverExceedsTheUnemployed() {
        RegionalLabourMarket poor = new RegionalLabourMarket(region("poor", 100_000, 0.10, 0, 150_000),
                labourWithMigration(1.0, 0.0005), false);
        RegionalLabourMarket rich = new RegionalLabourMarket(region("rich", 100_000, 0.02, 0, 450_000),
                labourWithMigration(1.0, 0.0005), false);
        LabourMarkets all = new LabourMarkets(List.of(poor, rich));
        all.stepMonth(0);
        double lf = poor.labourForce() - poor.netMigration();
        assertThat(-poor.netMigration()).isCloseTo(0.0005 * lf, within(1e-6 * lf));
        assertThat(rich.netMigration()).isCloseTo(-poor.netMigration(), within(1e-9));
    }

    @Test
    void equalRegionsDoNotMove() {
        RegionalLabourMarket a = market("a", 300_000, 0.03);
        RegionalLabourMarket b = market("b", 300_000, 0.03);
        LabourMarkets all = new LabourMarkets(List.of(a, b));
        all.stepMonth(0);
        assertThat(all.movers()).isZero();
        assertThat(a.netMigration()).isZero();
    }

    @Test
    void incomeGapIsRelativeToTheNationalMean() {
        assertThat(MigrationClearing.incomeGap(240, 300)).isCloseTo(0.2, within(1e-15));
        assertThat(MigrationClearing.incomeGap(360, 300)).isCloseTo(-0.2, within(1e-15));
    }

    @Test
    void outflowIsTheConsideringUnemployedTimesTheGapCappedByTheLabourForce() {
        // 5% of 10,000 unemployed consider moving, gap 0.2: 100; cap 0.1% of 500,000 = 500 does not bind
        assertThat(MigrationClearing.outMigrants(0.05, 10_000, 0.2, 0.001, 500_000)).isCloseTo(100, within(1e-9));
        // cap 0.01% of 500,000 = 50 binds
        assertThat(MigrationClearing.outMigrants(0.05, 10_000, 0.2, 0.0001, 500_000)).isCloseTo(50, within(1e-9));
        // a gap above 1 counts as 1: 5% of 10,000 = 500 (not 750)
        assertThat(MigrationClearing.outMigrants(0.05, 10_000, 1.5, 0.01, 500_000)).isCloseTo(500, within(1e-9));
    }

    @Test
    void moversSplitOverDestinationsByIncomeAboveTheMeanTimesLabourForce() {
        // mean 300; A: (400 - 300) x 1,000 = 1e5, B: (350 - 300) x 4,000 = 2e5; 100 movers: A 33.33, B 66.67
        double weight = 1e5 + 2e5;
        double a = MigrationClearing.inMigrants(100, 400, 300, 1_000, weight);
        double b = MigrationClearing.inMigrants(100, 350, 300, 4_000, weight);
        assertThat(a).isCloseTo(100.0 / 3.0, within(1e-9));
        assertThat(b).isCloseTo(200.0 / 3.0, within(1e-9));
    }
}
