package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.supply.OrderBook;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * A higher automation level lowers opex per tonne and direct jobs per tonne by the stated amounts (issue #15, design
 * 3.2), in a controlled setting: one producing mine, still prices, full labour fill, learning off, the technology
 * lever automation_level at A = 0 and at A = 0.5. Opex/t falls by automation_opex_saving x A = 0.075 x 0.5 = 3.75%;
 * production jobs/t fall by automation_effect x A x (1 - new_jobs_share) = 0.5 x 0.5 x 0.75 = 18.75% (25% removed,
 * a quarter of them back as skilled operators, maintenance and remote-control staff). Capex of a new build rises by
 * automation_capex_premium x A x tau_A = 0.10 x 0.5 x 1 = 5%.
 */
class AutomationControlledTest {

    private record Month(double opexPerT, double jobsPerT) {
    }

    private static Month run(double automation) {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.technology = MiningFixture.Levers.technology(automation, 0, 0, 0, 0);
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        MiningFixture.Economy e = new MiningFixture.Economy(d, g, 1_000, 0);
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.PRODUCTION;
        s.sustaining = 0;
        Mine m = e.mine(s);
        for (int i = 0; i < 6; i++) { // past the 4-month ramp-up
            e.month(m, 1.0);
        }
        // opex = other opex + service orders: other opex is (1 - service share) of it
        double opex = m.otherOpexYen() / (1 - d.opexServiceShare);
        double ore = m.oreMinedT();
        assertThat(ore).isCloseTo(100.0, within(1e-9)); // 1,200 t/yr at full fill
        double jobs = m.staffing().desired();
        return new Month(opex / ore, jobs / ore);
    }

    @Test
    void automationLowersOpexAndJobsPerTonneByTheStatedAmounts() {
        Month manual = run(0.0);
        Month automated = run(0.5);
        // manual: opex 100 JPY/t ore; 50 workers per kt x 1.2 kt / 100 t a month
        assertThat(manual.opexPerT()).isCloseTo(100.0, within(1e-9));
        assertThat(manual.jobsPerT()).isCloseTo(60.0 / 100, within(1e-12));
        // automated: 100 x (1 - 0.0375) = 96.25; 60 x (1 - 0.1875) = 48.75 jobs
        assertThat(automated.opexPerT()).isCloseTo(96.25, within(1e-9));
        assertThat(automated.jobsPerT()).isCloseTo(48.75 / 100, within(1e-12));
        assertThat(automated.opexPerT() / manual.opexPerT()).isCloseTo(1 - 0.0375, within(1e-12));
        assertThat(automated.jobsPerT() / manual.jobsPerT()).isCloseTo(1 - 0.1875, within(1e-12));
    }

    @Test
    void automationRaisesTheCapexOfANewBuildByItsPremium() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        double[] capex = new double[2];
        double[] level = {0.0, 0.5};
        for (int i = 0; i < 2; i++) {
            MiningFixture.Levers g = new MiningFixture.Levers();
            g.technology = MiningFixture.Levers.technology(level[i], 0, 0, 0, 0);
            MiningFixture.Economy e = new MiningFixture.Economy(d, g, 1_000, 0);
            MiningFixture.Spec s = new MiningFixture.Spec();
            s.stage = Stage.CONSTRUCTION;
            Mine m = e.mine(s);
            e.month(m, 1.0);
            OrderBook o = e.orders;
            capex[i] = o.domesticYen(kozan.scenario.SupplierKind.EQUIPMENT) + o.importedYen(kozan.scenario.SupplierKind.EQUIPMENT)
                    + o.domesticYen(kozan.scenario.SupplierKind.ENGINEERING) + o.importedYen(kozan.scenario.SupplierKind.ENGINEERING);
        }
        // a month of construction: 12,000 / 6 months = 2,000; automated x (1 + 0.10 x 0.5) = 2,100
        assertThat(capex[0]).isCloseTo(2_000, within(1e-9));
        assertThat(capex[1]).isCloseTo(2_100, within(1e-9));
    }
}
