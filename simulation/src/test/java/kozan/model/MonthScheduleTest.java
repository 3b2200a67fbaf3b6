package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.Manufacturer;
import kozan.model.mining.DirectUseCall;
import kozan.model.mining.Mine;
import kozan.model.mining.ProspectGenerator;
import kozan.model.random.Seeds;
import kozan.model.supply.Supplier;
import kozan.scenario.DistSpec;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.Mode;
import kozan.scenario.ProspectGeneratorSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.scenario.SupplierKind;
import kozan.scenario.Timeline;
import org.junit.jupiter.api.Test;

/**
 * The month runs every phase of {@link MiningEconomy#scheduleMonth()} (docs/model.md 3), each checked by a consequence
 * only that phase produces, month by month, on the small test scenario (two years) with a busy prospect generator and
 * a capex grant that starts in the fourth month. Dropping any hook or agent list from the schedule, the month opening
 * or the market clearing makes one of these checks fail.
 */
class MonthScheduleTest {

    private static final int MONTHS = 11;
    private static final int COPPER = 1;
    private static final int LIMESTONE = 2;
    private static final int REE = 0;
    /** Stockpile target of the test scenario, days of consumption. */
    private static final double DAYS = 60;

    /** Twelve prospects a year expected: some appear in the first months. */
    private static ProspectGeneratorSpec busyGenerator() {
        return new ProspectGeneratorSpec("gen-busy", "tohoku", "copper", 12, null, 40.0, 140.5,
                TestScenarios.lognormal(3e6, 1.5e6), new DistSpec(DistSpec.DistKind.UNIFORM, null, null, 0.005, null, 0.02),
                0.9, 0.08, 10000, 3500, 0.3, 0.5, 0.01, 100);
    }

    static Scenario scenario() {
        GovernmentSpec base = TestScenarios.government(List.of(), List.of(), DAYS, 0);
        GovernmentSpec gov = new GovernmentSpec(base.explorationSubsidy(),
                TestScenarios.from(TestScenarios.START.plusMonths(3), 0.3), base.stateEquity(), base.lossCover(),
                base.permittingMultiplier(), base.environmentalStringency(), base.stringencyCostEffect(),
                base.stringencyTimeEffect(), base.minWaterRecycling(), base.reclamationBond(), base.carbonPrice(),
                base.renewablePowerMin(), base.rdBudget(), base.rdReadinessPerBnYen(), base.rdAutomationPerBnYen(),
                base.offtakeMandate(), base.stockpileTargetDays(), base.stockpileCommodities(), base.stockpileBuyRate(),
                base.stockpileReleaseTrigger(), base.stockpileBuyPriceCeiling(), base.agreements(), base.targetedSupport(),
                base.stockpileCarryingCostPerYear());
        // quarries with three times the capacity of the standard scenario's, so the direct-use call binds;
        List<MineSpec> mines = new ArrayList<>(TestScenarios.mines());
        mines.set(0, TestScenarios.mine("quarry-kanto", "kanto", "limestone", Stage.PRODUCTION, 5e8, 1.0, 6e7, 2e10, 900, 0.02));
        mines.set(1, TestScenarios.mine("quarry-kyushu", "kyushu", "limestone", Stage.PRODUCTION, 3e8, 1.0, 3e7, 1e10, 1000, 0.02));
        // a mine under construction: equipment orders every month
        mines.add(TestScenarios.mine("cu-build", "kyushu", "copper", Stage.CONSTRUCTION, 4e6, 0.015, 400000, 5e9, 3500, 0.3));
        return TestScenarios.build("schedule", 2, List.of(), gov, Mode.NORMAL, mines, List.of(busyGenerator()));
    }

    /** What the observers saw at the end of one month. */
    private record Month(int step, double copperPrice, double grant, double limestoneCall, double limestoneDomesticCall,
                         double limestoneCapacity, double reeTarget, double reeConsumption, double copperNeedLedger,
                         double copperNeedBuyers, double copperConsumption, double[] ordersYen, double[] suppliedOrdersYen,
                         double[] backlogYen, int mines, int created, boolean minesStepped, double valueAdded) {
    }

    private static final SupplierKind[] KINDS = {SupplierKind.EQUIPMENT, SupplierKind.ENGINEERING};

    /** Product capacity (t/month) of the limestone mines producing now: the direct-use call's denominator. */
    private static double limestoneCapacity(MiningEconomy e) {
        double cap = 0;
        for (Mine m : e.mines()) {
            if (m.commodityIndex() == LIMESTONE && m.stage() == Stage.PRODUCTION) {
                cap += m.spec().capacityTOrePerYear() / 12.0 * m.spec().grade() * m.spec().recovery()
                        * (1.0 - e.disasterCut(m.regionIndex()));
            }
        }
        return cap;
    }

    private static Month observe(MiningEconomy e) {
        double[] orders = new double[KINDS.length];
        double[] supplied = new double[KINDS.length];
        double[] backlog = new double[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            orders[k] = e.orders().domesticYen(KINDS[k]);
            for (Supplier s : e.suppliers()) {
                if (s.kind() == KINDS[k] && s.isOpen(e.step())) {
                    // utilisation = (new orders + last month's backlog) / monthly capacity
                    supplied[k] += s.utilisation() * s.capacityPerYear() / 12.0;
                    backlog[k] += s.backlogYen();
                }
            }
        }
        boolean stepped = true;
        for (Mine m : e.mines()) {
            // a mine that stepped this month: entry step of its stage + months in it = months run so far
            stepped &= m.stageEntryStep(m.stage()) + m.monthsInStage() == e.step() + 1;
        }
        double need = 0;
        for (Manufacturer m : e.manufacturers()) {
            need += m.need(COPPER);
        }
        int created = 0;
        for (ProspectGenerator g : e.generators()) {
            created += g.created();
        }
        CommodityLedger cu = e.ledger(COPPER);
        return new Month(e.step(), e.market(COPPER).worldPrice(), e.government().capexGrantFor("cu-kyushu"),
                e.directUseCall(LIMESTONE), e.procurement().domesticCallT(LIMESTONE), limestoneCapacity(e),
                e.procurement().stockpileTargetT(REE), e.ledger(REE).consumptionT(), cu.needT(), need, cu.consumptionT(),
                orders, supplied, backlog, e.mines().size(), created, stepped, e.nationalAccounts().valueAddedYen());
    }

    /** Runs {@code months} months and returns the start state (index 0) and what each month ended with. */
    private static List<Month> run(MiningEconomy e, int months) {
        List<Month> seen = new ArrayList<>();
        e.start();
        seen.add(observe(e));
        for (int i = 0; i < months; i++) {
            e.schedule.step(e);
            seen.add(observe(e));
        }
        return seen;
    }

    private static MiningEconomy economy() {
        Scenario s = scenario();
        return new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
    }

    @Test
    void everyPhaseRunsEveryMonth() {
        MiningEconomy e = economy();
        int scenarioMines = e.scenario().mines().size();
        List<Month> seen = run(e, MONTHS);
        for (int t = 1; t <= MONTHS; t++) {
            Month prev = seen.get(t - 1);
            Month now = seen.get(t);
            String at = "month " + (t - 1);
            // opening: the month index
            assertThat(now.step()).as(at).isEqualTo(t - 1);
            // 0 markets: the world price moves every month (sigma 0.2)
            assertThat(now.copperPrice()).as(at).isNotEqualTo(prev.copperPrice());
            // 1 government: the grant timeline is read at the month (0.3 from the fourth month)
            assertThat(now.grant()).as(at).isEqualTo(t - 1 >= 3 ? 0.3 : 0.0);
            // 2 mines, before they step: the direct-use call from last month's domestic call and this month's capacity
            // (no limestone mine changes stage in these months, so the capacity at the end of the month is the one used)
            assertThat(now.limestoneCapacity()).as(at).isEqualTo(prev.limestoneCapacity());
            assertThat(now.limestoneCall()).as(at).isCloseTo(
                    DirectUseCall.share(prev.limestoneDomesticCall(), now.limestoneCapacity(), false), within(1e-12));
            assertThat(now.limestoneCall()).as(at + ": the call binds").isLessThan(1.0);
            // 2 mines: every mine (also the prospects generated this month) stepped once
            assertThat(now.minesStepped()).as(at).isTrue();
            // 2 generators: their prospects join the economy's mines
            assertThat(now.mines()).as(at).isEqualTo(scenarioMines + now.created());
            // 3 suppliers: each received its share of this month's domestic orders and worked on them
            // (no supplier changes capacity before its 12 sustain months, so the run stops at 11)
            for (int k = 0; k < KINDS.length; k++) {
                assertThat(now.ordersYen()[k]).as(at + " " + KINDS[k]).isPositive();
                assertThat(now.suppliedOrdersYen()[k] - prev.backlogYen()[k]).as(at + " " + KINDS[k])
                        .isCloseTo(now.ordersYen()[k], within(1e-6 * now.ordersYen()[k]));
            }
            // 4 manufacturers: needs drawn this month (output noise) and cleared
            assertThat(now.copperNeedBuyers()).as(at).isPositive().isNotEqualTo(prev.copperNeedBuyers());
            assertThat(now.copperNeedLedger()).as(at).isCloseTo(now.copperNeedBuyers(), within(1e-9 * now.copperNeedBuyers()));
            assertThat(now.copperConsumption()).as(at + ": settled").isPositive();
            // 4 after settlement: the consumption average behind the stockpile target moves by 1/12 of the gap
            double k = DAYS * 12.0 / 365.0;
            double avg = prev.reeTarget() / k + (now.reeConsumption() - prev.reeTarget() / k) / 12.0;
            assertThat(now.reeTarget()).as(at).isCloseTo(avg * k, within(1e-9 * avg * k));
            assertThat(now.reeConsumption()).as(at).isNotCloseTo(prev.reeTarget() / k, within(1e-6 * avg));
            // 5 labour then national accounts: this month's value added
            assertThat(now.valueAdded()).as(at).isPositive().isNotEqualTo(prev.valueAdded());
        }
        assertThat(seen.get(MONTHS).created()).as("prospects generated").isGreaterThan(0);
    }

    @Test
    void thePoolsWantWhatThisMonthsFlowsCallForComputedBeforeTheLabourMarketsStep() {
        MiningEconomy e = economy();
        int regions = e.scenario().regions().size();
        List<double[]> before = new ArrayList<>();
        e.addStartHook(x -> x.phase(MiningEconomy.ORDERING_LABOUR).addBefore(state -> {
            // 5, before the labour markets (after the chain flows): the same accounting redone from scratch on this
            // month's flows
            kozan.model.supply.SupplyChain fresh = new kozan.model.supply.SupplyChain(x.ioTable(), x.interregionalIo(),
                    kozan.model.accounts.ChainFlows.otherPurchasePerYen(x.ioTable(), x.scenario().ioTable()));
            new kozan.model.accounts.ChainFlows(x.ioTable(), x.scenario().ioTable(), x.regions(), x.mines(),
                    x.suppliers(), fresh).step(x);
            double[] wanted = new double[2 * regions];
            for (int r = 0; r < regions; r++) {
                wanted[2 * r] = fresh.indirectPersons(r);
                wanted[2 * r + 1] = fresh.inducedPersons(r);
            }
            before.add(wanted);
        }));
        e.start();
        kozan.model.labour.LabourMarketAgent lm = null;
        for (int t = 0; t < MONTHS; t++) {
            e.schedule.step(e);
            lm = (kozan.model.labour.LabourMarketAgent) e.labourMarket();
            double[] wanted = before.get(t);
            for (int r = 0; r < regions; r++) {
                String at = "month " + t + ", region " + r;
                assertThat(lm.region(r).indirectDemandPersons()).as(at).isCloseTo(wanted[2 * r], within(1e-9));
                assertThat(lm.region(r).inducedDemandPersons()).as(at).isCloseTo(wanted[2 * r + 1], within(1e-9));
            }
        }
        // the flows move: the demand is not last month's
        assertThat(before.get(MONTHS - 1)).isNotEqualTo(before.get(MONTHS - 2));
        assertThat(before.get(MONTHS - 1)[2]).as("kanto's mines and agents call for supply-chain jobs").isPositive();
    }

    @Test
    void theOrderBookHoldsOnlyThisMonthsOrders() {
        MiningEconomy e = economy();
        double[] cumulative = new double[KINDS.length];
        e.start();
        for (int t = 0; t < 6; t++) {
            e.schedule.step(e);
            for (int k = 0; k < KINDS.length; k++) {
                double now = e.orders().cumulativeDomesticYen(KINDS[k]);
                assertThat(e.orders().domesticYen(KINDS[k])).as("month %d %s", t, KINDS[k])
                        .isCloseTo(now - cumulative[k], within(1e-6 * now));
                cumulative[k] = now;
            }
        }
    }

    @Test
    void aRestartRunsTheSameMonthsAsAFreshEconomy() {
        MiningEconomy used = economy();
        run(used, 5);
        List<Month> again = run(used, 5);
        List<Month> fresh = run(economy(), 5);
        for (int t = 0; t <= 5; t++) {
            assertThat(again.get(t).step()).isEqualTo(fresh.get(t).step());
            assertThat(again.get(t).copperPrice()).as("month %d", t).isEqualTo(fresh.get(t).copperPrice());
            assertThat(again.get(t).mines()).isEqualTo(fresh.get(t).mines());
            assertThat(again.get(t).valueAdded()).isEqualTo(fresh.get(t).valueAdded());
            assertThat(again.get(t).ordersYen()).isEqualTo(fresh.get(t).ordersYen());
        }
        assertThat(used.schedule.getSteps()).isEqualTo(5);
    }
}
