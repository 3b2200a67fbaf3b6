package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.policy.Government;
import kozan.scenario.MineDefaults;
import org.junit.jupiter.api.Test;

/**
 * The mine's money decisions under policy, against hand-built cash flows. Deposit: 250 t ore at 100 t/yr, grade 0.5,
 * recovery 0.8 (2.5 years); price 1,000 JPY/t product, royalty 10%, opex 100 JPY/t ore, CO2e 0.1 t/t ore, sustaining
 * capex 1,000 JPY/yr, capex 10,000, closure 2,000; discount rate 10%/yr, 10-year appraisal; electricity is 50% of
 * CO2e and the mine's own renewable share is 0.2. Policy: stringency 2 at cost effect 0.25 (c = 1.25), carbon price
 * 200 JPY/t CO2e, renewable minimum 0.6, reclamation bond 0.5 of closure cost.
 *
 * <pre>
 * carbon  = 200 x 0.1 x (1 - 0.5 x max(0.2, 0.6)) = 14 JPY/t ore;  opex x c = 125;  cost 139 JPY/t ore
 * year 1: q 100, product 40: 40 x 1000 x 0.9 - 100 x 139 - 1000 = 21,100  / 1.1
 * year 2: same                                                   = 21,100  / 1.21
 * year 3: q 50, product 20: 20 x 1000 x 0.9 - 50 x 139 - 1000    = 10,050  / 1.331
 * year 4: bond back - closure x c = 0.5 x 2500 - 2500            = -1,250  / 1.4641
 * t = 0 : - capex x c x max(0, 1 - g - e) - bond                 = -12,500 max(0, 1 - g - e) - 1,250
 * the investor keeps (1 - e) of each year's cash (issue #15: the state's equity takes e of it)
 * </pre>
 */
class MineAppraisalTest {

    /** Discounted operating cash of the three years. */
    private static final double C = 21_100 / 1.1 + 21_100 / 1.21 + 10_050 / 1.331;
    /** Bond posted at t = 0, bond back less closure in year 4. */
    private static final double B = -1_250 - 1_250 / 1.4641;
    /** NPV with the investor's capex left out and no state equity. */
    private static final double A = B + C;

    private static double[] p(double price) {
        return new double[] {price};
    }

    private static MiningFixture.Spec spec() {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.oreT = 250;
        s.capacity = 100;
        s.grade = 0.5;
        s.recovery = 0.8;
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
        g.stringency = 2;
        g.stringencyCostEffect = 0.25;
        g.carbonPrice = 200;
        g.renewableMin = 0.6;
        g.reclamationBond = 0.5;
        return g;
    }

    private static final class Case {
        final MiningFixture.Defaults d = new MiningFixture.Defaults();
        final MiningFixture.Levers g = levers();
        final MiningFixture.Spec s = spec();
        MiningFixture.Economy economy;

        MineAppraisal appraisal() {
            economy = new MiningFixture.Economy(d, g, 1_000, 0);
            MineDefaults defaults = d.build();
            return new MineAppraisal(s.build(), defaults, defaults.stageDurations(), d.pDiscover,
                    new double[] {s.grade * s.recovery}, new boolean[] {false}, null);
        }

        Government gov() {
            return economy.government;
        }
    }

    @Test
    void npvChargesStringencyCarbonRoyaltyBondAndTheInvestorsCapexShare() {
        Case c = new Case();
        MineAppraisal a = c.appraisal();
        // grant 0.3, equity 0.2: the investor pays 12,500 x 0.5 = 6,250 at t = 0 and keeps 0.8 of the cash
        assertThat(a.npv(c.gov(), p(1_000), 250, 0.3, 0.2, 0)).isCloseTo(B + 0.8 * C - 6_250, within(1e-6));
        // no state share: the whole 12,500
        assertThat(a.npv(c.gov(), p(1_000), 250, 0.0, 0.0, 0)).isCloseTo(A - 12_500, within(1e-6));
        // grant and equity cut the capex alike, but equity also takes its share of the cash
        assertThat(a.npv(c.gov(), p(1_000), 250, 0.5, 0.0, 0)).isCloseTo(A - 6_250, within(1e-6));
        assertThat(a.npv(c.gov(), p(1_000), 250, 0.0, 0.5, 0)).isCloseTo(B + 0.5 * C - 6_250, within(1e-6));
    }

    @Test
    void stateSharesAboveOneLeaveTheInvestorNoCapexButNoWindfall() {
        Case c = new Case();
        // 0.7 + 0.6 = 1.3: max(0, -0.3) = 0, the investor pays nothing (and is not paid 3,750); keeps 0.4 of the cash
        assertThat(c.appraisal().npv(c.gov(), p(1_000), 250, 0.7, 0.6, 0)).isCloseTo(B + 0.4 * C, within(1e-6));
    }

    @Test
    void npvUsesTheRemainingOreNotTheDeposit() {
        Case c = new Case();
        // 100 t left: one year of 21,100, closure in year 2: -1,250 + 21,100 / 1.1 - 1,250 / 1.21
        assertThat(c.appraisal().npv(c.gov(), p(1_000), 100, 1.0, 0.0, 0))
                .isCloseTo(-1_250 + 21_100 / 1.1 - 1_250 / 1.21, within(1e-6));
    }

    @Test
    void theMinesOwnRenewableShareCountsWhenAboveTheMinimum() {
        Case c = new Case();
        c.g.renewableMin = 0.1;
        // carbon 200 x 0.1 x (1 - 0.5 x 0.2) = 18: cost 143 JPY/t ore
        // years: 36,000 - 14,300 - 1,000 = 20,700 (x2); 18,000 - 7,150 - 1,000 = 9,850
        double expected = -1_250 + 20_700 / 1.1 + 20_700 / 1.21 + 9_850 / 1.331 - 1_250 / 1.4641;
        assertThat(c.appraisal().npv(c.gov(), p(1_000), 250, 1.0, 0.0, 0)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void unitCostIsOpexAtStringencyAndReadinessPlusCarbonPerTonneOfOre() {
        Case c = new Case();
        MineAppraisal a = c.appraisal();
        // 100 x 1.25 + 14 = 139 JPY/t ore; the multiplier passed in is the one used
        assertThat(a.unitCost(c.gov(), 1.25, 0)).isCloseTo(139, within(1e-9));
        assertThat(a.unitCost(c.gov(), 1.0, 0)).isCloseTo(100 + 14, within(1e-9));
        assertThat(a.readinessMultiplier(c.gov())).as("a land mine").isEqualTo(1.0);
    }

    @Test
    void deepSeaOpexFallsWithReadinessIncludingTheRandDGain() {
        Case c = new Case();
        c.s.deepSea = true;
        c.s.readiness = 0.75;
        c.g.rdBudgetPerYear = 12e9;
        c.g.rdReadinessPerBnYen = 0.05;
        MineAppraisal a = c.appraisal();
        // rho = 1 + 2 x (1 - 0.75) = 1.5; unit cost 125 x 1.5 + 14 = 201.5 JPY/t ore
        assertThat(a.technologyReadiness(c.gov())).isEqualTo(0.75);
        assertThat(a.readinessMultiplier(c.gov())).isCloseTo(1.5, within(1e-12));
        assertThat(a.unitCost(c.gov(), 1.25, 0)).isCloseTo(201.5, within(1e-9));
        // NPV: opex 187.5 + carbon 14 = 201.5 JPY/t ore
        // years: 36,000 - 20,150 - 1,000 = 14,850 (x2); 18,000 - 10,075 - 1,000 = 6,925
        double expected = -1_250 + 14_850 / 1.1 + 14_850 / 1.21 + 6_925 / 1.331 - 1_250 / 1.4641;
        assertThat(a.npv(c.gov(), p(1_000), 250, 1.0, 0.0, 0)).isCloseTo(expected, within(1e-6));
        // one month of R&D: JPY 1 bn cumulative x 0.05 = +0.05 readiness: rho = 1 + 2 x 0.2 = 1.4
        c.gov().step(c.economy);
        assertThat(a.technologyReadiness(c.gov())).isCloseTo(0.8, within(1e-12));
        assertThat(a.readinessMultiplier(c.gov())).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void readinessIsCappedAtOne() {
        Case c = new Case();
        c.s.deepSea = true;
        c.s.readiness = 0.99;
        c.g.rdBudgetPerYear = 12e9;
        c.g.rdReadinessPerBnYen = 0.05;
        MineAppraisal a = c.appraisal();
        c.gov().step(c.economy);
        // min(1, 0.99 + 0.05) = 1: no opex penalty left (not 1 + 2 x (-0.04) = 0.92)
        assertThat(a.technologyReadiness(c.gov())).isEqualTo(1.0);
        assertThat(a.readinessMultiplier(c.gov())).isEqualTo(1.0);
    }

    /**
     * Exploration test at its threshold. Expected durations: exploration 12, feasibility 6, permitting 12 x the
     * permitting-time multiplier 1.5 x (1 + 0.25 x (2 - 1)) = 22.5, construction 24 months: lead = 64.5 / 12 = 5.375
     * years. p_discover 0.4, exploration spend 500/month with a 25% subsidy, feasibility spend 2,000/month:
     * cost = 12 x 500 x 0.75 + 0.4 x 6 x 2,000 = 4,500 + 4,800 = 9,300. Worth exploring iff
     * 0.4 x NPV / 1.1^5.375 > 9,300, i.e. NPV > N* = 9,300 x 1.1^5.375 / 0.4 (about 38,807); with
     * NPV = A - 12,500 (1 - g) the threshold grant share is s* = 1 - (A - N*) / 12,500 (about 0.739).
     */
    @Test
    void explorationIsWorthItWhenTheDiscountedExpectedNpvExceedsTheFirmsShareOfSpending() {
        Case c = new Case();
        c.d.exploration = 12;
        c.d.feasibility = 6;
        c.d.permitting = 12;
        c.d.construction = 24;
        c.d.closure = 99;
        c.d.pDiscover = 0.4;
        c.d.explorationSpend = 500;
        c.d.feasibilitySpend = 2_000;
        c.g.explorationSubsidy = 0.25;
        c.g.permittingMultiplier = 1.5;
        c.g.stringencyTimeEffect = 0.25;
        MineAppraisal a = c.appraisal();
        double nStar = 9_300 * Math.pow(1.1, 5.375) / 0.4;
        double sStar = 1 - (A - nStar) / 12_500;
        assertThat(sStar).isBetween(0.73, 0.75);
        assertThat(a.worthExploring(c.gov(), p(1_000), 250, sStar + 1e-4, 0, 0)).isTrue();
        assertThat(a.worthExploring(c.gov(), p(1_000), 250, sStar - 1e-4, 0, 0)).isFalse();
    }

    @Test
    void aNegativeNpvIsNeverWorthExploring() {
        Case c = new Case();
        c.d.explorationSpend = 0;
        c.d.feasibilitySpend = 0;
        // at 100 JPY/t the deposit loses money every year; with nothing to spend the test is still 0 > 0: false
        assertThat(c.appraisal().worthExploring(c.gov(), p(100), 250, 0, 0, 0)).isFalse();
    }
}
