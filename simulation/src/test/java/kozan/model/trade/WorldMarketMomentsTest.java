package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.PriceSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Moments of the world price process (docs/model.md 7.1) over 40,000 months, without mean reversion (kappa 0), trend or
 * supply disruptions: the monthly log-price change is sigma / sqrt(12) x z plus a compound-Poisson jump sum with rate
 * lambda = jump rate / 12 and N(mu, s^2) jumps. Mean lambda x mu; variance sigma^2 / 12 + lambda x (mu^2 + s^2).
 * With sigma 0.3, 6 jumps a year (lambda 0.5), mu 0.01, s 0.2: mean 0.005, variance 0.0075 + 0.5 x 0.0401 = 0.02755
 * (a small drift, so the price stays finite over the run).
 */
class WorldMarketMomentsTest {

    private static final YearMonth START = TestScenarios.START;
    private static final int MONTHS = 40_000;


    private static double[] logChanges(PriceSpec price) {
        CommoditySpec c = new CommoditySpec("tin", "Tin", "t", false, false, price, 0, 1, 0.05, 0.7, 0.02, 1.5,
                List.of(TestScenarios.source("a", 1.0, 1200, 0.0, 0.1, false)), 0.15);
        Scenario s = new Scenario(1, new Metadata("moments", null, null, List.of()), new CalendarSpec(START, 1), Mode.NORMAL,
                new RunSpec(1L, 1, List.of(2025)), TestScenarios.regions(), TestScenarios.labor(), List.of(c),
                TestScenarios.mineDefaults(), List.of(), List.of(), List.of(), List.of(),
                TestScenarios.government(List.of(), List.of(), 0, 0), List.of(), null);
        WorldMarket m = new WorldMarket(s, ScheduledEvents.of(s), 0, 20261205L);
        MarketCalendar ctx = new MarketCalendar();
        double[] d = new double[MONTHS];
        double before = Math.log(m.worldPrice());
        for (int t = 0; t < MONTHS; t++) {
            ctx.step = t;
            m.step(ctx);
            double now = Math.log(m.worldPrice());
            d[t] = now - before;
            before = now;
        }
        return d;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    @Test
    void logChangesHaveTheDiffusionAndJumpMoments() {
        double[] d = logChanges(new PriceSpec(1000, 1000, 0, 0, 0.3, 6, 0.01, 0.2, 0.1));
        // standard error of the mean: sqrt(0.02755 / 40,000) = 0.00083; of the variance about 0.02755 x sqrt(2 / n) x 1.5
        assertThat(mean(d)).isCloseTo(0.005, within(4 * 0.00083));
        assertThat(variance(d)).isCloseTo(0.02755, within(0.02755 * 0.05));
    }

    @Test
    void withoutJumpsTheChangesAreTheDiffusionAlone() {
        double[] d = logChanges(new PriceSpec(1000, 1000, 0, 0, 0.3, 0, 0.1, 0.2, 0.1));
        // mean 0 (se 0.00043), variance 0.09 / 12 = 0.0075 (se 0.0075 x sqrt(2 / 40,000) = 0.000053)
        assertThat(mean(d)).isCloseTo(0.0, within(0.0017));
        assertThat(variance(d)).isCloseTo(0.0075, within(0.0003));
    }

    @Test
    void meanReversionPullsTheLogPriceToItsLongRunLevel() {
        // kappa 1.2 a year: each month the log price moves 0.1 of the way to log 2,000; no noise, no jumps
        PriceSpec p = new PriceSpec(1000, 2000, 0, 1.2, 0, 0, 0, 0.2, 0.1);
        double[] d = logChanges(p);
        double gap = Math.log(2000) - Math.log(1000);
        assertThat(d[0]).isCloseTo(0.1 * gap, within(1e-12));
        assertThat(d[1]).isCloseTo(0.1 * 0.9 * gap, within(1e-12));
        assertThat(d[2]).isCloseTo(0.1 * 0.81 * gap, within(1e-12));
    }
}
