package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import kozan.model.random.Seeds;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * The government's mining levers in paired runs of one controlled mine on the {@link MiningFixture.Economy} stub, with
 * and without the lever (same seed, FIXED stage durations: exploration 4, feasibility 3, permitting 8, construction 6,
 * closure 4 months; ramp-up 4 months; 100 t ore a month at full capacity).
 */
class GovernmentLeversTest {

    /** Months the mine worked in each stage (counted by the stage it began each month in) until it is reclaimed. */
    private static Map<Stage, Integer> life(double permittingMultiplier) {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.permittingMultiplier = permittingMultiplier;
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, 10_000, 0);
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.EXPLORATION;
        s.oreT = 1_000;
        Mine m = e.mine(s);
        Map<Stage, Integer> months = new EnumMap<>(Stage.class);
        for (int i = 0; i < 200 && m.stage() != Stage.RECLAIMED; i++) {
            months.merge(m.stage(), 1, Integer::sum);
            e.month(m);
        }
        assertThat(m.stage()).isEqualTo(Stage.RECLAIMED);
        return months;
    }

    @Test
    void thePermittingMultiplierLengthensPermittingAndNoOtherStage() {
        Map<Stage, Integer> base = life(1.0);
        Map<Stage, Integer> slow = life(2.0);
        // production: ramp 25 + 50 + 75 t, then 100 t a month; 1,000 t last 3 + 8 + 1 = 12 months
        assertThat(base).containsExactlyInAnyOrderEntriesOf(Map.of(Stage.EXPLORATION, 4, Stage.FEASIBILITY, 3,
                Stage.PERMITTING, 8, Stage.CONSTRUCTION, 6, Stage.PRODUCTION, 12, Stage.CLOSURE, 4));
        // 8 x 2 = 16 months of permitting; every other stage as long as without the lever
        assertThat(slow).containsExactlyInAnyOrderEntriesOf(Map.of(Stage.EXPLORATION, 4, Stage.FEASIBILITY, 3,
                Stage.PERMITTING, 16, Stage.CONSTRUCTION, 6, Stage.PRODUCTION, 12, Stage.CLOSURE, 4));
        // a multiplier below 1 shortens it: 8 x 0.6 = 4.8, rounded to 5 months
        assertThat(life(0.6)).containsEntry(Stage.PERMITTING, 5).containsEntry(Stage.CONSTRUCTION, 6)
                .containsEntry(Stage.EXPLORATION, 4);
    }

    /**
     * One-year deposit (600 t ore, capacity 1,200 t/yr): product 600 x 0.5 x 0.8 = 240 t, revenue net of the 20%
     * royalty 192 P, opex 600 x 100 = 60,000, sustaining capex 600, closure 2,000 a year after, capex 12,000:
     * NPV(P) = -capex_net + (192 P - 60,600) / 1.1 - 2,000 / 1.21. At the price P0 where NPV = -50 without support,
     * a 1% grant (capex_net 11,880) makes it +70.
     */
    private static final double P0 = (1.1 * (12_000 - 50 + 2_000 / 1.21) + 60_600) / 192;

    private static Mine feasibility(MiningFixture.Economy e, String commodity) {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.FEASIBILITY;
        s.oreT = 600;
        s.commodity = commodity;
        return e.mine(s);
    }

    private static Mine decided(double grant, double equity, String commodity) {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.capexGrant = grant;
        g.stateEquity = equity;
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, P0, 0);
        Mine m = feasibility(e, commodity);
        for (int i = 0; i < 3; i++) {
            e.month(m);
        }
        return m;
    }

    /**
     * The development decision reads the levers in force when it is taken, not those of the mine's first month: a
     * targeted 1% grant from the second month turns the -50 NPV of the same marginal project into +70 at its decision.
     */
    @Test
    void theDevelopmentDecisionUsesTheGrantInForceAtTheDecision() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.targeted = java.util.List.of(new kozan.scenario.TargetedSupportSpec("m", kozan.model.TestScenarios.START.plusMonths(1),
                0.01, 0, 0));
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, P0, 0);
        Mine m = feasibility(e, "metal");
        assertThat(m.appraise(e.government, P0)).as("month 0: no grant yet").isCloseTo(-50, within(1e-6));
        for (int i = 0; i < 3; i++) {
            e.government.step(e); // the policy phase reads the levers of the month before the mines move
            e.month(m);
        }
        assertThat(m.stage()).isEqualTo(Stage.PERMITTING);
    }

    @Test
    void aGrantOrStateEquityTurnsAMarginalNpvPositive() {
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), P0, 0);
        assertThat(feasibility(e, "metal").appraise(e.government, P0)).isCloseTo(-50, within(1e-6));
        assertThat(decided(0, 0, "metal").stage()).isEqualTo(Stage.ABANDONED);
        assertThat(decided(0, 0, "crit").stage()).isEqualTo(Stage.ABANDONED);
        // with the lever: +70
        Mine granted = decided(0.01, 0, "metal");
        assertThat(granted.stage()).isEqualTo(Stage.PERMITTING);
        assertThat(decided(0.01, 0, "crit").stage()).isEqualTo(Stage.PERMITTING);
        // 1% equity pays 1% of capex but also takes 1% of the cash (issue #15):
        // -11,880 + 0.99 x 13,602.89 - 1,652.89 = -66.03, so the same project is abandoned
        assertThat(decided(0, 0.01, "crit").stage()).isEqualTo(Stage.ABANDONED);
        // equity is offered to critical minerals only
        assertThat(decided(0, 0.01, "metal").stage()).isEqualTo(Stage.ABANDONED);
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.capexGrant = 0.01;
        MiningFixture.Economy withGrant = new MiningFixture.Economy(new MiningFixture.Defaults(), g, P0, 0);
        Mine m = feasibility(withGrant, "metal");
        for (int i = 0; i < 3; i++) {
            withGrant.month(m);
        }
        assertThat(m.appraise(withGrant.government, P0)).isCloseTo(70, within(1e-6));
    }

    @Test
    void explorationFindsTheDepositWithTheDiscoveryProbabilityAtTheEndOfExploration() {
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        int n = 2_000;
        int[] found = new int[3];
        int expectedAtHalf = 0;
        double[] ps = {0.0, 0.3, 1.0};
        for (int i = 0; i < n; i++) {
            String id = "x" + i;
            StageClock twin = new StageClock(Seeds.stream(MiningFixture.SEED, id, "durations"),
                    Seeds.stream(MiningFixture.SEED, id, "discovery"));
            expectedAtHalf += twin.discovers(0.3) ? 1 : 0;
            for (int k = 0; k < ps.length; k++) {
                MiningFixture.Spec s = new MiningFixture.Spec();
                s.id = id;
                s.stage = Stage.EXPLORATION;
                s.pDiscover = ps[k];
                Mine m = e.mine(s);
                for (int month = 0; month < 3; month++) {
                    m.step(e);
                }
                assertThat(m.stage()).isEqualTo(Stage.EXPLORATION);
                m.step(e);
                // the outcome is known at the end of the 4th month: feasibility or abandoned
                assertThat(m.stage()).isIn(Stage.FEASIBILITY, Stage.ABANDONED);
                found[k] += m.stage() == Stage.FEASIBILITY ? 1 : 0;
            }
        }
        assertThat(found[0]).as("p 0").isZero();
        assertThat(found[2]).as("p 1").isEqualTo(n);
        // p 0.3: each mine's own pre-drawn uniform decides; the count is binomial(2000, 0.3): 600 +- 3 sd of 20.5
        assertThat(found[1]).isEqualTo(expectedAtHalf);
        assertThat(found[1]).isBetween(538, 662);
    }
}
