package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * The idle and restart rules at their exact thresholds (docs/model.md 7.2: a mine idles after the configured months
 * with the price net of royalty BELOW unit cost, and restarts when the expectation net of royalty is ABOVE unit cost x
 * (1 + restart margin)), with numbers exact in binary: grade 0.5, recovery 0.5, opex 100 JPY/t ore, so unit cost
 * 100 / 0.25 = 400 JPY/t product; royalty 0.5; restart margin 0.25, so the restart threshold is 500.
 */
class MineThresholdsTest {

    private static MiningFixture.Spec spec(Stage stage) {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = stage;
        s.recovery = 0.5;
        s.royalty = 0.5;
        return s;
    }

    private static MiningFixture.Defaults defaults() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        d.restartMargin = 0.25;
        return d;
    }

    @Test
    void aPriceNetOfRoyaltyExactlyAtUnitCostDoesNotIdleTheMine() {
        // 800 x 0.5 = 400 = unit cost: not below
        MiningFixture.Economy e = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 800, 0);
        Mine m = e.mine(spec(Stage.PRODUCTION));
        for (int i = 0; i < 12; i++) {
            e.month(m);
        }
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        assertThat(m.jobDetail()).isEqualTo("PRODUCTION");
        // one step below: 799 x 0.5 = 399.5 < 400, idle after the third month
        MiningFixture.Economy low = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 799, 0);
        Mine n = low.mine(spec(Stage.PRODUCTION));
        for (int i = 0; i < 3; i++) {
            low.month(n);
        }
        assertThat(n.stage()).isEqualTo(Stage.IDLE);
        assertThat(n.jobDetail()).isEqualTo("IDLE");
    }

    @Test
    void anExpectationExactlyAtTheRestartThresholdDoesNotRestart() {
        // 1,000 x 0.5 = 500 = 400 x 1.25: not above
        MiningFixture.Economy e = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 1_000, 0);
        Mine m = e.mine(spec(Stage.IDLE));
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.IDLE);
        // 1,001 x 0.5 = 500.5 > 500: restarts in its first month
        MiningFixture.Economy high = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 1_001, 0);
        Mine n = high.mine(spec(Stage.IDLE));
        high.month(n);
        assertThat(n.stage()).isEqualTo(Stage.PRODUCTION);
    }

    @Test
    void anIdleMineClosesInTheMonthItReachesTheMaximumIdleMonths() {
        // maximum 5 idle months; a mine idle for 4 months at the start closes in its first month of the run + 1
        MiningFixture.Economy e = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 100, 0);
        MiningFixture.Spec s = spec(Stage.IDLE);
        s.monthsInStage = 4;
        Mine m = e.mine(s);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.IDLE);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.CLOSURE);
    }

    @Test
    void dustBelowOneBillionthOfTheDepositDoesNotKeepAMineOpen() {
        MiningFixture.Economy e = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 10_000, 0);
        MiningFixture.Spec s = spec(Stage.PRODUCTION);
        // 300 t + 5e-8 t at 100 t a month: after 3 months 5e-8 t are left, under 1e-9 x 300 = 3e-7 t
        s.oreT = 300 + 5e-8;
        Mine m = e.mine(s);
        for (int i = 0; i < 3; i++) {
            e.month(m);
        }
        assertThat(m.oreMinedT()).isCloseTo(100.0, within(1e-9));
        assertThat(m.remainingOreT()).isZero();
        assertThat(m.stage()).isEqualTo(Stage.CLOSURE);
    }

    @Test
    void aDeepSeaMineReportsItsReadinessWithTheRandDGain() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.rdBudgetPerYear = 12e9;
        g.rdReadinessPerBnYen = 0.05;
        MiningFixture.Economy e = new MiningFixture.Economy(defaults(), g, 1_000, 0);
        MiningFixture.Spec s = spec(Stage.PRODUCTION);
        s.deepSea = true;
        s.readiness = 0.6;
        Mine m = e.mine(s);
        assertThat(m.technologyReadiness(e.government)).isEqualTo(0.6);
        // a month of R&D: JPY 1 bn x 0.05
        e.government.step(e);
        assertThat(m.technologyReadiness(e.government)).isCloseTo(0.65, within(1e-12));
        assertThat(e.government.spec()).isSameAs(e.scenario.government());
    }
    @Test
    void anIdleMineWithNoOreLeftCloses() {
        // even at a price that would restart it
        MiningFixture.Economy e = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 10_000, 0);
        MiningFixture.Spec s = spec(Stage.IDLE);
        s.oreT = 0;
        Mine m = e.mine(s);
        e.month(m);
        assertThat(m.stage()).isEqualTo(Stage.CLOSURE);
    }

    @Test
    void aFullyAutomatedMineBuysNoFurtherAutomationSteps() {
        MiningFixture.Economy e = new MiningFixture.Economy(defaults(), new MiningFixture.Levers(), 10_000, 0);
        MiningFixture.Spec s = spec(Stage.PRODUCTION);
        s.automation = 1.0;
        Mine m = e.mine(s);
        // three months at fill 0.5 (the trigger): only sustaining capex, 600 / 12 = 50, is ordered as EQUIPMENT
        for (int i = 0; i < 3; i++) {
            e.month(m, 0.5);
            assertThat(e.orders.domesticYen(kozan.scenario.SupplierKind.EQUIPMENT)
                    + e.orders.importedYen(kozan.scenario.SupplierKind.EQUIPMENT)).as("month %d", i)
                    .isCloseTo(50.0, within(1e-9));
        }
        assertThat(m.automation(e.government)).isEqualTo(1.0);
    }
}
