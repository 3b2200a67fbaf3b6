package kozan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.observe.MetricDef;
import kozan.observe.Metrics;
import org.junit.jupiter.api.Test;

/** Intervals that stay inside what a quantity can be: shares in [0, 1], non-negative quantities >= 0. */
class BoundsTest {

    private static final double T3 = 3.182446305284263; // t(0.975, 3 df)

    @Test
    void aShareOfThreeOnesAndAZeroGetsALogitIntervalInsideZeroOne() {
        // {0, 1, 1, 1}: mean 0.75, sd 0.5, half = 3.1824463 * 0.5 / 2 = 0.79561158 (t: [-0.046, 1.546]);
        // logit(0.75) = ln 3 = 1.0986123, half on the logit scale = 0.79561158 / (0.75 * 0.25) = 4.2432617,
        // [1 / (1 + exp(3.1446494)), 1 / (1 + exp(-5.3418740))] = [0.0413026231, 0.9952359136]
        SummaryStats s = SummaryStats.of(new double[] {0, 1, 1, 1}, 4, Bounds.SHARE);
        assertThat(s.ci95Low()).isCloseTo(0.041302623139598, within(1e-12));
        assertThat(s.ci95High()).isCloseTo(0.995235913639094, within(1e-12));
    }

    @Test
    void aSmallShareKeepsItsLowerLimitAboveZero() {
        // {0, 0, 0, 0.1}: mean 0.025, sd 0.05, half = 0.0795612 (t: low -0.0546); logit scale half
        // 0.0795612 / (0.025 * 0.975) = 3.2640475 around logit(0.025) = -3.6635616: [0.00097938180, 0.40142907532]
        SummaryStats s = SummaryStats.of(new double[] {0, 0, 0, 0.1}, 4, Bounds.SHARE);
        assertThat(s.ci95Low()).isCloseTo(0.000979381801211, within(1e-12));
        assertThat(s.ci95High()).isCloseTo(0.401429075317473, within(1e-12));
    }

    @Test
    void aNonNegativeQuantityGetsALogIntervalAboveZero() {
        // {1, 2, 3, 4, 10}: mean 4, half 4.38994517 (t: [-0.39, 8.39]); f = exp(4.38994517 / 4) = 2.99663,
        // [4 / f, 4 * f] = [1.33483550865, 11.9864956366]
        SummaryStats s = SummaryStats.of(new double[] {10, 2, 1, 4, 3}, 5, Bounds.NON_NEGATIVE);
        assertThat(s.ci95Low()).isCloseTo(1.3348355086463, within(1e-9));
        assertThat(s.ci95High()).isCloseTo(11.986495636624, within(1e-9));
    }

    @Test
    void signedQuantitiesKeepTheTInterval() {
        double half = T3 * 0.5 / 2;
        assertThat(Bounds.UNBOUNDED.ci95(0.75, half)).containsExactly(0.75 - half, 0.75 + half);
    }

    @Test
    void valuesOnABoundWithoutSpreadGetThePointOnTheBound() {
        for (Bounds b : Bounds.values()) {
            assertThat(SummaryStats.of(new double[] {0, 0, 0}, 3, b).ci95Low()).isEqualTo(0.0);
            assertThat(SummaryStats.of(new double[] {0, 0, 0}, 3, b).ci95High()).isEqualTo(0.0);
        }
        SummaryStats ones = SummaryStats.of(new double[] {1, 1, 1, 1}, 4, Bounds.SHARE);
        assertThat(new double[] {ones.ci95Low(), ones.ci95High()}).containsExactly(1.0, 1.0);
        SummaryStats flat = SummaryStats.of(new double[] {0.4, 0.4}, 2, Bounds.SHARE);
        assertThat(new double[] {flat.ci95Low(), flat.ci95High()}).containsExactly(0.4, 0.4);
    }

    @Test
    void aMeanOnTheBoundWithSpreadFromRoundingTouchesTheBound() {
        // float noise around 0 in a non-negative quantity: the t interval clamped at 0
        assertThat(Bounds.NON_NEGATIVE.ci95(0.0, 1e-12)).containsExactly(0.0, 1e-12);
        assertThat(Bounds.SHARE.ci95(1.0, 1e-12)).containsExactly(1 - 1e-12, 1.0);
    }

    @Test
    void oneValueHasNoInterval() {
        SummaryStats s = SummaryStats.of(new double[] {0.3}, 1, Bounds.SHARE);
        assertThat(s.ci95Low()).isNaN();
        assertThat(s.ci95High()).isNaN();
    }

    @Test
    void theRangeOfEachMetricFollowsItsUnitAndDefinition() {
        assertThat(Metrics.bounds(Metrics.IMPORT_DEPENDENCE)).isEqualTo(Bounds.SHARE);
        assertThat(Metrics.bounds(Metrics.UNEMPLOYMENT_RATE)).isEqualTo(Bounds.SHARE);
        assertThat(Metrics.bounds(Metrics.IMPORT_HHI)).isEqualTo(Bounds.SHARE);
        assertThat(Metrics.bounds(Metrics.WORLD_PRICE)).isEqualTo(Bounds.NON_NEGATIVE);
        assertThat(Metrics.bounds(Metrics.IMPORTS_T)).isEqualTo(Bounds.NON_NEGATIVE);
        assertThat(Metrics.bounds(Metrics.JOBS_DIRECT)).isEqualTo(Bounds.NON_NEGATIVE);
        assertThat(Metrics.bounds(Metrics.IMPORTS_YEN)).isEqualTo(Bounds.NON_NEGATIVE);
        assertThat(Metrics.bounds(Metrics.JOBS_DISPLACED)).isEqualTo(Bounds.UNBOUNDED);
        assertThat(Metrics.bounds(Metrics.NET_MIGRATION)).isEqualTo(Bounds.UNBOUNDED);
        assertThat(Metrics.bounds(Metrics.FISCAL_COST_YEN)).isEqualTo(Bounds.UNBOUNDED);
        assertThat(Metrics.bounds("no_such_metric")).isEqualTo(Bounds.UNBOUNDED);
        for (MetricDef d : Metrics.ALL) {
            if (d.unit().startsWith("share")) {
                assertThat(Metrics.bounds(d.name())).as(d.name()).isEqualTo(Bounds.SHARE);
            }
        }
    }

    /**
     * Issue 18: values -1 and 1 + 2^-52 of a non-negative metric have mean 2^-53 (about 1.1e-16) and half width
     * t(0.975, 1) x sd / sqrt(2) = 12.706 x 1.414 / 1.414 = 12.706, so exp(half / mean) overflows and the
     * log-scale interval was [0, Infinity], which no table can hold. It gets the clamped t interval instead:
     * [max(0, mean - 12.706), mean + 12.706].
     */
    @Test
    void aNonNegativeMeanNearZeroWithAWideSpreadGetsAFiniteInterval() {
        double mean = Math.ulp(1.0) / 2;
        double[] ci = Bounds.NON_NEGATIVE.ci95(mean, 12.706);
        assertThat(ci[0]).isEqualTo(0.0);
        assertThat(ci[1]).isEqualTo(mean + 12.706);
    }

    /**
     * A change in a share lies in [-1, 1], in percentage points [-100, 100]: a reduction of 60 points with a half
     * width of 381 (two pairs) is shown as [-100, 100], never past them; inside the range the t interval is kept as
     * it is, and differences of other quantities are never clamped.
     */
    @Test
    void aChangeInAShareStaysWithinPlusMinusOneTimesItsUnit() {
        assertThat(Bounds.SHARE.differenceCi95(60, 381, 100)).containsExactly(-100.0, 100.0);
        assertThat(Bounds.SHARE.differenceCi95(60, 381, -100)).containsExactly(-100.0, 100.0);
        assertThat(Bounds.SHARE.differenceCi95(0.6, 3.81, 1)).containsExactly(-1.0, 1.0);
        assertThat(Bounds.SHARE.differenceCi95(60, 30, 100)).containsExactly(30.0, 90.0);
        assertThat(Bounds.SHARE.differenceCi95(-95, 10, 100)).containsExactly(-100.0, -85.0);
        assertThat(Bounds.NON_NEGATIVE.differenceCi95(-60, 381, 1)).containsExactly(-441.0, 321.0);
        assertThat(Bounds.UNBOUNDED.differenceCi95(60, 381, 100)).containsExactly(-321.0, 441.0);
        assertThat(Bounds.SHARE.differenceCi95(60, Double.NaN, 100)).containsExactly(Double.NaN, Double.NaN);
    }
}
