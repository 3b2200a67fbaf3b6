package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.scenario.CalendarSpec;
import kozan.scenario.LabourSpec;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.RegionSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/**
 * The labour phase as one agent (docs/model.md 7.6): registration (existing jobs at the start, none later), targeted
 * training before matching, regions stepped in id order, migration after every region, the view by scenario index.
 * Regions "b-west" (scenario index 0, wage 300,000 JPY) and "a-east" (index 1, wage 200,000 JPY), no trends.
 */
class LabourMarketAgentTest {

    /** One-sector IO table: household spending employs 0.06 persons per JPY m/yr and adds 50% value added. */
    private static final IoTable TABLE = new IoTable("one", List.of("01"), List.of("all"), new double[] {1000},
            new double[][] {{0.0}}, new double[] {0.0}, new double[][] {{0.0}}, new double[][] {{1.0}},
            new double[] {0.3}, new double[] {0.5}, new double[] {1.0}, 5e6, new double[] {0.06});

    /** A workplace the test steers; appends its id to a shared log when the market reports to it. */
    static final class TestWorkplace implements Workplace {
        final String id;
        final EmployerClass kind;
        final int region;
        final Staffing staff = new Staffing();
        final List<String> log;
        double hired;

        TestWorkplace(String id, EmployerClass kind, int region, double desired, List<String> log) {
            this.id = id;
            this.kind = kind;
            this.region = region;
            this.log = log;
            staff.want(desired);
        }

        @Override
        public String employerId() {
            return id;
        }

        @Override
        public EmployerClass employerClass() {
            return kind;
        }

        @Override
        public int regionIndex() {
            return region;
        }

        @Override
        public String jobDetail() {
            return kind.name();
        }

        @Override
        public Staffing staffing() {
            return staff;
        }

        @Override
        public void labourUpdated(double workforce, double hired, double separated) {
            log.add(id);
            this.hired = hired;
            staff.report(workforce);
        }
    }

    /** The economy as the labour markets see it; the test sets the month, the employers and the training. */
    static final class Economy implements LabourContext {
        final Scenario scenario;
        final List<Workplace> employers = new ArrayList<>();
        final double[] trainingPerYear;
        int step;
        LabourMarketAgent installed;
        ChainDemand chain;

        Economy(Scenario scenario) {
            this.scenario = scenario;
            this.trainingPerYear = new double[scenario.regions().size()];
        }

        @Override
        public Scenario scenario() {
            return scenario;
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public boolean ioParity() {
            return false;
        }

        @Override
        public List<RegionSpec> regions() {
            return scenario.regions();
        }

        @Override
        public List<Workplace> employers() {
            return employers;
        }

        @Override
        public double trainingPerYear(int region) {
            return trainingPerYear[region];
        }

        @Override
        public DomesticOrders orders() {
            return kind -> 0.0;
        }

        @Override
        public IoTable ioTable() {
            return TABLE;
        }

        @Override
        public ChainDemand chainDemand() {
            return chain;
        }

        @Override
        public void installLabourMarket(LabourMarketAgent agent) {
            installed = agent;
        }
    }

    /** b-west: 100,000 working age; a-east: 120,000; both 3% unemployed, no skilled miners; migration 5%, cap 1%. */
    private static Economy economy() {
        LabourSpec labour = LabourFixtures.labourWithMigration(0.05, 0.01);
        List<RegionSpec> regions = List.of(LabourFixtures.region("b-west", 100_000, 0.03, 0, 300_000),
                LabourFixtures.region("a-east", 120_000, 0.03, 0, 200_000));
        Scenario s = new Scenario(1, new Metadata("labour-test", null, null, List.of()),
                new CalendarSpec(YearMonth.of(2025, 1), 10), Mode.NORMAL, new RunSpec(1L, 1, List.of(2030)), regions,
                labour, List.of(TestScenarios.copper()), TestScenarios.mineDefaults(), List.of(), List.of(), List.of(),
                List.of(), TestScenarios.government(List.of(), List.of(), 0, 0), List.of(), null);
        return new Economy(s);
    }

    private static void month(LabourMarketAgent agent, Economy e, int step) {
        e.step = step;
        agent.step(null);
    }

    @Test
    void employersAtTheStartBringTheirWorkersAndLaterOnesStartWithNone() {
        Economy e = economy();
        List<String> log = new ArrayList<>();
        TestWorkplace factory = new TestWorkplace("factory", EmployerClass.MANUFACTURING, 0, 50, log);
        e.employers.add(factory);
        LabourMarketAgent agent = LabourMarketAgent.install(e);
        assertThat(e.installed).isSameAs(agent);
        month(agent, e, 0);
        // 50 taken from the rest of the economy; 1% of them quit in the month: 49.5
        assertThat(agent.region(0).workforce("factory")).isCloseTo(49.5, within(1e-9));
        assertThat(factory.hired).isZero();
        TestWorkplace late = new TestWorkplace("late", EmployerClass.MANUFACTURING, 0, 50, log);
        e.employers.add(late);
        month(agent, e, 1);
        // registered in month 1 with 0 workers: whatever it has now it hired
        assertThat(late.hired).isGreaterThan(0.0);
        assertThat(agent.region(0).workforce("late")).isCloseTo(late.hired, within(1e-9));
        assertThat(late.staff.workforce()).isCloseTo(late.hired, within(1e-9));
    }

    @Test
    void targetedTrainingJoinsTheSkilledPoolBeforeMatching() {
        Economy e = economy();
        List<String> log = new ArrayList<>();
        LabourMarketAgent agent = LabourMarketAgent.install(e);
        month(agent, e, 0);
        // month 1: a new mine wants 100 skilled miners in b-west, whose pool is empty; 120 trained a year -> 10 now
        TestWorkplace mine = new TestWorkplace("mine", EmployerClass.MINING, 0, 100, log);
        e.employers.add(mine);
        e.trainingPerYear[0] = 120;
        month(agent, e, 1);
        // matched against the pool of 10: min(0.15 x 10^0.5 x 100^0.5, 100, 10) = 0.15 x sqrt(1000) = 4.743
        double hired = 0.15 * Math.sqrt(1000);
        assertThat(mine.hired).isCloseTo(hired, within(1e-9));
        // pool after hiring 10 - 4.743, then training on (pool + miners) while vacancies stay open: + 0.1 / 12 x 10
        assertThat(agent.region(0).skilledPool()).isCloseTo(10 - hired + 0.1 / 12 * 10, within(1e-9));
        // the other region got no training
        assertThat(agent.region(1).skilledPool()).isZero();
    }

    @Test
    void regionsStepInIdOrderAndMigrationClearsAfterEveryRegionHasMatched() {
        Economy e = economy();
        List<String> log = new ArrayList<>();
        e.employers.add(new TestWorkplace("west-factory", EmployerClass.MANUFACTURING, 0, 50, log));
        e.employers.add(new TestWorkplace("east-factory", EmployerClass.MANUFACTURING, 1, 50, log));
        LabourMarketAgent agent = LabourMarketAgent.install(e);
        assertThat(agent.markets().regions()).extracting(RegionalLabourMarket::regionId).containsExactly("a-east", "b-west");
        assertThat(agent.region(0).regionId()).isEqualTo("b-west");
        month(agent, e, 0);
        // a-east (index 1) is stepped, and reports to its employers, before b-west
        assertThat(log).containsExactly("east-factory", "west-factory");

        // both regions are at their steady state (hires = quits, 3% unemployed after the month), so the job-finding
        // rate f is the same: incomes 300,000 f (L 80,000) and 200,000 f (L 96,000); mean = 43.2e9 f / 176,000
        // = 245,454.5 f; a-east's gap = 1 - 200 x 176,000 / 43,200,000 = 5/27;
        // out = min(0.05 x 2,880 unemployed x 5/27, 1% x 96,000) = 26.67, all to b-west (the only region above)
        double movers = 0.05 * 2_880 * 5.0 / 27.0;
        assertThat(agent.netMigration(1)).isCloseTo(-movers, within(1e-6));
        assertThat(agent.netMigration(0)).isCloseTo(movers, within(1e-6));
        assertThat(agent.markets().movers()).isCloseTo(movers, within(1e-6));
        assertThat(agent.unemployed(1)).isCloseTo(2_880 - movers, within(1e-6));
        assertThat(agent.labourForce(0)).isCloseTo(80_000 + movers, within(1e-6));
    }

    @Test
    void theViewReadsRegionsByScenarioIndexAndThePoolsStartStaffedWithTheChainDemand() {
        Economy e = economy();
        List<String> log = new ArrayList<>();
        e.employers.add(new TestWorkplace("works", EmployerClass.SUPPLIERS, 0, 1_000, log));
        // the chain wants 30 supply-chain and 20 household-spending jobs in b-west (index 0), 7 and 0 in a-east
        e.chain = new ChainDemand() {
            @Override
            public double indirectPersons(int region) {
                return region == 0 ? 30 : 7;
            }

            @Override
            public double inducedPersons(int region) {
                return region == 0 ? 20 : 0;
            }
        };
        LabourMarketAgent agent = LabourMarketAgent.install(e);
        month(agent, e, 0);
        for (int r = 0; r < 2; r++) {
            RegionalLabourMarket m = agent.region(r);
            assertThat(agent.labourForce(r)).isEqualTo(m.labourForce());
            assertThat(agent.employed(r)).isEqualTo(m.employed());
            assertThat(agent.unemployed(r)).isEqualTo(m.unemployed());
            assertThat(agent.vacancies(r)).isEqualTo(m.vacancies());
            assertThat(agent.wageIndex(r)).isEqualTo(m.wageIndex());
            assertThat(agent.inducedJobs(r)).isEqualTo(m.jobsInduced());
            assertThat(agent.indirectJobs(r)).isEqualTo(m.jobsIndirect());
        }
        assertThat(agent.labourForce(1)).isCloseTo(96_000 - agent.netMigration(0), within(1e-6));
        // existing jobs at the start: taken from the rest of the economy, then 1% quit in the month and are
        // re-posted as vacancies (filled next month): 30 x 0.99, 20 x 0.99, 7 x 0.99
        assertThat(agent.indirectJobs(0)).isCloseTo(29.7, within(1e-9));
        assertThat(agent.inducedJobs(0)).isCloseTo(19.8, within(1e-9));
        assertThat(agent.indirectJobs(1)).isCloseTo(6.93, within(1e-9));
        assertThat(agent.inducedJobs(1)).isZero();
        assertThat(agent.region(0).indirectDemandPersons()).isEqualTo(30.0);
        assertThat(agent.region(0).inducedDemandPersons()).isEqualTo(20.0);
    }

    @Test
    void withoutASupplyChainThePoolsStayEmpty() {
        Economy e = economy();
        e.employers.add(new TestWorkplace("works", EmployerClass.SUPPLIERS, 0, 1_000, new ArrayList<>()));
        LabourMarketAgent agent = LabourMarketAgent.install(e);
        month(agent, e, 0);
        month(agent, e, 1);
        assertThat(agent.inducedJobs(0)).isZero();
        assertThat(agent.indirectJobs(0)).isZero();
    }
}
