package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.random.RandomStream;
import kozan.model.random.Twister;
import kozan.scenario.ImportSourceSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The source-choice logit works on changes of premium and perceived hazard since the start month (hand-computed
 * shares); a source restricted within the risk memory is perceived at the restricted hazard.
 */
class ImportAllocatorLogitTest {

    private static final double BETA = 5.0;
    private static final double RISK_AVERSION = 2.0;
    /** Risk memory, months: a restricted source is perceived as restricted this long after the restriction ends. */
    private static final int MEMORY = 2;

    private ImportSource a;
    private ImportSource b;
    private ImportSource[] sources;

    @BeforeEach
    void twoSources() {
        // base shares 0.6 / 0.4, premiums 0.1 / 0.3, hazards 0.2 / 1.0 per year, 1200 t/yr each (100 t/month)
        a = new ImportSource(new ImportSourceSpec("a", 0.6, 1200, 0.1, 0.2, 0.5, 6, 0.1, false), new Twister(1));
        b = new ImportSource(new ImportSourceSpec("b", 0.4, 1200, 0.3, 1.0, 0.5, 6, 0.1, false), new Twister(2));
        sources = new ImportSource[] {a, b};
        a.setAgreement(1.0, 0, 0);
        b.setAgreement(1.0, 0, 0);
    }

    private double[] take(ImportAllocator allocator, double demand) {
        a.advance(false, false);
        b.advance(false, false);
        double[] out = new double[2];
        double got = allocator.take(sources, demand, BETA, RISK_AVERSION, out);
        assertThat(got).isCloseTo(out[0] + out[1], within(1e-9));
        return out;
    }

    @Test
    void unchangedTermsReproduceTheBaseSharesWhateverThePremiumAndHazardLevels() {
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        assertThat(take(allocator, 50)).containsExactly(new double[] {30, 20}, within(1e-9));
    }

    @Test
    void aDiscountSinceTheStartShiftsDemandToTheSource() {
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        b.setAgreement(1.0, 0, 0.1); // premium of b falls by 0.1: weight 0.4 exp(5 x 0.1)
        assertThat(take(allocator, 100)).containsExactly(new double[] {47.6383862223051, 52.3616137776949}, within(1e-9));
    }

    @Test
    void aLowerHazardSinceTheStartShiftsDemandByRiskAversion() {
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        a.setAgreement(0.5, 0, 0); // hazard of a 0.2 -> 0.1: weight 0.6 exp(5 x 2 x 0.1)
        assertThat(take(allocator, 100)).containsExactly(new double[] {80.3049686686028, 19.695031331397193}, within(1e-9));
    }

    @Test
    void aRestrictedSourceIsAvoidedWhileRememberedThenBuyersReturn() {
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        a.setRestriction(0.5); // month 0: a restricted, perceived at 1/yr instead of 0.2
        double[] during = take(allocator, 50); // a capped at 50 t; weight 0.6 exp(-5 x 2 x 0.8) against 0.4
        double wa = 0.6 * Math.exp(-8.0);
        assertThat(during[0]).isCloseTo(50 * wa / (wa + 0.4), within(1e-9));
        for (int month = 1; month <= MEMORY; month++) {
            a.setRestriction(0); // the restriction is over but remembered for MEMORY months
            double[] after = take(allocator, 50);
            assertThat(after[0]).as("month %d", month).isCloseTo(50 * wa / (wa + 0.4), within(1e-9));
            assertThat(after[1]).as("month %d", month).isCloseTo(50 * 0.4 / (wa + 0.4), within(1e-9));
        }
        a.setRestriction(0); // memory over: the base shares again
        assertThat(take(allocator, 50)).containsExactly(new double[] {30, 20}, within(1e-9));
    }

    @Test
    void aRestrictionMovesNothingWhereTheHazardIsAlreadyAtTheRestrictedLevel() {
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        b.setRestriction(0.5); // b's hazard is 1/yr already: perceived unchanged
        b.setRestriction(0);
        assertThat(take(allocator, 50)).containsExactly(new double[] {30, 20}, within(1e-9));
        assertThat(b.perceivedHazardPerYear(MEMORY)).isEqualTo(1.0);
        assertThat(a.perceivedHazardPerYear(MEMORY)).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void termsInForceAtTheStartAreTheReferenceNotZero() {
        b.setAgreement(0.5, 0, 0.1); // already discounted and safer at the start month
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        assertThat(take(allocator, 50)).containsExactly(new double[] {30, 20}, within(1e-9));
    }

    @Test
    void spillsOverWhenTheFavouredSourceRunsOut() {
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        a.setAgreement(0.5, 0, 0);
        double[] out = take(allocator, 150); // a would get 120.5 t but ships at most 100 t a month
        assertThat(out[0]).isCloseTo(100, within(1e-9));
        assertThat(out[1]).isCloseTo(50, within(1e-9));
        assertThat(a.remainingTPerMonth()).isCloseTo(0, within(1e-9));
        assertThat(b.remainingTPerMonth()).isCloseTo(50, within(1e-9));
    }

    @Test
    void noDemandTakesNothing() {
        ImportAllocator allocator = new ImportAllocator(sources, MEMORY);
        assertThat(take(allocator, 0)).containsExactly(0, 0);
        assertThat(a.remainingTPerMonth()).isEqualTo(100);
    }

    @Test
    void weightIsShareTimesExpOfMinusBetaCost() {
        assertThat(ImportAllocator.weight(0.5, 0.2, 0.1, 2.0, 3.0)).isCloseTo(0.5 * Math.exp(-2.0 * (0.2 + 3.0 * 0.1)), within(1e-15));
        assertThat(ImportAllocator.weight(0.5, 0.0, 0.0, 2.0, 3.0)).isEqualTo(0.5);
    }
}
