package kozan.model.labour;

import static kozan.model.labour.LabourFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.scenario.LabourSpec;
import org.junit.jupiter.api.Test;

/**
 * One national migration step in hand-computed persons: who leaves (the considering unemployed times the income gap,
 * capped by the labour force), where they go (income above the mean times labour force), and in what order the
 * remainder is placed. Regions without simulated employers or trends, at alpha 0.3: after one month each region's
 * hires equal its quits q E, so its job-finding rate is q E / U and its expected income wage x q (1 - u) / u.
 */
class MigrationSplitTest {

    /** Alpha 0.3, quit rate 1%/month, 5% of the unemployed consider moving, cap 0.2% of the labour force a month. */
    private static final LabourSpec LABOUR = new LabourSpec(0.35, 0.3, 0.15, 0.10, 0.01, 0.3, 1.0, 0.8, 0.05, 0.002,
            0.7, 0.6, 3);

    private static RegionalLabourMarket market(String id, double workingAge, double unemployment, double wage,
                                               boolean unconstrained) {
        return new RegionalLabourMarket(region(id, workingAge, unemployment, 0, wage), LABOUR, unconstrained);
    }

    /** Steps every region one month (no migration yet), then clears migration over the list in its order. */
    private static double monthThenClear(List<RegionalLabourMarket> regions) {
        for (RegionalLabourMarket r : regions) {
            r.stepMonth(0);
        }
        return MigrationClearing.clear(regions);
    }

    @Test
    void moversLeaveByTheGapUnderTheCapAndSplitByIncomeAboveTheMeanTimesLabourForce() {
        // participation 0.8; income = wage x 0.01 x (1 - u) / u:
        //   d1: L  80,000, U  2,000 (2.5%), wage 300,000: 300,000 x 0.39 = 117,000
        //   s1: L 160,000, U 16,000 (10%),  wage 200,000: 200,000 x 0.09 =  18,000
        //   s2: L  40,000, U  2,000 (5%),   wage 250,000: 250,000 x 0.19 =  47,500
        //   d2: L 120,000, U  4,800 (4%),   wage 300,000: 300,000 x 0.24 =  72,000
        RegionalLabourMarket d1 = market("d1", 100_000, 0.025, 300_000, false);
        RegionalLabourMarket s1 = market("s1", 200_000, 0.10, 200_000, false);
        RegionalLabourMarket s2 = market("s2", 50_000, 0.05, 250_000, false);
        RegionalLabourMarket d2 = market("d2", 150_000, 0.04, 300_000, false);
        double movers = monthThenClear(List.of(d1, s1, s2, d2));

        assertThat(d1.expectedIncomeYenPerMonth()).isCloseTo(117_000, within(1e-6));
        assertThat(s1.expectedIncomeYenPerMonth()).isCloseTo(18_000, within(1e-6));
        assertThat(s2.expectedIncomeYenPerMonth()).isCloseTo(47_500, within(1e-6));
        assertThat(d2.expectedIncomeYenPerMonth()).isCloseTo(72_000, within(1e-6));
        // mean weighted by labour force: (80k x 117,000 + 160k x 18,000 + 40k x 47,500 + 120k x 72,000) / 400k
        //   = 22.78e9 / 4e5 = 56,950
        // s1: gap 38,950 / 56,950 = 0.684; 5% x 16,000 x 0.684 = 547.1 > cap 0.2% x 160,000 = 320 -> 320
        double s1Out = 320.0;
        // s2: gap 9,450 / 56,950 = 0.1659; 5% x 2,000 x 0.1659 = 16.59 < cap 0.2% x 40,000 = 80
        double s2Out = 0.05 * 2_000 * 9_450.0 / 56_950.0;
        assertThat(s2Out).isCloseTo(16.5935, within(1e-4));
        double all = s1Out + s2Out; // 336.59
        assertThat(movers).isCloseTo(all, within(1e-6));
        assertThat(s1.netMigration()).isCloseTo(-s1Out, within(1e-6));
        assertThat(s2.netMigration()).isCloseTo(-s2Out, within(1e-6));
        // destinations: d1 (117,000 - 56,950) x 80,000 = 4.804e9, d2 (72,000 - 56,950) x 120,000 = 1.806e9;
        // d1 gets 336.59 x 4.804 / 6.61 = 244.63, d2 (last) the remainder 91.96
        double d1In = all * 4.804e9 / 6.61e9;
        assertThat(d1In).isCloseTo(244.6286, within(1e-4));
        assertThat(d1.netMigration()).isCloseTo(d1In, within(1e-6));
        assertThat(d2.netMigration()).isCloseTo(all - d1In, within(1e-6)).isCloseTo(91.9649, within(1e-4));

        // movers join or leave the unemployed, the labour force and the working-age population
        assertThat(s1.unemployed()).isCloseTo(16_000 - 320, within(1e-6));
        assertThat(s1.labourForce()).isCloseTo(160_000 - 320, within(1e-6));
        assertThat(s1.workingAgePopulation()).isCloseTo(200_000 - 320, within(1e-6));
        assertThat(d1.unemployed()).isCloseTo(2_000 + d1In, within(1e-6));
        assertThat(d1.labourForce()).isCloseTo(80_000 + d1In, within(1e-6));
        assertThat(d1.workingAgePopulation()).isCloseTo(100_000 + d1In, within(1e-6));
    }

    @Test
    void aSingleDestinationFirstInTheOrderTakesEveryMover() {
        // rich first: L 80,000 at 117,000; poor: L 160,000 at 18,000; mean (9.36e9 + 2.88e9) / 240,000 = 51,000
        RegionalLabourMarket rich = market("rich", 100_000, 0.025, 300_000, false);
        RegionalLabourMarket poor = market("poor", 200_000, 0.10, 200_000, false);
        double movers = monthThenClear(List.of(rich, poor));
        // poor: gap 33,000 / 51,000 = 0.647; 5% x 16,000 x 0.647 = 517.6 > cap 0.2% x 160,000 = 320
        assertThat(movers).isCloseTo(320, within(1e-6));
        assertThat(poor.netMigration()).isCloseTo(-320, within(1e-6));
        assertThat(rich.netMigration()).isCloseTo(320, within(1e-6));
    }

    @Test
    void aRegionInParityModeTakesNoPartNeitherInTheMeanNorAsSourceOrDestination() {
        // the parity region fills every vacancy at once and posts no frictional vacancies: no hires, income 0, far
        // below the mean; if it took part it would lower the mean and send its unemployed away
        RegionalLabourMarket rich = market("rich", 100_000, 0.025, 300_000, false);
        RegionalLabourMarket poor = market("poor", 200_000, 0.10, 200_000, false);
        RegionalLabourMarket parity = market("parity", 1_000_000, 0.10, 100_000, true);
        double movers = monthThenClear(List.of(rich, poor, parity));
        assertThat(parity.expectedIncomeYenPerMonth()).isZero();
        assertThat(movers).isCloseTo(320, within(1e-6));
        assertThat(parity.netMigration()).isZero();
        assertThat(parity.unemployed()).isCloseTo(80_000, within(1e-6));
        assertThat(rich.netMigration()).isCloseTo(320, within(1e-6));

        // the same parity region as the only one below the mean: nobody moves
        RegionalLabourMarket a = market("a", 100_000, 0.025, 300_000, false);
        RegionalLabourMarket p = market("p", 1_000_000, 0.10, 100_000, true);
        assertThat(monthThenClear(List.of(a, p))).isZero();
        assertThat(p.netMigration()).isZero();
    }
}
