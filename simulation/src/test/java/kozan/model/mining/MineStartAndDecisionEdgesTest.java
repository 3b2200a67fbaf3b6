package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.policy.FiscalLever;
import kozan.model.random.Seeds;
import kozan.scenario.MineDefaults;
import kozan.scenario.Stage;
import kozan.scenario.SupplierKind;
import kozan.scenario.TargetedSupportSpec;
import org.junit.jupiter.api.Test;

/**
 * A mine that exists at the start in a later stage (months already spent there count), the development decision at
 * an NPV of exactly 0, and what the annual prospect review reads of policy. Fixture defaults as in {@link MineTest}.
 */
class MineStartAndDecisionEdgesTest {

    private static MiningFixture.Spec spec(Stage stage, int monthsInStage) {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = stage;
        s.monthsInStage = monthsInStage;
        return s;
    }

    @Test
    void aMineProducingForSomeMonthsAtTheStartIsPastItsRampUp() {
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        Mine m = e.mine(spec(Stage.PRODUCTION, 2));
        assertThat(m.stageEntryStep(Stage.PRODUCTION)).isEqualTo(-2);
        assertThat(m.monthsInStage()).isEqualTo(2);
        e.month(m);
        // ramp-up 4 months is long over: 100 t ore, not (2 + 1) / 4 x 100
        assertThat(m.oreMinedT()).isCloseTo(100.0, within(1e-9));
        assertThat(m.monthsInStage()).isEqualTo(3);
    }

    /**
     * State equity takes at most what the grant leaves, also for a mine that starts the run in construction (the
     * constructor once skipped the cap): grant 0.7 and equity 0.5 give equity 0.3. Capex 12,000 over 6 months =
     * 2,000 a month: the grant books 0.7 x 2,000 = 1,400 and equity 0.3 x 2,000 = 600, not 1,000 (120% in all).
     */
    @Test
    void equityOfAMineStartingInConstructionIsCappedByTheGrant() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.stateEquity = 0.5;
        g.capexGrant = 0.7;
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, 1_000, 0);
        MiningFixture.Spec crit = spec(Stage.CONSTRUCTION, 2);
        crit.commodity = "crit";
        Mine m = e.mine(crit);
        m.step(e);
        assertThat(e.government.fiscalYen(FiscalLever.STATE_EQUITY)).isCloseTo(600.0, within(1e-9));
        assertThat(e.government.fiscalYen(FiscalLever.CAPEX_GRANT)).isCloseTo(1_400.0, within(1e-9));
    }

    @Test
    void constructionUnderWayAtTheStartFinishesTheMonthsLeftAndBooksCriticalEquity() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.stateEquity = 0.4;
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, 1_000, 0);
        MiningFixture.Spec crit = spec(Stage.CONSTRUCTION, 2);
        crit.commodity = "crit";
        Mine m = e.mine(crit);
        MiningFixture.Spec metal = spec(Stage.CONSTRUCTION, 2);
        metal.id = "n";
        Mine n = e.mine(metal);
        assertThat(m.environment().landDisturbedHa()).isEqualTo(40);
        assertThat(m.stageEntryStep(Stage.CONSTRUCTION)).isEqualTo(-2);
        m.step(e);
        // capex 12,000 / 6 months = 2,000 a month; state equity 0.4 of it for the critical mineral
        assertThat(e.government.fiscalYen(FiscalLever.STATE_EQUITY)).isCloseTo(800.0, within(1e-9));
        n.step(e);
        assertThat(e.government.fiscalYen(FiscalLever.STATE_EQUITY)).as("no equity for a non-critical mine")
                .isCloseTo(800.0, within(1e-9));
        // 2 of 6 months were done before the start: 4 months in the run
        for (int i = 0; i < 2; i++) {
            m.step(e);
        }
        assertThat(m.stage()).isEqualTo(Stage.CONSTRUCTION);
        m.step(e);
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
    }

    @Test
    void productionOpexCarriesStringencyAndDeepSeaReadiness() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.stringency = 2;
        g.stringencyCostEffect = 0.25;
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, 1_000, 0);
        MiningFixture.Spec s = spec(Stage.PRODUCTION, 0);
        s.deepSea = true;
        s.readiness = 0.75;
        Mine m = e.mine(s);
        e.month(m);
        // 100 t x 100 JPY/t x c 1.25 x rho (1 + 2 x 0.25 = 1.5) = 18,750: 30% services (5,625) as ENGINEERING orders,
        // sustaining capex 600 / 12 = 50 as EQUIPMENT, the other 13,125 spent directly
        assertThat(e.orders.domesticYen(SupplierKind.ENGINEERING) + e.orders.importedYen(SupplierKind.ENGINEERING))
                .isCloseTo(5_625.0, within(1e-9));
        assertThat(m.spendYen()).isCloseTo(18_800.0, within(1e-9));
    }

    /**
     * NPV exactly 0 at a zero discount rate: 600 t ore, grade 0.5, recovery 0.5, royalty 0.25, opex 10 JPY/t ore,
     * sustaining 600, closure 2,000, capex 36,400, price 400: -36,400 + (150 x 400 x 0.75 - 6,000 - 600) - 2,000 = 0.
     */
    @Test
    void aProjectWithAnNpvOfExactlyZeroGoesAhead() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        d.discountRate = 0;
        MiningFixture.Economy e = new MiningFixture.Economy(d, new MiningFixture.Levers(), 400, 0);
        MiningFixture.Spec s = spec(Stage.FEASIBILITY, 0);
        s.oreT = 600;
        s.recovery = 0.5;
        s.royalty = 0.25;
        s.opex = 10;
        s.capex = 36_400;
        Mine m = e.mine(s);
        assertThat(m.appraise(e.government, 400)).isEqualTo(0.0);
        assertThat(m.lastDecisionNpvYen()).as("no decision yet").isNaN();
        assertThat(m.lastDecisionStep()).isEqualTo(-1);
        for (int i = 0; i < 3; i++) {
            e.month(m);
        }
        assertThat(m.stage()).isEqualTo(Stage.PERMITTING);
        // the decision's NPV is kept for the planner's mine panel: the 0 above, in the month it was taken
        assertThat(m.lastDecisionNpvYen()).isCloseTo(0.0, within(1e-6));
        assertThat(m.lastDecisionStep()).isBetween(0, 2);
    }

    /** A mine id whose annual review falls in month 2 or later (so support starting in month 1 is in force). */
    private static String lateReviewer() {
        for (int i = 0; ; i++) {
            String id = "p" + i;
            if (new StageClock(Seeds.stream(MiningFixture.SEED, id, "durations"),
                    Seeds.stream(MiningFixture.SEED, id, "discovery")).reviewOffsetMonths() >= 2) {
                return id;
            }
        }
    }

    private static int reviewOffset(String id) {
        return new StageClock(Seeds.stream(MiningFixture.SEED, id, "durations"),
                Seeds.stream(MiningFixture.SEED, id, "discovery")).reviewOffsetMonths();
    }

    @Test
    void aCriticalProspectUnderLossCoverIsExploredRegardlessOnlyWhenStateBacked() {
        String id = lateReviewer();
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.lossCover = 1;
        // at 100 JPY/t every year loses money
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, 100, 1.0);
        MiningFixture.Spec s = spec(Stage.PROSPECT, 0);
        s.id = id;
        s.commodity = "crit";
        Mine m = e.mine(s);
        for (int i = 0; i <= reviewOffset(id); i++) {
            e.month(m);
        }
        assertThat(m.stage()).as("state-backed share 0").isEqualTo(Stage.PROSPECT);
    }

    @Test
    void theReviewReadsTheGrantInForceAtTheReviewNotAtCreation() {
        String id = lateReviewer();
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        MiningFixture.Spec s = spec(Stage.PROSPECT, 0);
        s.id = id;
        // a price at which exploring pays with a 90% capex grant and not without it
        MineDefaults defaults = d.build();
        MiningFixture.Economy probe = new MiningFixture.Economy(d, new MiningFixture.Levers(), 1_000, 0);
        MineAppraisal a = new MineAppraisal(s.build(), defaults, defaults.stageDurations(), d.pDiscover,
                new double[] {s.grade * s.recovery}, new boolean[] {false}, null);
        double price = 0;
        for (double p = 100; p < 100_000; p += 5) {
            if (a.worthExploring(probe.government, new double[] {p}, s.oreT, 0.9, 0, 0)) {
                price = p;
                break;
            }
        }
        assertThat(price).isPositive();
        assertThat(a.worthExploring(probe.government, new double[] {price}, s.oreT, 0.0, 0, 0)).isFalse();
        // the grant is targeted at the mine from the second month: not in force when the mine is created
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.targeted = List.of(new TargetedSupportSpec(id, TestScenarios.START.plusMonths(1), 0.9, 0, 0));
        MiningFixture.Economy e = new MiningFixture.Economy(d, g, price, 0);
        Mine m = e.mine(s);
        int offset = reviewOffset(id);
        for (int i = 0; i < offset; i++) {
            e.government.step(e);
            e.month(m);
        }
        assertThat(m.stage()).isEqualTo(Stage.PROSPECT);
        e.government.step(e);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.EXPLORATION);
        assertThat(m.stageEntryStep(Stage.EXPLORATION)).isEqualTo(offset);
    }
}
