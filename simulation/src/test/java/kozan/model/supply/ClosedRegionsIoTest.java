package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.io.IoMultipliers;
import org.junit.jupiter.api.Test;

/** Closed regions: each region's purchases and income are produced where they are made (3-sector chain table). */
class ClosedRegionsIoTest {

    @Test
    void eachRegionProducesItsOwnPurchasesThroughTheNationalInverse() {
        ClosedRegionsIo io = new ClosedRegionsIo(new IoMultipliers(FirstRoundNoDoubleCountTest.chain(), 0.8), 2);
        assertThat(io.regionCount()).isEqualTo(2);
        assertThat(io.sectorCount()).isEqualTo(3);
        // region 1 buys 100 of sector 3: L column 3 = (0.25, 0.5, 1); region 0 buys nothing
        double[][] x = io.typeIOutput(new double[][] {{0, 0, 0}, {0, 0, 100}});
        assertThat(x[0]).containsExactly(new double[] {0, 0, 0}, within(1e-12));
        assertThat(x[1]).containsExactly(new double[] {25, 50, 100}, within(1e-9));
        // income 30 in region 0 only: households spend 0.8 x 30 on sector 1 and re-spend 0.8 x 0.5 of its output:
        // x_1 = 24 / (1 - 0.4) = 40
        double[][] x2 = io.typeIIOutput(new double[][] {{0, 0, 0}, {0, 0, 0}}, new double[] {30, 0});
        assertThat(x2[0]).containsExactly(new double[] {40, 0, 0}, within(1e-9));
        assertThat(x2[1]).containsExactly(new double[] {0, 0, 0}, within(1e-12));
    }
}
