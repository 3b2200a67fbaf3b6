package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * NPV appraisal against a hand-built cash flow. Deposit: 250 t ore at 100 t/yr, grade 0.5, recovery 0.8, so 2.5
 * years of ore; price 1,000 JPY/t product, royalty 10%, opex 100 + carbon 20 JPY/t ore, sustaining capex 1,000
 * JPY/yr, capex (net of grants and state equity) 10,000, bond 500, closure 2,000, discount rate 10%/yr.
 *
 * <pre>
 * year 1: q 100, product 40: 40 x 1000 x 0.9 - 100 x 120 - 1000 = 23,000   / 1.1
 * year 2: same                                                  = 23,000   / 1.21
 * year 3: q  50, product 20: 20 x 1000 x 0.9 -  50 x 120 - 1000 = 11,000   / 1.331
 * year 4: bond back - closure = 500 - 2000                      = -1,500   / 1.4641
 * t = 0 : - capex - bond                                        = -10,500
 * NPV = -10,500 + 20,909.09 + 19,008.26 + 8,264.46 - 1,024.52    = 36,657.30
 * </pre>
 */
class NpvAppraisalTest {
    private static final double EXPECTED = -10_500 + 23_000 / 1.1 + 23_000 / 1.21 + 11_000 / 1.331 - 1_500 / 1.4641;

    private static NpvAppraisal.Inputs inputs(double royalty, double capexNet, double closure, double bond, double rate,
                                              int years, double ore) {
        // joint net revenue per t ore of the one product: 0.5 x 0.8 x 1,000 x (1 - royalty)
        return new NpvAppraisal.Inputs(0.5 * 0.8 * 1_000 * (1 - royalty), 100, ore, 100, 20, 1_000, capexNet, closure, bond,
                rate, years, 0.0);
    }

    private static NpvAppraisal.Inputs base() {
        return inputs(0.1, 10_000, 2_000, 500, 0.1, 10, 250);
    }

    @Test
    void handBuiltCashFlow() {
        assertThat(EXPECTED).isCloseTo(36_657.30, within(0.01));
        assertThat(NpvAppraisal.npv(base())).isCloseTo(EXPECTED, within(1e-6));
    }

    @Test
    void royaltyIsTakenFromRevenue() {
        // +10 points of royalty: 0.1 x (40,000 / 1.1 + 40,000 / 1.21 + 20,000 / 1.331) = 8,444.78 less
        double less = 0.1 * (40_000 / 1.1 + 40_000 / 1.21 + 20_000 / 1.331);
        assertThat(NpvAppraisal.npv(inputs(0.2, 10_000, 2_000, 500, 0.1, 10, 250)))
                .isCloseTo(EXPECTED - less, within(1e-6));
    }

    @Test
    void capexIsPaidUndiscountedAtTimeZero() {
        // 4,000 less net capex (e.g. a 40% grant or equity share of 10,000) adds exactly 4,000
        assertThat(NpvAppraisal.npv(inputs(0.1, 6_000, 2_000, 500, 0.1, 10, 250))).isCloseTo(EXPECTED + 4_000, within(1e-6));
    }

    @Test
    void closureIsPaidOneYearAfterTheLastYear() {
        // +1,000 closure at year 4: 1,000 / 1.4641 = 683.01 less
        assertThat(NpvAppraisal.npv(inputs(0.1, 10_000, 3_000, 500, 0.1, 10, 250)))
                .isCloseTo(EXPECTED - 1_000 / 1.4641, within(1e-6));
    }

    @Test
    void bondCostsOnlyTheDiscountBetweenPostingAndReturn() {
        // +1,000 bond: -1,000 now, +1,000 / 1.4641 at closure
        assertThat(NpvAppraisal.npv(inputs(0.1, 10_000, 2_000, 1_500, 0.1, 10, 250)))
                .isCloseTo(EXPECTED - 1_000 + 1_000 / 1.4641, within(1e-6));
    }

    @Test
    void theFirstYearIsDiscountedOneFullYear() {
        // at a zero rate the NPV is the plain sum: -10,500 + 23,000 + 23,000 + 11,000 - 1,500 = 45,000
        assertThat(NpvAppraisal.npv(inputs(0.1, 10_000, 2_000, 500, 0.0, 10, 250))).isCloseTo(45_000, within(1e-9));
        // at 100%/yr: -10,500 + 23,000/2 + 23,000/4 + 11,000/8 - 1,500/16 = 8,031.25
        assertThat(NpvAppraisal.npv(inputs(0.1, 10_000, 2_000, 500, 1.0, 10, 250))).isCloseTo(8_031.25, within(1e-9));
    }

    @Test
    void lifeIsTheShorterOfTheAppraisalYearsAndTheOre() {
        // appraisal of 2 years: years 1-2, closure in year 3
        assertThat(NpvAppraisal.npv(inputs(0.1, 10_000, 2_000, 500, 0.1, 2, 250)))
                .isCloseTo(-10_500 + 23_000 / 1.1 + 23_000 / 1.21 - 1_500 / 1.331, within(1e-6));
        // 1,000 t of ore over a 10-year appraisal: 10 full years, no more
        double npv = NpvAppraisal.npv(inputs(0.1, 10_000, 2_000, 500, 0.0, 10, 1_000));
        assertThat(npv).isCloseTo(-10_500 + 10 * 23_000 - 1_500, within(1e-9));
        // 5,000 t of ore: still 10 years
        assertThat(NpvAppraisal.npv(inputs(0.1, 10_000, 2_000, 500, 0.0, 10, 5_000))).isCloseTo(npv, within(1e-9));
        // less ore than a year: one short year
        assertThat(NpvAppraisal.npv(inputs(0.1, 10_000, 2_000, 500, 0.0, 10, 10)))
                .isCloseTo(-10_500 + (4 * 900 - 10 * 120 - 1_000) - 1_500, within(1e-9));
    }

    @Test
    void theStatesEquityTakesItsShareOfEveryYearsCashButNotOfCapexBondOrClosure() {
        NpvAppraisal.Inputs b = base();
        NpvAppraisal.Inputs e = new NpvAppraisal.Inputs(b.netRevenueYenPerTOre(), 100, 250, 100, 20, 1_000, 10_000, 2_000,
                500, 0.1, 10, 0.25);
        // the investor keeps 0.75 of 23,000 / 1.1 + 23,000 / 1.21 + 11,000 / 1.331
        double cash = 23_000 / 1.1 + 23_000 / 1.21 + 11_000 / 1.331;
        assertThat(NpvAppraisal.npv(e)).isCloseTo(EXPECTED - 0.25 * cash, within(1e-6));
    }
}
