package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast formatting path must give exactly the BigDecimal reference text (or defer to it). */
class NumbersFastPathProperties {

    @Property(tries = 20000, seed = "20261205")
    void anyDoubleFormatsLikeTheExactReference(@ForAll double value) {
        if (Double.isFinite(value) && value != 0) {
            assertThat(Numbers.format(value)).isEqualTo(Numbers.exact(value));
        }
    }

    @Property(tries = 20000, seed = "20261205")
    void typicalMagnitudesFormatLikeTheExactReference(@ForAll @DoubleRange(min = -1e13, max = 1e13) double value) {
        if (value != 0) {
            assertThat(Numbers.format(value)).isEqualTo(Numbers.exact(value));
        }
    }

    @Property(tries = 20000, seed = "20261205")
    void decimalsNearRoundingBoundariesFormatLikeTheExactReference(
            @ForAll @LongRange(min = 1, max = 999_999_999_999_999L) long mantissa,
            @ForAll @IntRange(min = -25, max = 25) int exponent) {
        double value = mantissa * Math.pow(10, exponent - 3) + (mantissa % 2 == 0 ? 0.5 : 0) * Math.pow(10, exponent - 15);
        if (Double.isFinite(value) && value != 0) {
            assertThat(Numbers.format(value)).isEqualTo(Numbers.exact(value));
            assertThat(Numbers.format(-value)).isEqualTo(Numbers.exact(-value));
        }
    }

    @Property(tries = 5000, seed = "20261205")
    void powersOfTenAndTheirNeighbours(@ForAll @IntRange(min = -15, max = 35) int e) {
        double p = Math.pow(10, e);
        for (double v : new double[] {p, Math.nextUp(p), Math.nextDown(p), p * 0.9999999999995, p * 1.0000000000005}) {
            assertThat(Numbers.format(v)).isEqualTo(Numbers.exact(v));
        }
    }
}
