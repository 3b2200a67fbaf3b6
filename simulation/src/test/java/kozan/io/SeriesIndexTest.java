package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids of the series of a run: dense, stable, whatever the prediction from last month's order guesses. */
class SeriesIndexTest {

    @Test
    void idsAreDenseInFirstRowOrderAndStableWhenRowsComeAndGo() {
        SeriesIndex index = new SeriesIndex();
        // month 0: a, b, c
        assertThat(index.id("a", "", "", "")).isZero();
        assertThat(index.id("b", "cu", "", "")).isEqualTo(1);
        assertThat(index.id("c", "", "r1", "x")).isEqualTo(2);
        // month 1: b is missing, d is new (the prediction after a is b: a miss, then a lookup)
        assertThat(index.id("a", "", "", "")).isZero();
        assertThat(index.id("c", "", "r1", "x")).isEqualTo(2);
        assertThat(index.id("d", "", "", "")).isEqualTo(3);
        // month 2: b is back with its id; equal strings that are other objects find the same series
        assertThat(index.id(new String("a"), "", "", "")).isZero();
        assertThat(index.id("b", new String("cu"), "", "")).isEqualTo(1);
        assertThat(index.id("c", "", "r1", new String("x"))).isEqualTo(2);
        // a series differing from the predicted one in one dimension only is another series
        assertThat(index.id("d", "", "", "y")).isEqualTo(4);
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.find("b", "cu", "", "")).isEqualTo(1);
        assertThat(index.find("b", "", "", "")).isEqualTo(-1);
        assertThat(index.metric(4) + index.commodity(1) + index.region(2) + index.detail(2)).isEqualTo("dcur1x");
    }

    @Test
    void manySeriesGrowTheArrays() {
        SeriesIndex index = new SeriesIndex();
        for (int month = 0; month < 3; month++) {
            for (int i = 0; i < 1000; i++) {
                assertThat(index.id("m", Integer.toString(i), "", "")).isEqualTo(i);
            }
        }
        assertThat(index.size()).isEqualTo(1000);
    }
}
