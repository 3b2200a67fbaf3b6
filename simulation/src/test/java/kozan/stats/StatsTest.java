package kozan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void tQuantilesMatchTables() {
        // Student t 97.5% quantiles from standard tables.
        assertThat(StudentT.quantile975(1)).isCloseTo(12.706204736, within(1e-8));
        assertThat(StudentT.quantile975(4)).isCloseTo(2.776445105, within(1e-8));
        assertThat(StudentT.quantile975(9)).isCloseTo(2.262157163, within(1e-8));
        assertThat(StudentT.quantile975(30)).isCloseTo(2.042272456, within(1e-8));
        assertThat(StudentT.quantile975(1_000_000)).isCloseTo(1.959966, within(1e-5));
        assertThat(StudentT.quantile975(4)).as("cached equals uncached").isEqualTo(StudentT.quantile975(4.0));
    }

    @Test
    void runningStatsGiveTheHandComputedInterval() {
        // 2, 4, 6, 8: mean 5, squared deviations 9+1+1+9 = 20, variance 20/3, sd 2.5819889;
        // half width = t(0.975, 3) * sd / 2 = 3.182446305 * 2.5819889 / 2 = 4.1085205
        RunningStats s = new RunningStats();
        for (double x : new double[] {2, 4, 6, 8}) {
            s.add(x);
        }
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.mean()).isEqualTo(5.0);
        assertThat(s.variance()).isCloseTo(20.0 / 3, within(1e-12));
        assertThat(s.ci95HalfWidth()).isCloseTo(4.1085205, within(1e-6));
    }

    @Test
    void undefinedStatisticsAreNaN() {
        RunningStats s = new RunningStats();
        assertThat(s.mean()).isNaN();
        s.add(3);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.sd()).isNaN();
        assertThat(s.ci95HalfWidth()).isNaN();
        assertThat(RunningStats.welchHalfWidth(s, s)).isNaN();
    }

    @Test
    void welchIntervalOfTwoSamples() {
        // a = 1,2,3 (var 1), b = 2,4,6 (var 4): se^2 = 1/3 + 4/3 = 5/3;
        // df = (5/3)^2 / ((1/3)^2/2 + (4/3)^2/2) = (25/9) / (17/18) = 50/17 = 2.941176
        RunningStats a = new RunningStats();
        RunningStats b = new RunningStats();
        for (int i = 1; i <= 3; i++) {
            a.add(i);
            b.add(2 * i);
        }
        double expected = StudentT.quantile975(50.0 / 17) * Math.sqrt(5.0 / 3);
        assertThat(RunningStats.welchHalfWidth(a, b)).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(4.1, within(0.1));
    }

    @Test
    void pairedDifferenceTakesTheDifferencePairByPair() {
        // baseline 10, 20, 30; scenario 13, 25, 31: differences 3, 5, 1, mean 3, sd 2;
        // half width = t(0.975, 2) * 2 / sqrt(3) = 4.302652730 * 1.1547005 = 4.9682754
        PairedDifference up = new PairedDifference(PairedDifference.Direction.SCENARIO_MINUS_BASELINE);
        PairedDifference down = new PairedDifference(PairedDifference.Direction.BASELINE_MINUS_SCENARIO);
        double[][] pairs = {{10, 13}, {20, 25}, {30, 31}};
        for (double[] p : pairs) {
            up.add(p[0], p[1]);
            down.add(p[0], p[1]);
        }
        assertThat(up.n()).isEqualTo(3);
        assertThat(up.mean()).isEqualTo(3.0);
        assertThat(up.sd()).isCloseTo(2.0, within(1e-12));
        assertThat(up.halfWidth()).isCloseTo(4.9682754, within(1e-6));
        assertThat(down.mean()).isEqualTo(-3.0);
        assertThat(down.halfWidth()).isEqualTo(up.halfWidth());
        // the same values as independent samples (Welch): variances 100 (baseline) and 84 (scenario),
        // se^2 = 100/3 + 84/3 = 184/3, df = (184/3)^2 / ((100/3)^2 / 2 + (84/3)^2 / 2) = 3.9700
        double va = 100.0 / 3;
        double vb = 84.0 / 3;
        double df = (va + vb) * (va + vb) / (va * va / 2 + vb * vb / 2);
        assertThat(df).isCloseTo(3.9700, within(1e-4));
        assertThat(up.unpairedHalfWidth()).isCloseTo(StudentT.quantile975(df) * Math.sqrt(184.0 / 3), within(1e-9))
                .isGreaterThan(4 * up.halfWidth());
    }

    @Test
    void type7PercentilesInterpolate() {
        double[] sorted = {1, 2, 3, 4, 10};
        assertThat(Quantiles.type7(sorted, 0.0)).isEqualTo(1.0);
        assertThat(Quantiles.type7(sorted, 0.05)).isCloseTo(1.2, within(1e-12));
        assertThat(Quantiles.type7(sorted, 0.5)).isEqualTo(3.0);
        assertThat(Quantiles.type7(sorted, 0.95)).isCloseTo(8.8, within(1e-12));
        assertThat(Quantiles.type7(sorted, 1.0)).isEqualTo(10.0);
        assertThat(Quantiles.type7(new double[] {7}, 0.95)).isEqualTo(7.0);
    }

    @Test
    void summaryOfASmallSampleByHand() {
        // 1, 2, 3, 4, 10: mean 4, sd sqrt(50/4); half width 2.7764451052 * 3.5355339 / sqrt(5) = 4.3899452
        SummaryStats s = SummaryStats.of(new double[] {10, 2, 1, 4, 3}, 5, Bounds.UNBOUNDED);
        assertThat(s.mean()).isEqualTo(4.0);
        assertThat(s.ci95High() - s.mean()).isCloseTo(4.3899452, within(1e-6));
        assertThat(s.p50()).isEqualTo(3.0);
    }

    @Test
    void bootstrapIsReproducibleWithASeedAndCoversTheMean() {
        double[] x = {4.1, 5.3, 3.8, 6.0, 5.1, 4.7, 5.5, 4.9};
        Bootstrap.Interval a = Bootstrap.meanInterval(x, 2000, 0.95, 42);
        Bootstrap.Interval b = Bootstrap.meanInterval(x, 2000, 0.95, 42);
        Bootstrap.Interval c = Bootstrap.meanInterval(x, 2000, 0.95, 43);
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        double mean = 4.925;
        assertThat(a.low()).isLessThan(mean).isGreaterThan(3.8);
        assertThat(a.high()).isGreaterThan(mean).isLessThan(6.0);
        // about as wide as the t interval (half width 0.5625 for this sample), a little narrower
        RunningStats s = new RunningStats();
        for (double v : x) {
            s.add(v);
        }
        assertThat(a.high() - a.low()).isCloseTo(2 * s.ci95HalfWidth(), within(0.35));
    }

    @Test
    void bootstrapOfAConstantSampleIsThatConstant() {
        Bootstrap.Interval i = Bootstrap.meanInterval(new double[] {2.5, 2.5, 2.5}, 100, 0.9, 1);
        assertThat(i.low()).isEqualTo(2.5);
        assertThat(i.high()).isEqualTo(2.5);
        assertThatThrownBy(() -> Bootstrap.meanInterval(new double[0], 10, 0.95, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
