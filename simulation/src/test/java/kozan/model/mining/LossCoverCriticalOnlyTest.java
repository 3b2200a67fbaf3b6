package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.policy.FiscalLever;
import kozan.scenario.CreditSpec;
import kozan.scenario.ProductSpec;
import kozan.scenario.Stage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Loss cover never reaches a non-critical project (issue #15, design 2.4 and 5): for random state-backed projects
 * with a non-critical and a critical product (any grades, recoveries, credit, capex), under loss cover, a project
 * whose critical share s_c of joint net revenue is below 0.5 gets nothing and is abandoned; one at or above 0.5 gets
 * exactly s_c x (-NPV), booked once, and goes ahead. The NPV is made negative by a high opex.
 */
class LossCoverCriticalOnlyTest {

    @Property(tries = 200, seed = "20261205")
    void lossCoverGoesOnlyToCriticalProjectsAndPaysTheirCriticalShare(
            @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(4) double metalGrade,
            @ForAll @DoubleRange(min = 0.001, max = 0.4) @Scale(4) double critGrade,
            @ForAll @DoubleRange(min = 0.1, max = 1.0) double metalRecovery,
            @ForAll @DoubleRange(min = 0.1, max = 1.0) double critRecovery,
            @ForAll @DoubleRange(min = 0, max = 200) double credit,
            @ForAll @IntRange(min = 0, max = 2) int layout,
            @ForAll @DoubleRange(min = 0, max = 50_000) double capex) {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.lossCover = 1;
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, 1_000, 0);
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.FEASIBILITY;
        s.oreT = 2_400;
        s.stateBacked = 1;
        s.capex = capex;
        s.opex = 2_000; // above any joint revenue per t ore here (at most 1,000 x 0.9 x 0.9 + 200 = 1,010): NPV < 0
        ProductSpec metal = new ProductSpec("metal", metalGrade, metalRecovery);
        ProductSpec crit = new ProductSpec("crit", critGrade, critRecovery);
        s.products = switch (layout) {
            case 0 -> List.of(metal, crit);
            case 1 -> List.of(crit, metal);
            default -> List.of(metal); // no critical product at all
        };
        s.credits = List.of(new CreditSpec("silver", credit));
        Mine m = e.mine(s);
        double sc = m.criticalShare();
        double npv = m.appraise(e.government);
        // the independent share: critical revenue over joint revenue per t ore at the expectation 1,000 (royalty 0.2)
        double critV = layout == 2 ? 0 : critGrade * critRecovery * 1_000 * 0.8;
        double v = metalGrade * metalRecovery * 1_000 * 0.8 + critV + credit;
        assertThat(sc).isCloseTo(critV / v, within(1e-12));
        assertThat(npv).isNegative();
        for (int i = 0; i < 3; i++) {
            e.month(m);
        }
        double cover = e.government.fiscalCumulativeYen(FiscalLever.LOSS_COVER);
        if (sc < 0.5) {
            assertThat(cover).as("no cover for s_c = %s", sc).isZero();
            assertThat(m.stage()).isEqualTo(Stage.ABANDONED);
            assertThat(m.strategic()).isFalse();
        } else {
            assertThat(cover).as("cover for s_c = %s", sc).isCloseTo(sc * -npv, within(1e-9 * Math.abs(npv)));
            assertThat(m.stage()).isEqualTo(Stage.PERMITTING);
            assertThat(m.strategic()).isTrue();
        }
    }
}
