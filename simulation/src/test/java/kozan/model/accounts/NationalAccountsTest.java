package kozan.model.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import kozan.model.MemorySink;
import kozan.model.MiningEconomy;
import kozan.model.Sim;
import kozan.model.TestScenarios;
import kozan.model.labour.LabourMarketView;
import kozan.model.mining.Mine;
import kozan.model.supply.ClosedRegionsIo;
import kozan.model.supply.SupplyChain;
import kozan.model.supply.Supplier;
import kozan.observe.Metrics;
import kozan.observe.Runs;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.scenario.io.IoMultipliers;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/** docs/model.md 7.7: value added by class and the national indirect/induced jobs, computed in the model. */
class NationalAccountsTest {

    /** Japan 2015 gross value added / output: sector 06 mining, 30 machinery, 66 business services, 27 non-ferrous. */
    private static final double VA_MINING = 0.520144118219397;
    private static final double VA_EQUIPMENT = 0.46217465354374876;
    private static final double VA_ENGINEERING = 0.6253846692286881;
    private static final double VA_PROCESSING = 0.24573063377782775;

    private static Scenario tiny(Mode mode) {
        return TestScenarios.build("tiny", 2, List.of(), TestScenarios.government(List.of(), List.of(), 60, 0), mode,
                List.of(TestScenarios.mine("quarry", "kanto", "rare_earths", Stage.PRODUCTION, 1e12, 0.003, 1.0e6, 2e11, 500,
                        0.05)), List.of());
    }

    private static IoTable table(Scenario s) {
        return s.resolved().ioTable();
    }

    /** Three regions with filled induced jobs 10, 20, 30 and filled supply-chain (INDIRECT pool) jobs 1, 2, 3. */
    private static final class FixedLabour implements LabourMarketView {
        @Override public double labourForce(int region) { return 0; }
        @Override public double employed(int region) { return 0; }
        @Override public double unemployed(int region) { return 0; }
        @Override public double vacancies(int region) { return 0; }
        @Override public double wageIndex(int region) { return 1; }
        @Override public double netMigration(int region) { return 0; }
        @Override public double inducedJobs(int region) { return 10.0 * (region + 1); }
        @Override public double indirectJobs(int region) { return region + 1.0; }
        @Override public double jobsDisplaced(int region) { return 0; }
    }

    private static ChainFlows noFlows(Scenario s) {
        return new ChainFlows(table(s), s.ioTable(), s.regions(), List.of(), List.of(), null);
    }

    private static SupplyChain chain(Scenario s) {
        return new SupplyChain(table(s), new ClosedRegionsIo(new IoMultipliers(table(s), 0.7), s.regions().size()),
                ChainFlows.otherPurchasePerYen(table(s), s.ioTable()));
    }

    @Test
    void withoutAgentsTheJobsAreTheLabourMarketsPoolsAndValueAddedTheChains() {
        Scenario s = tiny(Mode.NORMAL);
        SupplyChain chain = chain(s);
        IoTable t = table(s);
        // 1,000,000 JPY of the mines' other purchases in the first region, nothing else
        double[] other = new double[s.regions().size()];
        other[0] = 1.0e6;
        chain.compute(new double[s.regions().size()][t.size()], other, new double[s.regions().size()]);
        NationalAccounts a = new NationalAccounts(s, t, List.of(), List.of(), noFlows(s), chain, new FixedLabour());
        a.step(null);
        double va = 0;
        double vaInduced = 0;
        for (int i = 0; i < t.size(); i++) {
            va += t.valueAddedRatio(i) * chain.chainOutputYen(0, i);
            vaInduced += t.valueAddedRatio(i) * chain.inducedOutputYen(0, i);
        }
        // the first round alone (0.9 of the yen bought at home, mostly transport) carries value added
        assertThat(va).isGreaterThan(0.3 * 1.0e6);
        assertThat(a.valueAddedMiningYen()).isZero();
        assertThat(a.valueAddedSuppliersYen()).isZero();
        assertThat(a.valueAddedSupplyChainYen()).isCloseTo(va, within(1e-6));
        assertThat(a.valueAddedInducedYen()).isCloseTo(vaInduced, within(1e-6));
        assertThat(a.valueAddedYen()).isCloseTo(va + vaInduced, within(1e-6));
        // regions' pools: induced 10 + 20 + 30 (the tiny scenario has three regions), indirect 1 + 2 + 3
        assertThat(s.regions()).hasSize(3);
        assertThat(a.inducedJobs()).isEqualTo(60.0);
        assertThat(a.indirectJobs()).isEqualTo(6.0);
        assertThat(a.parity()).isNull();
    }

    @Test
    void withoutALabourMarketNoPoolJobIsFilled() {
        Scenario s = tiny(Mode.NORMAL);
        NationalAccounts a = new NationalAccounts(s, table(s), List.of(), List.of(), noFlows(s), chain(s), null);
        a.step(null);
        assertThat(a.valueAddedInducedYen()).isZero();
        assertThat(a.inducedJobs()).isZero();
        assertThat(a.indirectJobs()).isZero();
    }

    @Test
    void inIoParityModeTheNationalJobsAreTheRipplesResults() {
        Scenario s = tiny(Mode.IO_PARITY);
        NationalAccounts a = new NationalAccounts(s, table(s), List.of(), List.of(), noFlows(s), chain(s), new FixedLabour());
        a.step(null);
        // nothing delivered, nobody paid: the ripple is empty and the national jobs are its (zero) results
        assertThat(a.parity()).isNotNull();
        assertThat(a.paritySpendingYenPerMonth()).containsOnly(0.0);
        assertThat(a.parityWagesYenPerMonth()).isZero();
        assertThat(a.indirectJobs()).isZero();
        assertThat(a.inducedJobs()).isZero();
    }

    @Test
    void valueAddedIsOutputTimesTheSectorsRatioEveryMonth() {
        Scenario s = tiny(Mode.NORMAL);
        List<double[]> checked = new ArrayList<>();
        MiningEconomy e = Sim.run(s, 0, x -> {
            NationalAccounts a = x.nationalAccounts();
            double mining = 0;
            for (Mine m : x.mines()) {
                mining += m.revenueYen() * VA_MINING;
            }
            double suppliers = 0;
            double supplierJobs = 0;
            for (Supplier sup : x.suppliers()) {
                double ratio = switch (sup.kind()) {
                    case EQUIPMENT -> VA_EQUIPMENT;
                    case ENGINEERING -> VA_ENGINEERING;
                    case PROCESSING -> VA_PROCESSING;
                };
                suppliers += sup.outputYen() * ratio;
                supplierJobs += sup.employed();
            }
            double induced = 0;
            double chain = 0;
            double inducedJobs = 0;
            IoTable t = x.ioTable();
            for (int r = 0; r < x.regions().size(); r++) {
                for (int i = 0; i < t.size(); i++) {
                    induced += t.valueAddedRatio(i) * x.supplyChain().inducedOutputYen(r, i);
                    chain += t.valueAddedRatio(i) * x.supplyChain().chainOutputYen(r, i);
                }
                inducedJobs += x.labourMarket().inducedJobs(r);
                supplierJobs += x.labourMarket().indirectJobs(r);
            }
            assertThat(a.valueAddedMiningYen()).isEqualTo(mining);
            assertThat(a.valueAddedSuppliersYen()).isEqualTo(suppliers);
            assertThat(a.valueAddedInducedYen()).isCloseTo(induced, within(1e-6 * Math.abs(induced)));
            assertThat(a.valueAddedSupplyChainYen()).isCloseTo(chain, within(1e-6 * Math.abs(chain)));
            assertThat(a.valueAddedYen()).isCloseTo(mining + suppliers + chain + induced,
                    within(1e-6 * (mining + suppliers + chain + induced)));
            assertThat(a.indirectJobs()).isCloseTo(supplierJobs, within(1e-9 * supplierJobs));
            assertThat(a.inducedJobs()).isEqualTo(inducedJobs);
            checked.add(new double[] {mining, suppliers, induced});
        });
        assertThat(checked).hasSize(s.steps());
        // the quarry produces and the suppliers are paid: every class carries value
        double[] last = checked.get(checked.size() - 1);
        assertThat(last[0]).isPositive();
        assertThat(last[1]).isPositive();
        assertThat(last[2]).isPositive();
        assertThat(e.nationalAccounts()).isNotNull();
    }

    @Test
    void theRecorderWritesTheAccountsValues() {
        Scenario s = tiny(Mode.NORMAL);
        List<double[]> accounts = new ArrayList<>();
        Sim.run(s, 0, x -> accounts.add(new double[] {x.nationalAccounts().valueAddedYen(),
            x.nationalAccounts().valueAddedMiningYen(), x.nationalAccounts().indirectJobs()}));
        MemorySink rows = new MemorySink();
        Runs.simulate(s, 0, rows);
        for (int step : new int[] {0, 7, s.steps() - 1}) {
            assertThat(rows.value(step, Metrics.VALUE_ADDED_YEN, "", "", "")).isEqualTo(accounts.get(step)[0]);
            assertThat(rows.value(step, Metrics.VALUE_ADDED_YEN, "", "", "mining")).isEqualTo(accounts.get(step)[1]);
            assertThat(rows.value(step, Metrics.JOBS_INDIRECT, "", "", "")).isCloseTo(accounts.get(step)[2], within(0.0));
        }
    }
}
