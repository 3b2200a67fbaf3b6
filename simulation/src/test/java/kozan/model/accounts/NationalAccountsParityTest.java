package kozan.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.supply.ClosedRegionsIo;
import kozan.model.supply.SupplyChain;
import kozan.scenario.Mode;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.scenario.io.IoMultipliers;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.7, IO_PARITY: what the national accounts feed the ripple each month and the jobs they report.
 * Deliveries: 600,000 JPY in the machinery sector (30) and 1,800,000 in business services (66), zero elsewhere, so
 * the spending vector is exactly that. Payroll: two mines, 12 persons in tohoku and 5 in kyushu, at the regions'
 * starting wages (310,000 and 290,000 JPY/month here), so 12 x 310,000 + 5 x 290,000 = 5,170,000 JPY; the agents'
 * compensation is endogenous in the ripple, so it is not in the parity payroll.
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

    /**
     * The month's flows: the agents delivered 600,000 JPY of machinery (30, tohoku) and 1,800,000 of business
     * services (66, kyushu); mines paid 12 x 310,000 (tohoku) and 5 x 290,000 (kyushu) and bought nothing else.
     */
    private static ChainFlows flows(Scenario s) {
        IoTable t = s.resolved().ioTable();
        ChainFlows f = new ChainFlows(t, s.ioTable(), s.regions(), List.of(), List.of(), null);
        f.addAgentOutput(0, t.index("30"), 600_000);
        f.addAgentOutput(2, t.index("66"), 1_800_000);
        f.addMine(0, 12 * 310_000, 0.0);
        f.addMine(2, 5 * 290_000, 0.0);
        return f;
    }

    private static SupplyChain chain(Scenario s) {
        IoTable t = s.resolved().ioTable();
        return new SupplyChain(t, new ClosedRegionsIo(new IoMultipliers(t, 0.7), s.regions().size()),
                ChainFlows.otherPurchasePerYen(t, s.ioTable()));
    }

    @Test
    void theRippleIsFedTheAgentsDeliveriesBySectorAndTheMinePayroll() {
        Scenario s = parity();
        IoTable t = s.resolved().ioTable();
        NationalAccounts a = new NationalAccounts(s, t, List.of(), List.of(), flows(s), chain(s), null);
        a.step(null);
        double[] y = new double[t.size()];
        y[t.index("30")] = 600_000;
        y[t.index("66")] = 1_800_000;
        assertThat(a.paritySpendingYenPerMonth()).containsExactly(y, within(1e-9));
        assertThat(a.parityWagesYenPerMonth()).isCloseTo(12 * 310_000 + 5 * 290_000, within(1e-6));
        // first month: the deliveries' own jobs, output x 12 / 1e6 x persons per JPY mn (2015) x kappa 1 / 1.12
        double direct = (t.employmentCoefficient(t.index("30")) * 12 * 0.6
                + t.employmentCoefficient(t.index("66")) * 12 * 1.8) / 1.12;
        assertThat(direct).isPositive();
        assertThat(a.parity().directJobs()).isCloseTo(direct, within(1e-9));
        assertThat(a.indirectJobs()).as("direct + supply chain (none yet)").isCloseTo(direct, within(1e-9));
        assertThat(a.inducedJobs()).as("wages are spent next month").isCloseTo(0.0, within(1e-9));
    }

    @Test
    void theNationalJobsAreTheRipplesDirectPlusIndirectAndItsInducedJobsMonthByMonth() {
        Scenario s = parity();
        IoTable t = s.resolved().ioTable();
        NationalAccounts a = new NationalAccounts(s, t, List.of(), List.of(), flows(s), chain(s), null);
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
