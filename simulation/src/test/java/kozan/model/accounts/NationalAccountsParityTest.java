package kozan.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.labour.EmployerClass;
import kozan.model.labour.Staffing;
import kozan.model.labour.Workplace;
import kozan.model.supply.OrderBook;
import kozan.scenario.Mode;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.scenario.SupplierKind;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.7, IO_PARITY: what the national accounts feed the ripple each month and the jobs they report.
 * Orders: EQUIPMENT 1,000,000 JPY at 60% domestic, ENGINEERING 2,000,000 at 90% domestic, so the spending vector is
 * 600,000 in the machinery sector (30) and 1,800,000 in business services (66), zero elsewhere. Payroll: two mining
 * workplaces, 12 persons in tohoku and 5 in kyushu, at the regions' starting wages (310,000 and 290,000 JPY/month here),
 * so 12 x 310,000 + 5 x 290,000 = 5,170,000 JPY; a manufacturer's 100 persons are not mine payroll.
 */
class NationalAccountsParityTest {

    private static Scenario parity() {
        List<RegionSpec> regions = List.of(region("tohoku", 310_000), region("kanto", 300_000), region("kyushu", 290_000));
        Scenario s = TestScenarios.build("parity", 1, List.of(), TestScenarios.government(List.of(), List.of(), 0, 0),
                Mode.IO_PARITY, List.of(TestScenarios.mine("q", "kanto", "limestone", Stage.PRODUCTION, 1e9, 1.0, 1e6, 1e9,
                        500, 0.02)), List.of());
        return new Scenario(s.version(), s.metadata(), s.calendar(), s.mode(), s.run(), regions, s.labor(), s.commodities(),
                s.mineDefaults(), s.mines(), s.prospectGenerators(), s.suppliers(), s.manufacturers(), s.government(),
                s.events(), s.ioTable());
    }

    private static RegionSpec region(String id, double wage) {
        return new RegionSpec(id, null, 36, 138, List.of(), 1e6, 0.8, -0.01, 0.025, -0.01, 200, wage);
    }

    private static final class Place implements Workplace {
        private final EmployerClass kind;
        private final int region;
        private final Staffing staff = new Staffing();

        Place(EmployerClass kind, int region, double persons) {
            this.kind = kind;
            this.region = region;
            staff.want(persons);
            staff.report(persons);
        }

        @Override public int regionIndex() { return region; }
        @Override public String jobDetail() { return ""; }
        @Override public Staffing staffing() { return staff; }
        @Override public String employerId() { return kind + ":" + region; }
        @Override public EmployerClass employerClass() { return kind; }
    }

    private static OrderBook orders() {
        OrderBook o = new OrderBook();
        o.place(SupplierKind.EQUIPMENT, 1_000_000, 0.6);
        o.place(SupplierKind.ENGINEERING, 2_000_000, 0.9);
        return o;
    }

    private static final List<Workplace> EMPLOYERS = List.of(new Place(EmployerClass.MINING, 0, 12),
            new Place(EmployerClass.MANUFACTURING, 1, 100), new Place(EmployerClass.MINING, 2, 5));

    @Test
    void theRippleIsFedTheDomesticOrdersBySectorAndTheMinePayroll() {
        Scenario s = parity();
        IoTable t = s.resolved().ioTable();
        NationalAccounts a = new NationalAccounts(s, t, List.of(), List.of(), EMPLOYERS, orders(), null);
        a.step(null);
        double[] y = new double[t.size()];
        y[t.index("30")] = 600_000;
        y[t.index("66")] = 1_800_000;
        assertThat(a.paritySpendingYenPerMonth()).containsExactly(y, within(1e-9));
        assertThat(a.parityWagesYenPerMonth()).isCloseTo(12 * 310_000 + 5 * 290_000, within(1e-6));
        // first month: the orders' own jobs, output x 12 / 1e6 x persons per JPY mn of output
        double direct = t.employmentCoefficient(t.index("30")) * 12 * 0.6 + t.employmentCoefficient(t.index("66")) * 12 * 1.8;
        assertThat(direct).isPositive();
        assertThat(a.parity().directJobs()).isCloseTo(direct, within(1e-9));
        assertThat(a.indirectJobs()).as("direct + supply chain (none yet)").isCloseTo(direct, within(1e-9));
        assertThat(a.inducedJobs()).as("wages are spent next month").isCloseTo(0.0, within(1e-9));
    }

    @Test
    void theNationalJobsAreTheRipplesDirectPlusIndirectAndItsInducedJobsMonthByMonth() {
        Scenario s = parity();
        IoTable t = s.resolved().ioTable();
        NationalAccounts a = new NationalAccounts(s, t, List.of(), List.of(), EMPLOYERS, orders(), null);
        // the same ripple fed by hand: the vector and payroll above, with the scenario's consumption propensity
        IoParity twin = new IoParity(t, s.labor().consumptionPropensity());
        double[] y = new double[t.size()];
        y[t.index("30")] = 600_000;
        y[t.index("66")] = 1_800_000;
        for (int month = 0; month < 3; month++) {
            a.step(null);
            twin.step(y.clone(), 12 * 310_000 + 5 * 290_000);
            assertThat(a.indirectJobs()).as("month %d", month)
                    .isCloseTo(twin.directJobs() + twin.indirectJobs(), within(1e-9));
            assertThat(a.inducedJobs()).as("month %d", month).isCloseTo(twin.inducedJobs(), within(1e-9));
        }
        // by the third month the supply chain and the households both carry jobs
        assertThat(twin.indirectJobs()).isPositive();
        assertThat(twin.inducedJobs()).isPositive();
        assertThat(a.indirectJobs()).isGreaterThan(twin.directJobs());
    }

    @Test
    void theSpendingPropensityMayBeAnythingFromZeroToOne() {
        IoTable t = parity().resolved().ioTable();
        double[] y = new double[t.size()];
        y[t.index("66")] = 1_000_000;
        // both ends are allowed; at 0 households spend nothing, so nothing is induced
        IoParity none = new IoParity(t, 0.0);
        none.step(y.clone(), 1e6);
        none.step(y.clone(), 1e6);
        assertThat(none.inducedJobs()).isZero();
        IoParity all = new IoParity(t, 1.0);
        all.step(y.clone(), 1e6);
        all.step(y.clone(), 1e6);
        assertThat(all.inducedJobs()).isPositive();
        assertThatThrownBy(() -> new IoParity(t, -1e-9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IoParity(t, 1 + 1e-9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IoParity(t, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
