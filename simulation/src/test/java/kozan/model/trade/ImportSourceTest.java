package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.random.RandomStream;
import kozan.scenario.ImportSourceSpec;
import org.junit.jupiter.api.Test;

/**
 * One import source's month (docs/model.md 7.1): disruption start when u1 &lt; 1 - exp(-h/12), depth
 * min(1, depth x (0.5 + u2)), duration max(1, ceil(-months x ln(1 - u3))), available volume with the agreement floor
 * and export restrictions, the hazard and premium in force. The uniforms are scripted, so every value is by hand.
 */
class ImportSourceTest {

    /** A stream that hands out the given uniforms in order (three per month). */
    private static final class Scripted implements RandomStream {
        private final double[] u;
        private int next;

        Scripted(double... u) {
            this.u = u;
        }

        @Override
        public double nextDouble() {
            return u[next++];
        }

        @Override
        public double nextGaussian() {
            throw new AssertionError("an import source draws only uniforms");
        }
    }

    /** 1200 t/yr (base 100 t/month), premium 0.1, hazard 6/yr, mean depth 0.6, mean 4 months. */
    private static ImportSourceSpec spec() {
        return new ImportSourceSpec("x", 1.0, 1200, 0.1, 6.0, 0.6, 4, 0.2, false);
    }

    private static ImportSource source(ImportSourceSpec spec, double... uniforms) {
        ImportSource s = new ImportSource(spec, new Scripted(uniforms));
        s.setAgreement(1.0, 0, 0);
        return s;
    }

    // monthly start probability at h = 6/yr: 1 - exp(-6/12) = 0.3934693402873666
    private static final double P6 = 1 - Math.exp(-0.5);

    @Test
    void aDisruptionStartsBelowTheMonthlyProbabilityWithDrawnDepthAndDuration() {
        assertThat(P6).isCloseTo(0.3934693402873666, within(1e-15));
        // u1 = 0.39 < 0.3935: starts; depth = min(1, 0.6 x (0.5 + 0.25)) = 0.45;
        // duration = max(1, ceil(-4 ln(1 - 0.5))) = ceil(2.7726) = 3 months
        ImportSource s = source(spec(), 0.39, 0.25, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        s.advance(true, false);
        assertThat(s.disrupted()).isTrue();
        assertThat(s.lostShare()).isCloseTo(0.45, within(1e-15));
        assertThat(s.availableTPerMonth()).isCloseTo(100 * (1 - 0.45), within(1e-12)); // 55 t
        // months 2 and 3 of the disruption: still 55 t, and u1 = 0 starts nothing while disrupted
        s.advance(true, false);
        assertThat(s.availableTPerMonth()).isCloseTo(55, within(1e-12));
        s.advance(true, false);
        assertThat(s.availableTPerMonth()).isCloseTo(55, within(1e-12));
        // month 4: the 3 months are over, full volume; the month it ends no new disruption starts (u1 = 0)
        s.advance(true, false);
        assertThat(s.disrupted()).isFalse();
        assertThat(s.lostShare()).isZero();
        assertThat(s.availableTPerMonth()).isCloseTo(100, within(1e-12));
        // month 5: not disrupted at the start of the month, u1 = 0 < p starts the next one
        // (depth 0.6 x 0.5 = 0.3, duration max(1, ceil(-4 ln 1)) = 1)
        s.advance(true, false);
        assertThat(s.disrupted()).isTrue();
        assertThat(s.availableTPerMonth()).isCloseTo(70, within(1e-12));
    }

    @Test
    void noDisruptionJustAboveTheMonthlyProbability() {
        // u1 = 0.40 > 1 - exp(-0.5) = 0.3935 (but < 1 - exp(-6) and < 6/12): no disruption
        ImportSource s = source(spec(), 0.40, 0.99, 0.99);
        s.advance(true, false);
        assertThat(s.disrupted()).isFalse();
        assertThat(s.availableTPerMonth()).isEqualTo(100);
        assertThat(s.remainingTPerMonth()).isEqualTo(100);
    }

    @Test
    void depthIsCappedAtOneAndDurationIsAtLeastOneMonth() {
        // depth 0.9 x (0.5 + 0.9) = 1.26 -> 1; duration ceil(-4 ln(1 - 0)) = 0 -> 1 month
        ImportSource s = source(new ImportSourceSpec("x", 1.0, 1200, 0.1, 6.0, 0.9, 4, 0.2, false), 0.1, 0.9, 0.0, 0.9, 0.9, 0.9);
        s.advance(true, false);
        assertThat(s.lostShare()).isEqualTo(1.0);
        assertThat(s.availableTPerMonth()).isZero();
        s.advance(true, false);
        assertThat(s.disrupted()).isFalse();
        assertThat(s.availableTPerMonth()).isEqualTo(100);
    }

    @Test
    void durationIsTheExponentialQuantileRoundedUp() {
        // mean 6 months, u3 = 0.9: -6 ln(0.1) = 13.8155 -> 14 months disrupted, back on the 15th
        // draws: u1 = 0.1 (< p), u2 = 0.5 (depth 0.5 x 1.0), u3 = 0.9; zeros after
        double[] u = new double[3 * 15];
        u[0] = 0.1;
        u[1] = 0.5;
        u[2] = 0.9;
        ImportSource s = source(new ImportSourceSpec("x", 1.0, 1200, 0.0, 6.0, 0.5, 6, 0.2, false), u);
        for (int month = 1; month <= 14; month++) {
            s.advance(true, false);
            assertThat(s.availableTPerMonth()).as("month %d", month).isCloseTo(50, within(1e-12));
        }
        s.advance(true, false);
        assertThat(s.availableTPerMonth()).isEqualTo(100);
    }

    @Test
    void theAgreementHazardMultiplierLowersTheStartProbability() {
        // multiplier 0.5: h = 3/yr, p = 1 - exp(-0.25) = 0.2212; u1 = 0.3 starts nothing (it would at 6/yr)
        ImportSource s = source(spec(), 0.3, 0.5, 0.5);
        s.setAgreement(0.5, 0, 0);
        assertThat(s.hazardPerYear()).isEqualTo(3.0);
        s.advance(true, false);
        assertThat(s.disrupted()).isFalse();
        // and u1 = 0.22 < 0.2212 does start one
        ImportSource t = source(spec(), 0.22, 0.5, 0.5);
        t.setAgreement(0.5, 0, 0);
        t.advance(true, false);
        assertThat(t.disrupted()).isTrue();
    }

    @Test
    void theAgreementVolumeIsAFloorDuringRandomDisruptionsOnly() {
        // disruption depth 0.6 x (0.5 + 0.5) = 0.6: 40 t; guarantee 600 t/yr = 50 t/month raises it to 50 t
        ImportSource s = source(spec(), 0.0, 0.5, 0.5);
        s.setAgreement(1.0, 600, 0);
        s.advance(true, false);
        assertThat(s.availableTPerMonth()).isCloseTo(50, within(1e-12));

        // same disruption under a 0.3 export restriction: no floor, min(40, 100 x 0.7) = 40 t; lost = max(0.6, 0.3)
        ImportSource r = source(spec(), 0.0, 0.5, 0.5);
        r.setAgreement(1.0, 600, 0);
        r.setRestriction(0.3);
        r.advance(true, false);
        assertThat(r.availableTPerMonth()).isCloseTo(40, within(1e-12));
        assertThat(r.lostShare()).isCloseTo(0.6, within(1e-15));

        // a guarantee above the base volume floors at the base: 2400 t/yr = 200 t/month -> min(200, 100) = 100 t
        ImportSource g = source(spec(), 0.0, 0.5, 0.5);
        g.setAgreement(1.0, 2400, 0);
        g.advance(true, false);
        assertThat(g.availableTPerMonth()).isCloseTo(100, within(1e-12));
    }

    @Test
    void anExportRestrictionCutsOnTopAndTheDeeperCutIsTheLoss() {
        // no disruption (u1 above p), restriction 0.7: min(100, 100 x 0.3) = 30 t even with a 50 t guarantee
        ImportSource s = source(spec(), 0.9, 0.5, 0.5);
        s.setAgreement(1.0, 600, 0);
        s.setRestriction(0.7);
        s.advance(true, false);
        assertThat(s.availableTPerMonth()).isCloseTo(30, within(1e-12));
        assertThat(s.lostShare()).isEqualTo(0.7);
        // a disruption of 0.6 under a 0.8 restriction: min(40, 20) = 20 t, lost 0.8
        ImportSource t = source(spec(), 0.0, 0.5, 0.5);
        t.setRestriction(0.8);
        t.advance(true, false);
        assertThat(t.availableTPerMonth()).isCloseTo(20, within(1e-12));
        assertThat(t.lostShare()).isEqualTo(0.8);
    }

    @Test
    void withoutRandomDisruptionsNothingStartsButThreeUniformsAreStillDrawn() {
        Scripted rng = new Scripted(0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        ImportSource s = new ImportSource(spec(), rng);
        s.setAgreement(1.0, 0, 0);
        s.advance(false, false);
        assertThat(s.disrupted()).isFalse();
        assertThat(s.availableTPerMonth()).isEqualTo(100);
        assertThat(rng.next).isEqualTo(3);
        s.advance(false, true); // unconstrained (IO parity): volume unlimited
        assertThat(s.availableTPerMonth()).isEqualTo(Double.MAX_VALUE / 1e6);
        assertThat(rng.next).isEqualTo(6);
    }

    @Test
    void threeUniformsAreDrawnEveryMonthWhileDisrupted() {
        Scripted rng = new Scripted(0.0, 0.5, 0.5, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7);
        ImportSource s = new ImportSource(spec(), rng);
        s.setAgreement(1.0, 0, 0);
        s.advance(true, false);
        s.advance(true, false);
        s.advance(true, false);
        assertThat(rng.next).isEqualTo(9);
    }

    @Test
    void takingDrawsDownTheRemainingVolumeNotBelowZero() {
        ImportSource s = source(spec(), 0.9, 0.5, 0.5);
        s.advance(true, false);
        s.take(30);
        assertThat(s.remainingTPerMonth()).isCloseTo(70, within(1e-12));
        s.take(100);
        assertThat(s.remainingTPerMonth()).isZero();
        assertThat(s.availableTPerMonth()).isEqualTo(100);
    }

    @Test
    void effectivePremiumIsThePremiumMinusTheDiscount() {
        ImportSource s = source(spec(), 0.9, 0.5, 0.5);
        s.setAgreement(1.0, 0, 0.04);
        assertThat(s.effectivePremium()).isCloseTo(0.1 - 0.04, within(1e-15));
    }
}
