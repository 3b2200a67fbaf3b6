package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.policy.FiscalLever;
import kozan.model.random.Seeds;
import kozan.scenario.Stage;
import kozan.scenario.SupplierKind;
import kozan.scenario.TargetedSupportSpec;
import org.junit.jupiter.api.Test;

/**
 * A mine's stage rules on the {@link MiningFixture.Economy} stub. Defaults unless a test says otherwise: FIXED stage
 * durations exploration 4, feasibility 3, permitting 8, construction 6, closure 4 months; p_discover 1; exploration
 * spend 1,000 and feasibility spend 2,000 JPY/month; ramp-up 4 months; idle after 3 months below cost; restart margin
 * 0.2; closure after 5 idle months; capex equipment share 0.4; domestic shares 0.6 (equipment), 0.9 (engineering);
 * opex service share 0.3. Mine: region r1, metal, 1,200 t ore/yr (100 t/month), grade 0.5, recovery 0.8, opex 100
 * JPY/t ore, royalty 0.2, sustaining capex 600 JPY/yr, capex 12,000, closure 2,000, 50 workers per kt/yr, 40 ha.
 */
class MineTest {

    private static MiningFixture.Economy economy(MiningFixture.Defaults d, MiningFixture.Levers g, double price,
                                                 double lambda) {
        return new MiningFixture.Economy(d, g, price, lambda);
    }

    private static MiningFixture.Spec spec(Stage stage) {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = stage;
        return s;
    }

    private static void months(MiningFixture.Economy e, Mine m, int n, double fill) {
        for (int i = 0; i < n; i++) {
            e.month(m, fill);
        }
    }

    // ---- exploration ----

    @Test
    void explorationProgressIsScaledByLabourFill() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.explorationSubsidy = 0.25;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 1_000, 0);
        Mine m = e.mine(spec(Stage.EXPLORATION));
        e.month(m, 0.5);
        // spend 1,000 x 0.5 = 500 as ENGINEERING orders, 90% at home; 25% of it is the subsidy
        assertThat(e.orders.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(450.0, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.ENGINEERING)).isCloseTo(50.0, within(1e-9));
        assertThat(m.spendYen()).isCloseTo(500.0, within(1e-9));
        assertThat(e.government.fiscalYen(FiscalLever.EXPLORATION_SUBSIDY)).isCloseTo(125.0, within(1e-9));
        assertThat(m.staffing().desired()).as("exploration crew").isEqualTo(11);
        // 4 months of work at half fill take 8 months
        months(e, m, 6, 0.5);
        assertThat(m.stage()).as("after 7 months at fill 0.5").isEqualTo(Stage.EXPLORATION);
        e.month(m, 0.5);
        assertThat(m.stage()).isEqualTo(Stage.FEASIBILITY);
        assertThat(m.stageEntryStep(Stage.FEASIBILITY)).isEqualTo(7);
        assertThat(e.government.fiscalYen(FiscalLever.EXPLORATION_SUBSIDY)).isCloseTo(8 * 125.0, within(1e-9));
    }

    @Test
    void explorationAtFullFillTakesItsDrawnLengthAndEndsByTheDiscoveryDraw() {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        Mine found = e.mine(spec(Stage.EXPLORATION));
        MiningFixture.Spec dry = spec(Stage.EXPLORATION);
        dry.pDiscover = 0.0;
        Mine lost = e.mine(dry);
        for (int i = 0; i < 3; i++) {
            found.step(e);
            lost.step(e);
        }
        assertThat(found.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(lost.stage()).isEqualTo(Stage.EXPLORATION);
        found.step(e);
        lost.step(e);
        assertThat(found.stage()).as("p_discover 1").isEqualTo(Stage.FEASIBILITY);
        assertThat(lost.stage()).as("p_discover 0").isEqualTo(Stage.ABANDONED);
        // the outcome is the pre-drawn uniform of the mine's discovery stream
        StageClock twin = new StageClock(Seeds.stream(MiningFixture.SEED, "m", "durations"),
                Seeds.stream(MiningFixture.SEED, "m", "discovery"));
        for (double p : new double[] {0.2, 0.5, 0.8}) {
            MiningFixture.Spec s = spec(Stage.EXPLORATION);
            s.pDiscover = p;
            Mine m = e.mine(s);
            months(e, m, 4, 1.0);
            assertThat(m.stage()).as("p = %s", p).isEqualTo(twin.discovers(p) ? Stage.FEASIBILITY : Stage.ABANDONED);
        }
    }

    // ---- feasibility and the development decision ----

    /** One-year deposit: 600 t ore at 1,200 t/yr, so NPV(P) = -capex_net + (192 P - 600 x cost/t - 600) / 1.1 - 2,000 / 1.21. */
    private static MiningFixture.Spec oneYear(Stage stage, String commodity) {
        MiningFixture.Spec s = spec(stage);
        s.oreT = 600;
        s.commodity = commodity;
        return s;
    }

    /**
     * Breakeven expectation of the one-year deposit with carbon 100 JPY/t CO2e x 0.1 x (1 - 0.5 x 0.2) = 9 JPY/t ore,
     * cost 109 JPY/t ore: 192 P* = 600 x 109 + 600 + 1.1 x (capex_net + 2,000 / 1.21).
     */
    private static double breakeven(double capexNet) {
        return breakeven(capexNet, 0.0);
    }

    /** The same with state equity e, which takes e of the year's cash: 192 P* = 65,400 + 600 + 1.1 x (...) / (1 - e). */
    private static double breakeven(double capexNet, double equity) {
        return (600 * 109 + 600 + 1.1 * (capexNet + 2_000 / 1.21) / (1 - equity)) / 192;
    }

    private static Stage afterFeasibility(String commodity, double price, MiningFixture.Levers g) {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, price, 0);
        Mine m = e.mine(oneYear(Stage.FEASIBILITY, commodity));
        months(e, m, 2, 0.5);
        assertThat(m.stage()).isEqualTo(Stage.FEASIBILITY);
        // feasibility spends its full 2,000 at any fill; progress is 1 a month
        assertThat(e.orders.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(1_800.0, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.ENGINEERING)).isCloseTo(200.0, within(1e-9));
        e.month(m, 0.5);
        return m.stage();
    }

    private static MiningFixture.Levers carbon() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.carbonPrice = 100;
        return g;
    }

    @Test
    void feasibilityGoesToPermittingWhenNpvIsPositiveElseTheProjectIsAbandoned() {
        // capex net 12,000: P* = (65,400 + 600 + 1.1 x 13,652.89) / 192 = 421.97
        double p = breakeven(12_000);
        assertThat(p).isCloseTo(421.97, within(0.01));
        assertThat(afterFeasibility("metal", p * (1 + 1e-6), carbon())).isEqualTo(Stage.PERMITTING);
        assertThat(afterFeasibility("metal", p * (1 - 1e-6), carbon())).isEqualTo(Stage.ABANDONED);
    }

    @Test
    void theDecisionCountsTheGrantAndForCriticalCommoditiesTheStateEquity() {
        MiningFixture.Levers g = carbon();
        g.capexGrant = 0.25;
        g.stateEquity = 0.5;
        // critical: investor pays 12,000 x (1 - 0.25 - 0.5) = 3,000 and keeps half the cash; not critical: 12,000 x 0.75 = 9,000
        double crit = breakeven(3_000, 0.5);
        double metal = breakeven(9_000);
        assertThat(afterFeasibility("crit", crit * (1 + 1e-6), g)).isEqualTo(Stage.PERMITTING);
        assertThat(afterFeasibility("crit", crit * (1 - 1e-6), g)).isEqualTo(Stage.ABANDONED);
        assertThat(afterFeasibility("metal", crit * (1 + 1e-6), g)).as("no equity for a non-critical mine")
                .isEqualTo(Stage.ABANDONED);
        assertThat(afterFeasibility("metal", metal * (1 + 1e-6), g)).isEqualTo(Stage.PERMITTING);
        assertThat(afterFeasibility("metal", metal * (1 - 1e-6), g)).isEqualTo(Stage.ABANDONED);
    }

    @Test
    void theDecisionUsesThePriceExpectationWhichFollowsTheWorldPriceAdaptively() {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0.25);
        Mine m = e.mine(spec(Stage.PRODUCTION));
        assertThat(m.expectation()).isEqualTo(1_000);
        e.setPrice(2_000);
        e.month(m);
        // 1,000 + 0.25 x (2,000 - 1,000) = 1,250; then 1,250 + 0.25 x 750 = 1,437.5
        assertThat(m.expectation()).isCloseTo(1_250.0, within(1e-9));
        e.month(m);
        assertThat(m.expectation()).isCloseTo(1_437.5, within(1e-9));
    }

    // ---- state support: loss cover ----

    private static Mine lossCovered(MiningFixture.Economy e, String commodity, double backed) {
        MiningFixture.Spec s = oneYear(Stage.FEASIBILITY, commodity);
        s.stateBacked = backed;
        return e.mine(s);
    }

    @Test
    void aStateBackedProjectUnderLossCoverGoesAheadAndTheStateBooksTheNpvGap() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        d.feasibility = 1;
        d.permitting = 1;
        d.construction = 1;
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.lossCover = 0.5;
        // at 300 JPY/t: cash = 600 x 0.4 x 300 x 0.8 - 600 x 100 - 600 = 57,600 - 60,600 = -3,000
        // NPV = -12,000 - 3,000 / 1.1 - 2,000 / 1.21 = -16,380.17
        double npv = -12_000 - 3_000 / 1.1 - 2_000 / 1.21;
        MiningFixture.Economy e = economy(d, g, 300, 0);
        Mine m = lossCovered(e, "crit", 0.5);
        assertThat(m.appraise(e.government, 300)).isCloseTo(npv, within(1e-6));
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.PERMITTING);
        assertThat(m.strategic()).isTrue();
        assertThat(e.government.fiscalYen(FiscalLever.LOSS_COVER)).isCloseTo(-npv, within(1e-6));
        // once built it is never idled for low prices (300 x 0.8 = 240 < unit cost 250 for 3+ months)
        e.month(m);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        MiningFixture.Spec big = spec(Stage.FEASIBILITY);
        big.commodity = "crit";
        big.stateBacked = 0.5;
        Mine longLived = e.mine(big);
        months(e, longLived, 3, 1.0);
        assertThat(longLived.stage()).isEqualTo(Stage.PRODUCTION);
        months(e, longLived, 12, 1.0);
        assertThat(longLived.stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(longLived.productT()).isGreaterThan(0);
    }

    @Test
    void withoutBackingOrBelowHalfCoverTheLossMakingProjectIsAbandoned() {
        MiningFixture.Levers half = new MiningFixture.Levers();
        half.lossCover = 0.49;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), half, 300, 0);
        Mine m = lossCovered(e, "crit", 0.5);
        months(e, m, 3, 1.0);
        assertThat(m.stage()).as("loss cover 0.49").isEqualTo(Stage.ABANDONED);
        assertThat(e.government.fiscalYen(FiscalLever.LOSS_COVER)).isZero();

        MiningFixture.Levers full = new MiningFixture.Levers();
        full.lossCover = 1;
        MiningFixture.Economy e2 = economy(new MiningFixture.Defaults(), full, 300, 0);
        Mine unbacked = lossCovered(e2, "crit", 0.0);
        months(e2, unbacked, 3, 1.0);
        assertThat(unbacked.stage()).as("not state-backed").isEqualTo(Stage.ABANDONED);
        assertThat(unbacked.strategic()).isFalse();
    }

    /**
     * Loss cover reaches only critical commodities (docs/scenario-reference.md, loss_cover): the same state-backed,
     * loss-making project (NPV -16,380 at 300 JPY/t) in the non-critical "metal" is abandoned at feasibility, with
     * nothing booked, and is not explored regardless when it is a prospect.
     */
    @Test
    void lossCoverNeverReachesANonCriticalProject() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.lossCover = 1;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 300, 0);
        Mine m = lossCovered(e, "metal", 0.5);
        assertThat(m.appraise(e.government, 300)).isNegative();
        months(e, m, 3, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.ABANDONED);
        assertThat(m.strategic()).isFalse();
        assertThat(e.government.fiscalYen(FiscalLever.LOSS_COVER)).isZero();
    }

    @Test
    void targetedSupportMakesAProjectStateBacked() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.lossCover = 1;
        g.targeted = List.of(new TargetedSupportSpec("m", TestScenarios.START, 0, 0.5, 0));
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 300, 0);
        Mine m = lossCovered(e, "crit", 0.0);
        months(e, m, 3, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.PERMITTING);
        assertThat(m.strategic()).isTrue();
    }

    // ---- prospect review ----

    private static int reviewOffset(String id) {
        return new StageClock(Seeds.stream(MiningFixture.SEED, id, "durations"),
                Seeds.stream(MiningFixture.SEED, id, "discovery")).reviewOffsetMonths();
    }

    @Test
    void aProspectIsReviewedOnceAYearInItsReviewMonth() {
        int offset = reviewOffset("m");
        // expectation follows the price at once (lambda 1); at 100 JPY/t every year loses money
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 100, 1.0);
        Mine m = e.mine(spec(Stage.PROSPECT));
        months(e, m, offset + 1, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.PROSPECT);
        // now the deposit pays, but the next review is a year after the first
        e.setPrice(10_000);
        months(e, m, 11, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.PROSPECT);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(m.stageEntryStep(Stage.EXPLORATION)).isEqualTo(offset + 12);
        assertThat(m.staffing().desired()).isEqualTo(11);
    }

    @Test
    void aPayingProspectExploresAtItsFirstReview() {
        int offset = reviewOffset("m");
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 10_000, 1.0);
        Mine m = e.mine(spec(Stage.PROSPECT));
        months(e, m, offset, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.PROSPECT);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(m.stageEntryStep(Stage.EXPLORATION)).isEqualTo(offset);
    }

    @Test
    void stateBackedCriticalProspectsUnderLossCoverAreExploredRegardless() {
        int offset = reviewOffset("m");
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.lossCover = 0.5;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 100, 1.0);
        MiningFixture.Spec crit = spec(Stage.PROSPECT);
        crit.commodity = "crit";
        crit.stateBacked = 0.5;
        Mine m = e.mine(crit);
        MiningFixture.Spec metal = spec(Stage.PROSPECT);
        metal.stateBacked = 0.5;
        Mine notCritical = e.mine(metal);
        for (int i = 0; i <= offset; i++) {
            m.step(e);
            notCritical.step(e);
            e.step++;
        }
        assertThat(m.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(notCritical.stage()).as("backed but not critical").isEqualTo(Stage.PROSPECT);
    }

    // ---- permitting and construction ----

    @Test
    void permittingIsStretchedByThePermittingMultiplierAndConstructionIsNot() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.permittingMultiplier = 1.5;
        g.stringency = 2;
        g.stringencyTimeEffect = 0.25;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 1_000, 0);
        Mine m = e.mine(spec(Stage.PERMITTING));
        // 8 months x 1.5 x (1 + 0.25 x (2 - 1)) = 15 months; progress 1 a month whatever the fill
        months(e, m, 14, 0.5);
        assertThat(m.stage()).isEqualTo(Stage.PERMITTING);
        assertThat(m.environment().landDisturbedHa()).isZero();
        assertThat(m.staffing().desired()).as("feasibility crew in permitting").isEqualTo(7);
        e.month(m, 0.5);
        assertThat(m.stage()).isEqualTo(Stage.CONSTRUCTION);
        assertThat(m.environment().landDisturbedHa()).as("land disturbed at construction start").isEqualTo(40);
        assertThat(m.needsSkilledMiners()).isFalse();
        // construction: 6 months (not 6 x 1.875 = 11); progress += fill: 2 months at 0.5 then 5 at 1
        months(e, m, 2, 0.5);
        months(e, m, 4, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.CONSTRUCTION);
        e.month(m, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(m.stageEntryStep(Stage.CONSTRUCTION)).isEqualTo(14);
        assertThat(m.stageEntryStep(Stage.PRODUCTION)).isEqualTo(21);
    }

    @Test
    void constructionSpendsCapexAtStringencyCostAndBooksGrantAndCappedEquity() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        d.feasibility = 1;
        d.permitting = 1;
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.stringency = 2;
        g.stringencyCostEffect = 0.25;
        g.capexGrant = 0.7;
        g.stateEquity = 0.5;
        MiningFixture.Economy e = economy(d, g, 100_000, 0);
        MiningFixture.Spec s = spec(Stage.FEASIBILITY);
        s.commodity = "crit";
        Mine m = e.mine(s);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.PERMITTING);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.CONSTRUCTION);
        e.month(m, 0.5);
        // capex 12,000 x c 1.25 / 6 months x fill 0.5 = 1,250: equipment 40% = 500 (60% at home), engineering 750 (90%)
        assertThat(e.orders.domesticYen(SupplierKind.EQUIPMENT)).isCloseTo(300.0, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(200.0, within(1e-9));
        assertThat(e.orders.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(675.0, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.ENGINEERING)).isCloseTo(75.0, within(1e-9));
        assertThat(m.spendYen()).isCloseTo(1_250.0, within(1e-9));
        // grant 0.7 x 1,250; equity min(0.5, 1 - 0.7) = 0.3 x 1,250
        assertThat(e.government.fiscalYen(FiscalLever.CAPEX_GRANT)).isCloseTo(875.0, within(1e-9));
        assertThat(e.government.fiscalYen(FiscalLever.STATE_EQUITY)).isCloseTo(375.0, within(1e-9));
        // construction crew: 25 x (12,000 x 1.25 / 6 x 12) / 1e9
        assertThat(m.staffing().desired()).isCloseTo(25 * 30_000 / 1e9, within(1e-15));
    }

    // ---- production ----

    @Test
    void productionIsCapacityTimesCutRampFillAndCall() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        d.automationTriggerMonths = 120;
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.minWaterRecycling = 0.45;
        g.renewableMin = 0.6;
        MiningFixture.Economy e = economy(d, g, 1_000, 0);
        e.disasterCut[0] = 0.6;
        e.disasterCut[1] = 0.2;
        e.directUseCall[0] = 0.5;
        e.directUseCall[1] = 0.9;
        e.directUseCall[2] = 0.3;
        MiningFixture.Spec s = spec(Stage.CONSTRUCTION);
        s.monthsInStage = 5;
        s.oreT = 10_000;
        Mine m = e.mine(s);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(m.productT()).as("the month construction ends produces nothing").isZero();
        // month 1: 100 t/month x (1 - 0.2, region r1) x ramp 1/4 x fill 0.8 x call 0.5 (metal) = 8 t ore
        e.month(m, 0.8);
        assertThat(m.oreMinedT()).isCloseTo(8.0, within(1e-9));
        assertThat(m.productT()).isCloseTo(8.0 * 0.5 * 0.8, within(1e-9));
        assertThat(m.revenueYen()).isCloseTo(3.2 * 1_000, within(1e-9));
        assertThat(e.markets[0].ledger().mineOutputT()).isCloseTo(3.2, within(1e-9));
        assertThat(m.remainingOreT()).isCloseTo(10_000 - 8.0, within(1e-9));
        // opex 8 x 100 = 800: 30% services = 240 ENGINEERING; sustaining 600 / 12 = 50 EQUIPMENT; spend 240 + 50 + 560
        assertThat(e.orders.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(216.0, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.ENGINEERING)).isCloseTo(24.0, within(1e-9));
        assertThat(e.orders.domesticYen(SupplierKind.EQUIPMENT)).isCloseTo(30.0, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(20.0, within(1e-9));
        assertThat(m.spendYen()).isCloseTo(850.0, within(1e-9));
        // water 8 x 2 = 16 m3, recycled max(0.3, 0.45): 7.2 / 8.8; CO2e 8 x 0.1 x (1 - 0.5 x max(0.2, 0.6)) = 0.56
        assertThat(m.environment().waterRecycledM3()).isCloseTo(7.2, within(1e-9));
        assertThat(m.environment().waterWithdrawnM3()).isCloseTo(8.8, within(1e-9));
        assertThat(m.environment().co2eT()).isCloseTo(0.56, within(1e-9));
        // the full production crew (50 x 1.2 kt) is wanted from the first ramp-up month
        assertThat(m.staffing().desired()).isCloseTo(60.0, within(1e-9));
        // ramp 2/4, 3/4, then full: 16, 24, 32, 32
        double[] expected = {16, 24, 32, 32};
        for (double q : expected) {
            e.month(m, 0.8);
            assertThat(m.oreMinedT()).isCloseTo(q, within(1e-9));
        }
        assertThat(m.remainingOreT()).isCloseTo(10_000 - 112.0, within(1e-9));
    }

    @Test
    void productionStopsAtTheOreLeftAndTheExhaustedMineCloses() {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        MiningFixture.Spec s = spec(Stage.PRODUCTION);
        s.oreT = 250;
        Mine m = e.mine(s);
        // a mine producing at the start is past its ramp-up: 100 t a month
        e.month(m);
        e.month(m);
        assertThat(m.oreMinedT()).isCloseTo(100.0, within(1e-9));
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        e.month(m);
        assertThat(m.oreMinedT()).isCloseTo(50.0, within(1e-9));
        assertThat(m.productT()).isCloseTo(20.0, within(1e-9));
        assertThat(m.remainingOreT()).isZero();
        assertThat(m.stage()).isEqualTo(Stage.CLOSURE);
    }

    @Test
    void ioParityIgnoresTheLabourFill() {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        e.ioParity = true;
        Mine m = e.mine(spec(Stage.PRODUCTION));
        e.month(m, 0.5);
        assertThat(m.oreMinedT()).isCloseTo(100.0, within(1e-9));
    }

    // ---- idle and restart ----

    /** Stringency 2 (c 1.25) and carbon 100: unit cost (100 x 1.25 + 9) / 0.4 = 335 JPY/t; with royalty 0.2 P* = 418.75. */
    private static MiningFixture.Levers costly() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.stringency = 2;
        g.stringencyCostEffect = 0.25;
        g.carbonPrice = 100;
        return g;
    }

    @Test
    void aMineIdlesAfterTheConfiguredMonthsOfPriceNetOfRoyaltyBelowUnitCost() {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), costly(), 418.5, 0);
        Mine m = e.mine(spec(Stage.PRODUCTION));
        // 418.5 x 0.8 = 334.8 < 335
        months(e, m, 2, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.IDLE);
        assertThat(m.staffing().desired()).as("closure crew while idle").isEqualTo(13);
        // 419 x 0.8 = 335.2 > 335: never idles
        MiningFixture.Economy ok = economy(new MiningFixture.Defaults(), costly(), 419, 0);
        Mine n = ok.mine(spec(Stage.PRODUCTION));
        months(ok, n, 24, 1.0);
        assertThat(n.stage()).isEqualTo(Stage.PRODUCTION);
    }

    @Test
    void theMonthsBelowCostMustBeConsecutive() {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), costly(), 418.5, 0);
        Mine m = e.mine(spec(Stage.PRODUCTION));
        months(e, m, 2, 1.0);
        e.setPrice(419);
        e.month(m);
        e.setPrice(418.5);
        months(e, m, 2, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.IDLE);
    }

    @Test
    void anIdleMineRestartsWhenTheExpectationClearsCostByTheRestartMargin() {
        // restart iff E x 0.8 > 335 x 1.2 = 402, i.e. E > 502.5; lambda 1: E is this month's price
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), costly(), 502, 1.0);
        Mine m = e.mine(spec(Stage.IDLE));
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.IDLE);
        e.setPrice(503);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        // the ramp state is kept: full output at once
        e.month(m);
        assertThat(m.oreMinedT()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void anIdleMineClosesAfterTheMaximumIdleMonths() {
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), costly(), 400, 1.0);
        Mine m = e.mine(spec(Stage.IDLE));
        months(e, m, 5, 1.0);
        assertThat(m.stage()).isEqualTo(Stage.IDLE);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.CLOSURE);
        // months already idle at the start count
        MiningFixture.Spec s = spec(Stage.IDLE);
        s.monthsInStage = 2;
        Mine late = e.mine(s);
        months(e, late, 3, 1.0);
        assertThat(late.stage()).isEqualTo(Stage.IDLE);
        e.month(late);
        assertThat(late.stage()).isEqualTo(Stage.CLOSURE);
    }

    // ---- closure ----

    @Test
    void closureSpendsItsCostOverItsLengthScaledByFillThenTheLandIsReclaimed() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.stringency = 2;
        g.stringencyCostEffect = 0.25;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 1_000, 0);
        Mine m = e.mine(spec(Stage.CLOSURE));
        assertThat(m.environment().landDisturbedHa()).isEqualTo(40);
        e.month(m, 0.5);
        // 2,000 x 1.25 / 4 months x 0.5 = 312.5 ENGINEERING, 90% at home
        assertThat(e.orders.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(281.25, within(1e-9));
        assertThat(e.orders.importedYen(SupplierKind.ENGINEERING)).isCloseTo(31.25, within(1e-9));
        assertThat(m.needsSkilledMiners()).isFalse();
        // 4 months of work at half fill: 8 months
        months(e, m, 6, 0.5);
        assertThat(m.stage()).isEqualTo(Stage.CLOSURE);
        assertThat(m.environment().landReclaimedHa()).isZero();
        e.month(m, 0.5);
        assertThat(m.stage()).isEqualTo(Stage.RECLAIMED);
        assertThat(m.environment().landDisturbedHa()).isZero();
        assertThat(m.environment().landReclaimedHa()).isEqualTo(40);
        assertThat(m.staffing().desired()).isZero();
        e.month(m);
        assertThat(m.spendYen()).isZero();
        assertThat(m.stage()).isEqualTo(Stage.RECLAIMED);
    }

    // ---- automation ----

    @Test
    void sustainedLowFillBuysAnAutomationStep() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.rdBudgetPerYear = 12e9;
        g.rdAutomationPerBnYen = 0.1;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 1_000, 0);
        Mine m = e.mine(spec(Stage.PRODUCTION));
        assertThat(m.staffing().desired()).as("50 x 1.2 kt").isCloseTo(60.0, within(1e-9));
        months(e, m, 2, 0.85);
        e.month(m, 0.9);
        assertThat(m.staffing().fill()).isEqualTo(0.9);
        months(e, m, 2, 0.85);
        assertThat(m.automation(e.government)).as("the low months were not consecutive").isZero();
        e.month(m, 0.85);
        // step 0.25 at 0.02 x 12,000 = 240 of EQUIPMENT orders, on top of sustaining capex 50
        assertThat(m.automation(e.government)).isEqualTo(0.25);
        assertThat(e.orders.domesticYen(SupplierKind.EQUIPMENT) + e.orders.importedYen(SupplierKind.EQUIPMENT))
                .isCloseTo(290.0, within(1e-9));
        // crew 60 x (1 - 0.5 x 0.25 x (1 - 0.25 new skilled jobs per job removed)) = 54.375
        assertThat(m.staffing().desired()).isCloseTo(54.375, within(1e-9));
        // R&D: JPY 1 bn cumulative x 0.1 = +0.1
        e.government.step(e);
        assertThat(m.automation(e.government)).isCloseTo(0.35, within(1e-12));
        // three more low months: 0.5 own
        months(e, m, 3, 0.85);
        assertThat(m.automation(e.government)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void automationInForceIsCappedAtOne() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.rdBudgetPerYear = 12e9;
        g.rdAutomationPerBnYen = 0.1;
        MiningFixture.Economy e = economy(new MiningFixture.Defaults(), g, 1_000, 0);
        MiningFixture.Spec s = spec(Stage.PRODUCTION);
        s.automation = 0.95;
        Mine m = e.mine(s);
        e.government.step(e);
        assertThat(m.automation(e.government)).isEqualTo(1.0);
    }
}
