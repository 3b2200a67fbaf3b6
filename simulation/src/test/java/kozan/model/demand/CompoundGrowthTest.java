package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared growth tables give Math.pow's numbers bit for bit, inside and beyond a table, for any number of rates. */
class CompoundGrowthTest {

    @Test
    void factorsAreMathPowExactly() {
        // 2%/yr after 18 months: 1.02^1.5 = 1.030149...
        assertThat(CompoundGrowth.factor(0.02, 18)).isEqualTo(Math.pow(1.02, 18 / 12.0));
        // beyond the first table (35 years = 420 months) the table grows
        assertThat(CompoundGrowth.factor(0.02, 1000)).isEqualTo(Math.pow(1.02, 1000 / 12.0));
        assertThat(CompoundGrowth.factor(0.02, 18)).isEqualTo(Math.pow(1.02, 18 / 12.0));
        // a kept path reads the same numbers, within its table (420 months) and past it (from factor)
        double[] path = CompoundGrowth.path(0.03);
        assertThat(CompoundGrowth.at(path, 0.03, 419)).isEqualTo(Math.pow(1.03, 419 / 12.0));
        assertThat(CompoundGrowth.at(path, 0.03, 2000)).isEqualTo(Math.pow(1.03, 2000 / 12.0));
        assertThat(CompoundGrowth.at(new double[0], 0.03, 5)).isEqualTo(Math.pow(1.03, 5 / 12.0));
        // more rates than the cache keeps: the rest are computed directly, with the same numbers
        for (int r = 0; r < CompoundGrowth.MAX_RATES + 10; r++) {
            double rate = -0.02 + r * 0.001;
            for (int step : new int[] {0, 1, 7, 419}) {
                assertThat(CompoundGrowth.factor(rate, step)).as("rate %s step %d", rate, step)
                        .isEqualTo(Math.pow(1.0 + rate, step / 12.0));
            }
        }
    }
}
