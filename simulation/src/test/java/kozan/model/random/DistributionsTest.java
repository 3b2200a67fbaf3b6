package kozan.model.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.function.DoubleSupplier;
import kozan.scenario.DistSpec;
import kozan.scenario.DistSpec.DistKind;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** The samplers against closed forms, moments over many seeded draws, a reference Poisson, and their parameter checks. */
class DistributionsTest {
    private static final int N = 200_000;
    /** Sample moments must lie within this many standard errors of the exact ones. */
    private static final double SE_TOLERANCE = 5.0;

    private static DistSpec lognormal(Double mean, Double sd) {
        return new DistSpec(DistKind.LOGNORMAL, mean, sd, null, null, null);
    }

    private static DistSpec triangular(Double min, Double mode, Double max) {
        return new DistSpec(DistKind.TRIANGULAR, null, null, min, mode, max);
    }

    private static DistSpec uniform(Double min, Double max) {
        return new DistSpec(DistKind.UNIFORM, null, null, min, null, max);
    }

    /** Mean and variance of N draws; asserts both within SE_TOLERANCE standard errors of the exact moments. */
    private static void assertMoments(DoubleSupplier draw, double mean, double variance, double fourthCentralMoment) {
        double sum = 0;
        double sumSq = 0;
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = draw.getAsDouble();
            sum += x[i];
        }
        double m = sum / N;
        for (int i = 0; i < N; i++) {
            sumSq += (x[i] - m) * (x[i] - m);
        }
        double v = sumSq / (N - 1);
        double seMean = Math.sqrt(variance / N);
        double seVariance = Math.sqrt((fourthCentralMoment - variance * variance) / N);
        assertThat(m).as("sample mean").isCloseTo(mean, within(SE_TOLERANCE * seMean));
        assertThat(v).as("sample variance").isCloseTo(variance, within(SE_TOLERANCE * seVariance));
    }

    @Test
    void fixedGivesItsValue() {
        assertThat(Distributions.sample(DistSpec.fixed(12.5), 0.9, -2.0)).isEqualTo(12.5);
    }

    @Test
    void lognormalIsParameterisedByTheMeanAndSdOfTheVariable() {
        // mean 10, sd 5: s^2 = ln(1.25), median = mean / sqrt(1 + sd^2/mean^2) = 10 / sqrt(1.25)
        assertThat(Distributions.sample(lognormal(10.0, 5.0), 0.5, 0.0)).isCloseTo(8.94427190999916, within(1e-12));
        // 95% quantile: z = 1.6448536269514722, exp(ln 10 - ln(1.25)/2 + sqrt(ln 1.25) z)
        assertThat(Distributions.sample(lognormal(10.0, 5.0), 0.5, 1.6448536269514722))
                .isCloseTo(19.453178380092208, within(1e-9));
        // sd 0 is the point mass at the mean
        assertThat(Distributions.lognormal(7.0, 0.0, 3.0)).isEqualTo(7.0);

        MersenneTwisterFast rng = new MersenneTwisterFast(20240101L);
        // variance sd^2 = 25; w = 1 + cv^2 = 1.25, fourth central moment sd^4 (w^4 + 2 w^3 + 3 w^2 - 3)
        double w = 1.25;
        double mu4 = 625.0 * (w * w * w * w + 2 * w * w * w + 3 * w * w - 3);
        assertMoments(() -> Distributions.lognormal(10.0, 5.0, rng.nextGaussian()), 10.0, 25.0, mu4);
    }

    @Test
    void triangularQuantilesAndMoments() {
        // min 2, mode 5, max 10: F(mode) = 3/8
        DistSpec d = triangular(2.0, 5.0, 10.0);
        assertThat(Distributions.sample(d, 0.375, 0)).isCloseTo(5.0, within(1e-12));
        assertThat(Distributions.sample(d, 0.1, 0)).isCloseTo(2 + Math.sqrt(0.1 * 8 * 3), within(1e-12)); // 3.5492
        assertThat(Distributions.sample(d, 0.9, 0)).isCloseTo(8.0, within(1e-12)); // 10 - sqrt(0.1 * 8 * 5)
        assertThat(Distributions.sample(d, 0.0, 0)).isEqualTo(2.0);

        MersenneTwisterFast rng = new MersenneTwisterFast(7L);
        // mean 17/3, variance (a^2 + b^2 + c^2 - ab - ac - bc) / 18 = 49/18; fourth central moment of a triangular
        // distribution is 12/5 (variance)^2 (excess kurtosis -3/5)
        double var = 49.0 / 18.0;
        assertMoments(() -> Distributions.triangular(2.0, 5.0, 10.0, rng.nextDouble()), 17.0 / 3.0, var, 2.4 * var * var);
    }

    @Test
    void triangularBranchesMeetAtTheModeAndTheCdfHoldsBetweenTheQuantiles() {
        // min 2, mode 5, max 10: F(mode) = (5 - 2) / (10 - 2) = 3/8 decides the branch. u = 0.3 < 3/8 is on the
        // rising side: 2 + sqrt(0.3 x 8 x 3) = 2 + sqrt(7.2) = 4.68328; the falling branch at the same u would give
        // 10 - sqrt(0.7 x 8 x 5) = 4.70850, so a branch switch at the wrong u shows here
        assertThat(Distributions.triangular(2.0, 5.0, 10.0, 0.3)).isCloseTo(2 + Math.sqrt(7.2), within(1e-12))
                .isCloseTo(4.683281572999748, within(1e-12));
        // u = 0.5 > 3/8: 10 - sqrt(0.5 x 8 x 5) = 10 - sqrt(20) = 5.52786
        assertThat(Distributions.triangular(2.0, 5.0, 10.0, 0.5)).isCloseTo(10 - Math.sqrt(20), within(1e-12));
        // mode at the minimum (only the falling side): u = 0.75 -> 10 - sqrt(0.25 x 8 x 8) = 6
        assertThat(Distributions.triangular(2.0, 2.0, 10.0, 0.75)).isCloseTo(6.0, within(1e-12));
        // mode at the maximum (only the rising side): u = 0.25 -> 2 + sqrt(0.25 x 8 x 8) = 6
        assertThat(Distributions.triangular(2.0, 10.0, 10.0, 0.25)).isCloseTo(6.0, within(1e-12));

        // CDF at two points over seeded draws: F(4) = (4 - 2)^2 / (8 x 3) = 1/6, F(8) = 1 - (10 - 8)^2 / (8 x 5) = 0.9
        MersenneTwisterFast rng = new MersenneTwisterFast(11L);
        int below4 = 0;
        int below8 = 0;
        for (int i = 0; i < N; i++) {
            double x = Distributions.triangular(2.0, 5.0, 10.0, rng.nextDouble());
            below4 += x <= 4.0 ? 1 : 0;
            below8 += x <= 8.0 ? 1 : 0;
        }
        assertThat((double) below4 / N).isCloseTo(1.0 / 6.0, within(SE_TOLERANCE * Math.sqrt(1.0 / 6 * 5.0 / 6 / N)));
        assertThat((double) below8 / N).isCloseTo(0.9, within(SE_TOLERANCE * Math.sqrt(0.9 * 0.1 / N)));
    }

    @Test
    void lognormalMedianIsExpMuAndHalfTheDrawsFallBelowIt() {
        // mean 4, sd 3: s^2 = ln(1 + 9/16) = ln(1.5625), mu = ln 4 - s^2 / 2; the median exp(mu) = 4 / 1.25 = 3.2
        double mu = Math.log(4.0) - 0.5 * Math.log(1.5625);
        assertThat(Math.exp(mu)).isCloseTo(3.2, within(1e-12));
        assertThat(Distributions.lognormal(4.0, 3.0, 0.0)).isCloseTo(3.2, within(1e-12));
        // 84.13% quantile (z = 1): exp(mu + s) = 3.2 x exp(sqrt(ln 1.5625)) = 3.2 x exp(0.66805) = 3.2 x 1.95042 = 6.2414
        assertThat(Distributions.lognormal(4.0, 3.0, 1.0)).isCloseTo(3.2 * Math.exp(Math.sqrt(Math.log(1.5625))), within(1e-12))
                .isCloseTo(6.2414, within(1e-4));
        MersenneTwisterFast rng = new MersenneTwisterFast(12L);
        int below = 0;
        for (int i = 0; i < N; i++) {
            below += Distributions.lognormal(4.0, 3.0, rng.nextGaussian()) <= 3.2 ? 1 : 0;
        }
        assertThat((double) below / N).isCloseTo(0.5, within(SE_TOLERANCE * Math.sqrt(0.25 / N)));
    }

    @Test
    void theSamplersCalledDirectlyAlsoRejectAUniformOutsideZeroToOne() {
        assertThatThrownBy(() -> Distributions.triangular(2.0, 5.0, 10.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("u must be a uniform draw in [0, 1)");
        assertThatThrownBy(() -> Distributions.triangular(2.0, 5.0, 10.0, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("u must be");
        assertThatThrownBy(() -> Distributions.uniform(3.0, 7.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("u must be a uniform draw in [0, 1)");
        assertThatThrownBy(() -> Distributions.uniform(3.0, 7.0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("u must be");
    }

    @Test
    void uniformQuantilesAndMoments() {
        assertThat(Distributions.sample(uniform(3.0, 7.0), 0.25, 0)).isEqualTo(4.0);
        MersenneTwisterFast rng = new MersenneTwisterFast(99L);
        double var = 16.0 / 12.0;
        // fourth central moment (b - a)^4 / 80
        assertMoments(() -> Distributions.uniform(3.0, 7.0, rng.nextDouble()), 5.0, var, 256.0 / 80.0);
    }

    @Test
    void poissonInvertsTheReferenceCumulativeDistribution() {
        for (double lambda : new double[] {0.0125, 1.0, 100.0 / 12.0, Distributions.MAX_POISSON_LAMBDA}) {
            PoissonDistribution ref = new PoissonDistribution(lambda);
            for (int k = 0; k < 30; k++) {
                double cdf = ref.cumulativeProbability(k);
                if (cdf > 1 - 1e-9) {
                    break;
                }
                // the count is the smallest k with F(k) >= u: just below F(k) gives k, just above gives k + 1
                assertThat(Distributions.poisson(cdf - 1e-10, lambda)).as("lambda %s, u below F(%d)", lambda, k).isEqualTo(k);
                assertThat(Distributions.poisson(cdf + 1e-10, lambda)).as("lambda %s, u above F(%d)", lambda, k).isEqualTo(k + 1);
            }
        }
        assertThat(Distributions.poisson(0.999, 0.0)).isZero();
        // u exactly at F(0) = exp(-lambda) is still 0: the count is the smallest k with F(k) >= u
        assertThat(Distributions.poisson(Math.exp(-1.0), 1.0)).isZero();
        assertThat(Distributions.poisson(Math.nextUp(Math.exp(-1.0)), 1.0)).isEqualTo(1);
    }

    @Test
    void poissonFrequenciesAndMomentsMatchTheReference() {
        double lambda = 2.5;
        PoissonDistribution ref = new PoissonDistribution(lambda);
        MersenneTwisterFast rng = new MersenneTwisterFast(123L);
        int[] count = new int[40];
        for (int i = 0; i < N; i++) {
            count[Distributions.poisson(rng.nextDouble(), lambda)]++;
        }
        for (int k = 0; k <= 8; k++) {
            double p = ref.probability(k);
            double se = Math.sqrt(p * (1 - p) / N);
            assertThat((double) count[k] / N).as("P(K = %d)", k).isCloseTo(p, within(SE_TOLERANCE * se));
        }
        MersenneTwisterFast rng2 = new MersenneTwisterFast(124L);
        // Poisson: variance lambda, fourth central moment lambda (1 + 3 lambda)
        assertMoments(() -> Distributions.poisson(rng2.nextDouble(), lambda), lambda, lambda, lambda * (1 + 3 * lambda));
    }

    @Test
    void poissonEndsAtTheLargestUniformWithoutACap() {
        // the largest double below 1: the count stops where the tail is below double resolution, far past any
        // count with a probability that matters, and not at an arbitrary cap
        double u = Math.nextDown(1.0);
        for (double lambda : new double[] {0.0125, 1.0, 100.0 / 12.0, Distributions.MAX_POISSON_LAMBDA}) {
            int k = Distributions.poisson(u, lambda);
            assertThat(1.0 - new PoissonDistribution(lambda).cumulativeProbability(k)).as("tail beyond %d", k).isLessThan(1e-15);
            assertThat(k).isLessThan(60);
        }
    }

    @Test
    void badParametersThrowNamingTheParameterAndItsRange() {
        assertThatThrownBy(() -> Distributions.sample(lognormal(0.0, 1.0), 0.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOGNORMAL mean must be > 0");
        assertThatThrownBy(() -> Distributions.sample(lognormal(5.0, -1.0), 0.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOGNORMAL sd must be >= 0");
        assertThatThrownBy(() -> Distributions.sample(lognormal(5.0, null), 0.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sd'");
        assertThatThrownBy(() -> Distributions.sample(triangular(2.0, 11.0, 10.0), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min <= mode <= max");
        assertThatThrownBy(() -> Distributions.sample(triangular(4.0, 4.0, 4.0), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min < max");
        assertThatThrownBy(() -> Distributions.sample(triangular(2.0, null, 10.0), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'mode'");
        assertThatThrownBy(() -> Distributions.sample(uniform(3.0, 3.0), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNIFORM needs min < max");
        assertThatThrownBy(() -> Distributions.sample(new DistSpec(DistKind.FIXED, null, null, null, null, null), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FIXED needs a finite 'mean'");
        assertThatThrownBy(() -> Distributions.sample(DistSpec.fixed(Double.NaN), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'mean'");
        assertThatThrownBy(() -> Distributions.sample(DistSpec.fixed(1.0), 1.0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u must be a uniform draw in [0, 1)");
        assertThatThrownBy(() -> Distributions.sample(DistSpec.fixed(1.0), 0.5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z must be");
        assertThatThrownBy(() -> Distributions.poisson(0.5, -0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Poisson lambda must be in [0, 10.0]");
        assertThatThrownBy(() -> Distributions.poisson(0.5, 10.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Poisson lambda");
        assertThatThrownBy(() -> Distributions.poisson(0.5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Poisson lambda");
        assertThatThrownBy(() -> Distributions.poisson(-0.01, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u must be");
    }
}
