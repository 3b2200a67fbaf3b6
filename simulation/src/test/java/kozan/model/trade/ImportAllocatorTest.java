package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ImportAllocatorTest {

    @Test
    void splitsByWeightWhenVolumeSuffices() {
        double[] out = new double[3];
        double got = ImportAllocator.allocate(100, new double[] {0.6, 0.3, 0.1}, new double[] {1000, 1000, 1000}, out);
        assertThat(got).isCloseTo(100, within(1e-12));
        assertThat(out).containsExactly(new double[] {60, 30, 10}, within(1e-9));
    }

    @Test
    void spillsOverFromAFullSource() {
        double[] out = new double[3];
        double got = ImportAllocator.allocate(100, new double[] {0.6, 0.3, 0.1}, new double[] {20, 1000, 1000}, out);
        assertThat(got).isCloseTo(100, within(1e-9));
        assertThat(out[0]).isCloseTo(20, within(1e-9));
        // the 80 left go 3:1 to the others
        assertThat(out[1]).isCloseTo(60, within(1e-9));
        assertThat(out[2]).isCloseTo(20, within(1e-9));
    }

    @Test
    void takesEverythingThereIsWhenShort() {
        double[] out = new double[2];
        double got = ImportAllocator.allocate(100, new double[] {1, 0}, new double[] {30, 40}, out);
        assertThat(got).isCloseTo(70, within(1e-9));
        assertThat(out).containsExactly(new double[] {30, 40}, within(1e-9));
    }
}
