package kozan.model.labour;

import static kozan.model.labour.LabourFixtures.labour;
import static kozan.model.labour.LabourFixtures.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kozan.model.labour.LabourFixtures.TestEmployer;
import org.junit.jupiter.api.Test;

class RegionalLabourMarketTest {
    /** Local service employees per million JPY/yr of household spending (37-sector table: about 0.06). */

    @Test
    void startIsASteadyStateWithoutSimulatedEmployers() {
        RegionalLabourMarket m = new RegionalLabourMarket(region("r", 1_000_000, 0.03, 200, 300_000), labour(), false);
        double l0 = m.labourForce();
        for (int t = 0; t < 120; t++) {
            m.stepMonth(t);
            assertThat(m.employed() + m.unemployed()).isCloseTo(m.labourForce(), within(1e-9 * m.labourForce()));
        }
        assertThat(m.labourForce()).isCloseTo(l0, within(1e-6));
        assertThat(m.unemploymentRate()).isCloseTo(0.03, within(1e-9));
        // hires replace quits exactly: 1% of 776,000 employed per month
        assertThat(m.hires()).isCloseTo(0.01 * 0.97 * 800_000, within(1e-6));
        assertThat(m.displacedHires()).isCloseTo(0.0, within(1e-9));
        assertThat(m.restShortfall()).isCloseTo(0.0, within(1e-6));
        // wages are stable at the calibrated start: (q (1 - u) / (mu u))^2 = (0.0097 / 0.0105)^2
        assertThat(m.startTightness()).isCloseTo(Math.pow(0.01 * 0.97 / (0.35 * 0.03), 2), within(1e-12));
        assertThat(m.wageIndex()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void matchingTrendsKeepTheBaselineNearItsStart() {
        // population and rest-of-economy demand both shrink 1%/yr (the format's defaults)
        RegionalLabourMarket m = new RegionalLabourMarket(LabourFixtures.trendingRegion("t", 1_000_000, -0.01, -0.01),
                labour(), false);
        double l0 = m.labourForce();
        for (int t = 0; t < 120; t++) {
            m.stepMonth(t);
        }
        assertThat(m.labourForce()).isCloseTo(l0 * Math.pow(0.99, 10), within(1e-6 * l0));
        assertThat(m.unemploymentRate()).isBetween(0.02, 0.03);
        assertThat(m.wageIndex()).isBetween(0.97, 1.03);

        // rest-of-economy demand falling 3%/yr faster than the population: unemployment and wages respond
        RegionalLabourMarket slump = new RegionalLabourMarket(LabourFixtures.trendingRegion("s", 1_000_000, -0.01, -0.04),
                labour(), false);
        for (int t = 0; t < 120; t++) {
            slump.stepMonth(t);
        }
        assertThat(slump.unemploymentRate()).isGreaterThan(m.unemploymentRate() + 0.05);
        assertThat(slump.wageIndex()).isLessThan(m.wageIndex());
    }

    @Test
    void tinyRegionLimitsHiringAndTheSkilledPoolLimitsMinersMore() {
        // 2,000 working-age people, 32 unemployed at the start, 20 skilled miners; a mine and a supplier each want 150
        RegionalLabourMarket m = new RegionalLabourMarket(region("tiny", 2_000, 0.02, 20, 300_000), labour(), false);
        TestEmployer mine = new TestEmployer("mine", EmployerClass.MINING, 150);
        TestEmployer supplier = new TestEmployer("supplier", EmployerClass.SUPPLIERS, 150);
        m.register(mine, 0);
        m.register(supplier, 0);
        m.stepMonth(0);
        double u0 = 0.02 * 1_600;
        assertThat(m.hires()).isLessThanOrEqualTo(Math.min(u0, m.vacancies()) + 1e-9);
        assertThat(m.miningHires()).isLessThanOrEqualTo(20.0 + 1e-9);
        assertThat(mine.fill()).isLessThan(1.0);
        assertThat(supplier.fill()).isLessThan(1.0);
        assertThat(mine.workforce).isLessThan(supplier.workforce);
        for (int t = 1; t < 24; t++) {
            m.stepMonth(t);
        }
        // after two years the miners are still short, and fewer than the supplier's workers
        assertThat(mine.fill()).isLessThan(1.0);
        assertThat(mine.workforce).isLessThan(supplier.workforce);
    }

    @Test
    void constructionCrewsOfAMineHireGeneralWorkers() {
        RegionalLabourMarket m = new RegionalLabourMarket(region("r", 100_000, 0.03, 5, 300_000), labour(), false);
        TestEmployer producing = new TestEmployer("a-producing", EmployerClass.MINING, 300);
        TestEmployer building = new TestEmployer("b-building", EmployerClass.MINING, 300);
        building.skilled = false;
        m.register(producing, 0);
        m.register(building, 0);
        m.stepMonth(0);
        assertThat(producing.workforce).isLessThanOrEqualTo(5.0);
        assertThat(building.workforce).isGreaterThan(10 * producing.workforce);
        assertThat(m.miningHires()).isCloseTo(producing.hired, within(1e-9));
        // both count as mining jobs
        assertThat(m.employment(EmployerClass.MINING)).isCloseTo(producing.workforce + building.workforce, within(1e-9));
    }

    @Test
    void skilledPoolGrowsWithTrainingAndSubsidies() {
        RegionalLabourMarket m = new RegionalLabourMarket(region("r", 100_000, 0.03, 10, 300_000), labour(), false);
        TestEmployer mine = new TestEmployer("mine", EmployerClass.MINING, 500);
        m.register(mine, 0);
        m.stepMonth(0);
        double afterFirst = mine.workforce;
        assertThat(afterFirst).isLessThanOrEqualTo(10.0 + 1e-9);
        for (int t = 1; t < 60; t++) {
            m.stepMonth(t);
        }
        double trainedOnly = mine.workforce;
        assertThat(trainedOnly).isGreaterThan(afterFirst);

        RegionalLabourMarket subsidised = new RegionalLabourMarket(region("r", 100_000, 0.03, 10, 300_000), labour(), false);
        TestEmployer mine2 = new TestEmployer("mine", EmployerClass.MINING, 500);
        subsidised.register(mine2, 0);
        subsidised.addTrainedMiners(200);
        for (int t = 0; t < 60; t++) {
            subsidised.stepMonth(t);
        }
        assertThat(mine2.workforce).isGreaterThan(trainedOnly);
    }

    @Test
    void wageIndexRisesWhenVacanciesExceedUnemploymentAndFallsToTheFloorInSlack() {
        RegionalLabourMarket tight = new RegionalLabourMarket(region("t", 100_000, 0.02, 200, 300_000), labour(), false);
        tight.register(new TestEmployer("boom", EmployerClass.SUPPLIERS, 10_000), 0);
        tight.stepMonth(0);
        assertThat(tight.vacancies()).isGreaterThan(tight.unemployed());
        assertThat(tight.wageIndex()).isGreaterThan(1.0);
        double w1 = tight.wageIndex();
        tight.stepMonth(1);
        assertThat(tight.wageIndex()).isGreaterThan(w1);

        RegionalLabourMarket slack = new RegionalLabourMarket(region("s", 100_000, 0.02, 200, 300_000), labour(), false);
        TestEmployer closing = new TestEmployer("closing", EmployerClass.MANUFACTURING, 0);
        slack.register(closing, 20_000);
        for (int t = 0; t < 240; t++) {
            slack.stepMonth(t);
        }
        assertThat(closing.workforce).isZero();
        assertThat(slack.unemploymentRate()).isGreaterThan(0.2);
        assertThat(slack.wageIndex()).isEqualTo(0.8);
    }

    @Test
    void thePoolsStartAtTheChainDemandThenFollowItAndCompeteForWorkers() {
        RegionalLabourMarket m = new RegionalLabourMarket(region("r", 500_000, 0.03, 5_000, 300_000), labour(), false);
        m.register(new TestEmployer("mine", EmployerClass.MINING, 1_000), 1_000);
        m.setChainDemand(400, 300);
        m.stepMonth(0);
        // existing jobs: taken from REST at the start (not hired), then 1% quit in the month
        assertThat(m.indirectDemandPersons()).isEqualTo(400.0);
        assertThat(m.inducedDemandPersons()).isEqualTo(300.0);
        assertThat(m.jobsIndirect()).isCloseTo(396.0, within(1e-9));
        assertThat(m.jobsInduced()).isCloseTo(297.0, within(1e-9));
        assertThat(m.employment(EmployerClass.INDIRECT)).isEqualTo(m.jobsIndirect());
        // taken from REST, not from the unemployed: the labour force is unchanged and the start stays steady
        assertThat(m.employed() + m.unemployed()).isCloseTo(m.labourForce(), within(1e-9));

        // a boom: the chain now wants three times as much; the pools fill through matching, never above the demand
        for (int t = 1; t < 36; t++) {
            m.setChainDemand(1_200, 900);
            m.stepMonth(t);
        }
        assertThat(m.jobsIndirect()).isGreaterThan(1.5 * 400).isLessThanOrEqualTo(1_200 + 1e-9);
        assertThat(m.jobsInduced()).isGreaterThan(1.5 * 300).isLessThanOrEqualTo(900 + 1e-9);
        assertThat(m.cumulativeDisplacedHires()).isGreaterThan(0.0);
        assertThat(m.restShortfall()).isGreaterThan(0.0);
        // a negative demand (induced output can be negative in a sector, never in total) counts as none
        m.setChainDemand(-5, -1);
        assertThat(m.indirectDemandPersons()).isZero();
        assertThat(m.inducedDemandPersons()).isZero();
        assertThatThrownBy(() -> m.setChainDemand(Double.NaN, 0)).hasMessageContaining("finite");
    }

    @Test
    void unconstrainedModeFillsEveryVacancy() {
        RegionalLabourMarket m = new RegionalLabourMarket(region("p", 10_000, 0.01, 0, 300_000), labour(), true);
        TestEmployer mine = new TestEmployer("mine", EmployerClass.MINING, 500);
        TestEmployer supplier = new TestEmployer("sup", EmployerClass.SUPPLIERS, 300);
        m.register(mine, 0);
        m.register(supplier, 0);
        m.setChainDemand(0, 0);
        m.stepMonth(0);
        assertThat(mine.workforce).isEqualTo(500.0);
        assertThat(supplier.workforce).isEqualTo(300.0);
        m.setChainDemand(70, 40);
        m.stepMonth(1);
        assertThat(m.jobsIndirect()).isEqualTo(70.0);
        assertThat(m.jobsInduced()).isEqualTo(40.0);
        assertThat(m.wageIndex()).isEqualTo(1.0);
        assertThat(m.employed() + m.unemployed()).isCloseTo(m.labourForce(), within(1e-9));
    }

    @Test
    void registrationRules() {
        RegionalLabourMarket m = new RegionalLabourMarket(region("r", 10_000, 0.03, 0, 300_000), labour(), false);
        assertThatThrownBy(() -> m.register(new TestEmployer("x", EmployerClass.REST, 1), 0)).hasMessageContaining("only MINING");
        m.register(new TestEmployer("a", EmployerClass.MINING, 1), 0);
        assertThatThrownBy(() -> m.register(new TestEmployer("a", EmployerClass.MINING, 1), 0)).hasMessageContaining("twice");
        m.stepMonth(0);
        assertThatThrownBy(() -> m.register(new TestEmployer("b", EmployerClass.MINING, 1), 5)).hasMessageContaining("after the first month");
        m.register(new TestEmployer("c", EmployerClass.MINING, 1), 0);
        assertThat(m.workforce("c")).isZero();
        double byClass = 0;
        for (EmployerClass c : EmployerClass.values()) {
            byClass += m.employment(c);
        }
        assertThat(byClass).isCloseTo(m.employed(), within(1e-6));
    }

    /**
     * A start larger than the region's employed persons is capped there (a file that validates must run): region of
     * 10,000 persons, participation 0.8, unemployment 3%: employed = 10,000 * 0.8 * 0.97 = 7,760 persons. An
     * employer asking for 9,000 starts with 7,760, the rest of the economy keeps none, and E + U = L still holds.
     */
    @Test
    void aStartLargerThanTheRegionsEmploymentIsCappedThere() {
        RegionalLabourMarket m = new RegionalLabourMarket(region("r", 10_000, 0.03, 0, 300_000), labour(), false);
        TestEmployer big = new TestEmployer("big", EmployerClass.MANUFACTURING, 9_000);
        assertThat(m.register(big, 9_000)).isCloseTo(7_760.0, within(1e-9));
        assertThat(m.workforce("big")).isCloseTo(7_760.0, within(1e-9));
        assertThat(m.employment(EmployerClass.REST)).isCloseTo(0.0, within(1e-9));
        TestEmployer small = new TestEmployer("small", EmployerClass.MINING, 100);
        assertThat(m.register(small, 100)).as("nothing is left for a second employer").isCloseTo(0.0, within(1e-9));
        m.stepMonth(0);
        assertThat(m.employed() + m.unemployed()).isCloseTo(m.labourForce(), within(1e-6));
        assertThat(big.workforce + small.workforce).as("both hire the rest through the market")
                .isGreaterThan(7_760.0);
    }
}
