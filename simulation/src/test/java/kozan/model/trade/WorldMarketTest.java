package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.random.RandomStream;
import kozan.model.random.Twister;
import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.random.Seeds;
import kozan.scenario.AgreementSpec;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.PriceSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The world market's month (docs/model.md 7.1), recomputed by hand from the same random streams
 * ({@link Seeds#stream}: master seed, agent id, purpose): mean reversion to the trending long-run log price, the
 * normal and Poisson-jump terms, scheduled shocks in their first month, the premium from supply cut off, the adaptive
 * expectation; the agreement terms each source gets (hazard multiplier, volume floor, discount); fixed prices in
 * IO parity.
 */
class WorldMarketTest {

    private static final YearMonth START = TestScenarios.START;
    /**
     * A master seed under which source c is disrupted in months 0-2 (depth 0.90), b is never disrupted in months
     * 0-2, and two jumps occur in month 0 (checked in {@link #theSeedExercisesEveryTerm}).
     */
    private static final long SEED = 63L;

    // price: P0 = 1000, long run 1200 trending +6 %/yr, kappa 0.8, sigma 0.3, 12 jumps/yr (lambda 1 a month)
    // of N(0.1, 0.2^2) in log, expectation weight 0.25; price response 2.0
    private static final PriceSpec PRICE = new PriceSpec(1000, 1200, 0.06, 0.8, 0.3, 12, 0.1, 0.2, 0.25);
    private static final double RESPONSE = 2.0;

    // a: restricted (event), hazard 0, 30 % of world supply;
    // b: partner, hazard 0.4/yr, 20 % of world supply, restricted in month 1;
    // c: hazard 12/yr, mean depth 0.9, mean 3 months, 10 % of world supply, 100 t/month
    private static final ImportSourceSpec A = new ImportSourceSpec("a", 0.5, 2400, 0.1, 0.0, 0.5, 6, 0.3, false);
    private static final ImportSourceSpec B = new ImportSourceSpec("b", 0.3, 2400, 0.2, 0.4, 0.5, 6, 0.2, true);
    private static final ImportSourceSpec C = new ImportSourceSpec("c", 0.2, 1200, 0.0, 12.0, 0.9, 3, 0.1, false);
    private static final CommoditySpec NICKEL = new CommoditySpec("nickel", "Nickel", "t", true, false, PRICE, 0, 1, 0.05,
            0.7, 0.02, RESPONSE, List.of(A, B, C), 0.15);

    private static final List<EventSpec> EVENTS = List.of(
            new EventSpec("cut-a", EventKind.EXPORT_RESTRICTION, "nickel", "a", null, START, 2, 0.5, 0.0),
            new EventSpec("cut-b", EventKind.EXPORT_RESTRICTION, "nickel", "b", null, START.plusMonths(1), 1, 0.4, 0.1),
            new EventSpec("shock", EventKind.PRICE_SHOCK, "nickel", null, null, START.plusMonths(1), 3, 1, 0.3));

    private static final List<AgreementSpec> AGREEMENTS = List.of(
            new AgreementSpec("b1", "nickel", "b", 600, 0.05, 0.8, 0, START, null),
            new AgreementSpec("b2", "nickel", "b", 0, 0.0, 0.3, 0, START.plusMonths(2), null),
            new AgreementSpec("c1", "nickel", "c", 240, 0.02, 1.0, 0, START, null),
            new AgreementSpec("c2", "nickel", "c", 360, 0.03, 0.9, 0, START.plusMonths(1), START.plusMonths(1)),
            new AgreementSpec("other", "copper", "c", 1e9, 0.5, 0.0, 0, START, null));


    private static Scenario scenario(Mode mode) {
        CalendarSpec calendar = new CalendarSpec(START, 2);
        return new Scenario(1, new Metadata("world-market", null, null, List.of()), calendar, mode,
                new RunSpec(1L, 1, List.of(2026)), TestScenarios.regions(), TestScenarios.labor(), List.of(NICKEL),
                TestScenarios.mineDefaults(), List.of(), List.of(), List.of(), List.of(),
                TestScenarios.government(AGREEMENTS, List.of(), 0, 0), EVENTS, null);
    }

    private static WorldMarket market(Mode mode) {
        Scenario s = scenario(mode);
        ScheduledEvents events = new ScheduledEvents(s.events(), s.calendar(), s.steps(), s.regions(), s.commodities());
        return new WorldMarket(s, events, 0, SEED);
    }

    /** Twin of a source's disruption stream: the rule of 7.1 written out. */
    private static final class Twin {
        final RandomStream rng;
        final ImportSourceSpec spec;
        int left;
        double depth;

        Twin(ImportSourceSpec spec) {
            this.spec = spec;
            this.rng = Seeds.stream(SEED, "nickel/" + spec.id(), "disruption");
        }

        void month(double hazardMultiplier) {
            double u1 = rng.nextDouble();
            double u2 = rng.nextDouble();
            double u3 = rng.nextDouble();
            if (left > 0) {
                left--;
                if (left == 0) {
                    depth = 0;
                }
            } else if (u1 < 1 - Math.exp(-spec.hazardPerYear() * hazardMultiplier / 12)) {
                depth = Math.min(1, spec.disruptionDepth() * (0.5 + u2));
                left = Math.max(1, (int) Math.ceil(-spec.disruptionMonths() * Math.log(1 - u3)));
            }
        }
    }

    /** Poisson count by inversion, written out: the smallest k with P(X <= k) >= u. */
    private static int poisson(double u, double lambda) {
        double p = Math.exp(-lambda);
        double cdf = p;
        int k = 0;
        while (u > cdf) {
            k++;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }

    @Test
    void threeMonthsOfThePriceProcessByHand() {
        WorldMarket m = market(Mode.NORMAL);
        MarketCalendar ctx = new MarketCalendar();
        RandomStream price = Seeds.stream(SEED, "market:nickel", "price");
        RandomStream jumps = Seeds.stream(SEED, "market:nickel", "jumps");
        Twin a = new Twin(A);
        Twin b = new Twin(B);
        Twin c = new Twin(C);
        // hazard multipliers by month: b min(0.5 partner, 0.8) = 0.5, then min(0.5, 0.8, 0.3) = 0.3 from month 2;
        // c 1.0, then 0.9 in month 1 only
        double[] multB = {0.5, 0.5, 0.3};
        double[] multC = {1.0, 0.9, 1.0};
        double[] restrictionA = {0.5, 0.5, 0};
        double[] restrictionB = {0, 0.4, 0};
        double[] shock = {0, 0.1 + 0.3, 0}; // restriction b's jump + the price shock, in their first month only
        double y = Math.log(1000);
        double e = 1000;
        int jumpMonths = 0;
        for (int s = 0; s < 3; s++) {
            ctx.step = s;
            m.step(ctx);
            a.month(1.0);
            b.month(multB[s]);
            c.month(multC[s]);
            double z = price.nextGaussian();
            int k = poisson(jumps.nextDouble(), 12.0 / 12);
            double jump = 0;
            for (int i = 0; i < k; i++) {
                jump += 0.1 + 0.2 * jumps.nextGaussian();
            }
            jumpMonths += k > 0 ? 1 : 0;
            double logLongRun = Math.log(1200) + 0.06 * (s + 1) / 12.0;
            y += 0.8 * (logLongRun - y) / 12.0 + 0.3 / Math.sqrt(12.0) * z + jump + shock[s];
            double lost = 0.3 * Math.max(a.depth, restrictionA[s]) + 0.2 * Math.max(b.depth, restrictionB[s])
                    + 0.1 * c.depth;
            double p = Math.exp(y + RESPONSE * lost);
            e += 0.25 * (p - e);
            assertThat(m.responseLog()).as("premium, month %d", s).isCloseTo(RESPONSE * lost, within(1e-12));
            assertThat(m.worldPrice()).as("price, month %d", s).isCloseTo(p, within(p * 1e-12));
            assertThat(m.expectation()).as("expectation, month %d", s).isCloseTo(e, within(e * 1e-12));
            assertThat(m.source(2).lostShare()).as("c lost, month %d", s).isCloseTo(c.depth, within(1e-15));
        }
        // the fixture exercises the jump term: jumps in at least one month under this seed
        assertThat(jumpMonths).isPositive();
    }

    @Test
    void theSeedExercisesEveryTerm() {
        // precondition of the other tests, from the twin streams alone
        Twin c = new Twin(C);
        c.month(1.0);
        assertThat(c.depth).isGreaterThan(0.8).isLessThan(1.0);
        assertThat(c.left).isEqualTo(3);
        Twin b = new Twin(B);
        for (int s = 0; s < 3; s++) {
            b.month(0.5);
            assertThat(b.depth).isZero();
        }
        assertThat(poisson(Seeds.stream(SEED, "market:nickel", "jumps").nextDouble(), 1.0)).isEqualTo(2);
    }

    @Test
    void agreementTermsInForceSetHazardVolumeFloorAndDiscount() {
        WorldMarket m = market(Mode.NORMAL);
        MarketCalendar ctx = new MarketCalendar();
        // at construction (start month): b min(0.5 partner, 0.8) = 0.5 -> 0.2/yr; c 12/yr; the copper agreement
        // on a source also called c does not count
        assertThat(m.source(1).hazardPerYear()).isCloseTo(0.4 * 0.5, within(1e-15));
        assertThat(m.source(2).hazardPerYear()).isEqualTo(12.0);
        assertThat(m.source(0).hazardPerYear()).isZero();

        ctx.step = 0;
        m.step(ctx);
        double p = m.worldPrice();
        // c disrupted at depth > 0.8 leaves < 20 t; floor = c1's 240 t/yr / 12 = 20 t
        assertThat(m.source(2).availableTPerMonth()).isCloseTo(20, within(1e-12));
        // a: restriction 0.5 on 200 t -> 100 t; b: 200 t (not disrupted at p = 1.7 % a month under this seed)
        assertThat(m.source(0).availableTPerMonth()).isCloseTo(100, within(1e-12));
        assertThat(m.importPrice(0)).isCloseTo(p * 1.1, within(p * 1e-12));
        assertThat(m.importPrice(1)).isCloseTo(p * (1 + 0.2 - 0.05), within(p * 1e-12));
        assertThat(m.importPrice(2)).isCloseTo(p * (1 - 0.02), within(p * 1e-12));

        ctx.step = 1;
        m.step(ctx);
        p = m.worldPrice();
        // month 1: c1 + c2 in force: floor (240 + 360) / 12 = 50 t, hazard 12 x min(1, 1.0, 0.9) = 10.8,
        // discount the larger of 0.02 and 0.03 (not their sum)
        assertThat(m.source(2).availableTPerMonth()).isCloseTo(50, within(1e-12));
        assertThat(m.source(2).hazardPerYear()).isCloseTo(10.8, within(1e-12));
        assertThat(m.importPrice(2)).isCloseTo(p * (1 - 0.03), within(p * 1e-12));
        // b restricted 0.4 in month 1: 200 x 0.6 = 120 t, its 50 t floor does not apply under a restriction anyway
        assertThat(m.source(1).availableTPerMonth()).isCloseTo(120, within(1e-12));

        ctx.step = 2;
        m.step(ctx);
        // month 2: c2 has expired (to = month 1); b2 starts: b hazard 0.4 x min(0.5, 0.8, 0.3) = 0.12
        assertThat(m.source(2).hazardPerYear()).isEqualTo(12.0);
        assertThat(m.importPrice(2)).isCloseTo(m.worldPrice() * (1 - 0.02), within(m.worldPrice() * 1e-12));
        assertThat(m.source(1).hazardPerYear()).isCloseTo(0.12, within(1e-15));
    }

    @Test
    void supplyRiskIsTheShareWeightedPerceivedHazardOverItsStartValue() {
        WorldMarket m = market(Mode.NORMAL);
        MarketCalendar ctx = new MarketCalendar();
        // start: a 0/yr, b 0.4 x 0.5 (partner, b1) = 0.2/yr, c 12/yr: 0.5 x 0 + 0.3 x 0.2 + 0.2 x 12 = 2.46
        double start = 0.3 * 0.2 + 0.2 * 12;
        ctx.step = 0;
        m.step(ctx);
        // month 0: a restricted, perceived at 1/yr
        assertThat(m.riskRatio()).isCloseTo((0.5 * 1 + 0.3 * 0.2 + 0.2 * 12) / start, within(1e-12));
        assertThat(m.restrictionInForce()).isTrue();
        assertThat(m.source(0).perceivedHazardPerYear(24)).isEqualTo(1.0);
        ctx.step = 1;
        m.step(ctx);
        // month 1: a and b restricted (1/yr each), c at 12 x 0.9 = 10.8/yr (c2 in force)
        assertThat(m.riskRatio()).isCloseTo((0.5 + 0.3 + 0.2 * 10.8) / start, within(1e-12));
        assertThat(m.restrictionInForce()).isTrue();
        ctx.step = 2;
        m.step(ctx);
        // month 2: no restriction in force, both remembered (b's hazard in force 0.12 counts as 1), c back at 12
        assertThat(m.riskRatio()).isCloseTo((0.5 + 0.3 + 0.2 * 12) / start, within(1e-12));
        assertThat(m.restrictionInForce()).isFalse();
        assertThat(m.source(1).hazardPerYear()).isCloseTo(0.12, within(1e-15));
        assertThat(m.source(1).perceivedHazardPerYear(24)).isEqualTo(1.0);
        assertThat(m.source(1).perceivedHazardPerYear(0)).isCloseTo(0.12, within(1e-15));
    }

    @Test
    void ioParityKeepsPricesAndExpectationFixedAndVolumesUnlimited() {
        WorldMarket m = market(Mode.IO_PARITY);
        MarketCalendar ctx = new MarketCalendar();
        for (int s = 0; s < 3; s++) {
            ctx.step = s;
            m.step(ctx);
            assertThat(m.worldPrice()).isEqualTo(1000);
            assertThat(m.expectation()).isEqualTo(1000);
            assertThat(m.responseLog()).isZero();
            assertThat(m.source(2).disrupted()).isFalse();
            assertThat(m.source(0).availableTPerMonth()).isEqualTo(Double.MAX_VALUE / 1e6);
        }
    }
}
