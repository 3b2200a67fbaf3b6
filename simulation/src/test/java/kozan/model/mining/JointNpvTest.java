package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.scenario.CreditSpec;
import kozan.scenario.ProductSpec;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * NPV with joint revenue (issue #15, design 2.3) equals the independently summed discounted joint cash flows, with
 * the state's equity share and the reclamation bond. Ore: 250 t at 100 t/yr (3 years); products metal g 0.2 R 0.5
 * (0.1 t/t) and crit g 0.375 R 0.8 (0.3 t/t); silver credit 30 JPY/t ore; royalty 10%; opex 100 JPY/t ore; carbon
 * 100 JPY/t CO2e x 0.1 t/t x (1 - 0.5 x 0.2) = 9 JPY/t ore; sustaining 1,000 JPY/yr; capex 10,000; closure 2,000;
 * bond 0.5 of closure; grant 0.2, state equity 0.3; discount rate 10%.
 */
class JointNpvTest {

    private static MiningFixture.Spec polymetallic() {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.FEASIBILITY;
        s.oreT = 250;
        s.capacity = 100;
        s.products = List.of(new ProductSpec("metal", 0.2, 0.5), new ProductSpec("crit", 0.375, 0.8));
        s.credits = List.of(new CreditSpec("silver", 30));
        s.royalty = 0.1;
        s.opex = 100;
        s.co2e = 0.1;
        s.sustaining = 1_000;
        s.capex = 10_000;
        s.closureCost = 2_000;
        return s;
    }

    private static MiningFixture.Levers levers() {
        MiningFixture.Levers g = new MiningFixture.Levers();
        g.carbonPrice = 100;
        g.reclamationBond = 0.5;
        g.capexGrant = 0.2;
        g.stateEquity = 0.3;
        return g;
    }

    @Test
    void npvEqualsTheSumOfDiscountedJointCashFlows() {
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), levers(), 1_000, 0);
        Mine m = e.mine(polymetallic());
        // at the expectations (1,000 for both): crit earns 0.3 x 1,000 x 0.9 = 270 of v = 90 + 270 + 30 = 390,
        // s_c = 0.69 >= 0.5, so the state's equity 0.3 is offered
        assertThat(m.criticalShare()).isCloseTo(270.0 / 390.0, within(1e-12));
        // prices metal 800, crit 1,200: v = 0.1 x 800 x 0.9 + 0.3 x 1,200 x 0.9 + 30 = 72 + 324 + 30 = 426 JPY/t ore
        double v = 0.1 * 800 * 0.9 + 0.3 * 1_200 * 0.9 + 30;
        assertThat(v).isEqualTo(426.0);
        double[] ore = {100, 100, 50};
        double npv = -10_000 * (1 - 0.2 - 0.3) - 1_000; // investor's capex, bond posted
        double df = 1;
        for (double q : ore) {
            df /= 1.1;
            double cash = q * v - q * (100 + 9) - 1_000; // joint revenue - opex - carbon - sustaining
            npv += 0.7 * cash * df;                      // the investor's 1 - e of the cash
        }
        npv += (1_000 - 2_000) / Math.pow(1.1, 4);      // bond back, closure paid
        // = -6,000 + 0.7 x (30,700/1.1 + 30,700/1.21 + 14,850/1.331) - 1,000/1.4641
        assertThat(npv).isCloseTo(-6_000 + 0.7 * (30_700 / 1.1 + 30_700 / 1.21 + 14_850 / 1.331) - 1_000 / 1.4641,
                within(1e-9));
        assertThat(m.appraise(e.government, 800, 1_200)).isCloseTo(npv, within(1e-9 * Math.abs(npv)));
    }

    @Test
    void aMineThatLosesMoneyOnItsMainProductKeepsProducingOnItsJointRevenue() {
        // main product alone: 0.1 x 1,000 x 0.9 = 90 < unit cost 109; with crit and the credit v = 390 > 109
        MiningFixture.Levers g = levers();
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), g, 1_000, 0);
        MiningFixture.Spec s = polymetallic();
        s.stage = Stage.PRODUCTION;
        s.oreT = 1e9;
        Mine m = e.mine(s);
        for (int i = 0; i < 12; i++) {
            e.month(m);
        }
        assertThat(m.stage()).isEqualTo(Stage.PRODUCTION);
        // each product enters at q x g x R: 100/12 t ore a month at full ramp
        assertThat(m.productT(0)).isCloseTo(100.0 / 12 * 0.1, within(1e-9));
        assertThat(m.productT(1)).isCloseTo(100.0 / 12 * 0.3, within(1e-9));
        // revenue = products at the world price + credits: 100/12 x (100 + 300 + 30)
        assertThat(m.revenueYen()).isCloseTo(100.0 / 12 * 430, within(1e-9));
        assertThat(m.creditYen()).isCloseTo(100.0 / 12 * 30, within(1e-9));
    }
}
