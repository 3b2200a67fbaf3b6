package kozan.model.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.TestScenarios;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The allocator's last resort and its rounding tolerance; a market's lookups of its sources. */
class ImportAllocatorSpillTest {

    @Test
    void withNoWeightedSourceLeftTheRestComesFromAnySourceInSourceOrder() {
        double[] out = new double[3];
        // weights all 0: 10 t taken in source order, 4 from the first (all it has), the other 6 from the second
        double got = ImportAllocator.allocate(10, new double[] {0, 0, 0}, new double[] {4, 100, 100}, out);
        assertThat(got).isCloseTo(10, within(1e-12));
        assertThat(out).containsExactly(new double[] {4, 6, 0}, within(1e-12));
        // after the weighted source is full: 30 t by weight from a (all of it), the 20 t left from b in source order
        got = ImportAllocator.allocate(50, new double[] {1, 0, 0}, new double[] {30, 15, 100}, out);
        assertThat(got).isCloseTo(50, within(1e-12));
        assertThat(out).containsExactly(new double[] {30, 15, 5}, within(1e-12));
    }

    @Test
    void aRemainderBelowTheRoundingToleranceIsNotChased() {
        double[] out = new double[2];
        // 1e6 t wanted, a (the only weighted source) ships 1e6 - 5e-7: the 5e-7 t left is under 1e-12 x 1e6 = 1e-6 t,
        // so it is rounding, not a spill-over to the unweighted source
        double got = ImportAllocator.allocate(1e6, new double[] {1, 0}, new double[] {1e6 - 5e-7, 1e9}, out);
        assertThat(out[1]).isZero();
        assertThat(got).isEqualTo(1e6 - 5e-7);
        // 5e-6 t left is above it: spilled
        got = ImportAllocator.allocate(1e6, new double[] {1, 0}, new double[] {1e6 - 5e-6, 1e9}, out);
        assertThat(out[1]).isCloseTo(5e-6, within(1e-9));
    }

    @Test
    void aMarketKnowsItsCommodityAndItsSourcesByIdAndIndex() {
        Scenario s = TestScenarios.base();
        WorldMarket ree = new WorldMarket(s, ScheduledEvents.of(s), 0, 1L);
        WorldMarket cu = new WorldMarket(s, ScheduledEvents.of(s), 1, 1L);
        assertThat(ree.commodityId()).isEqualTo("rare_earths");
        assertThat(cu.commodityId()).isEqualTo("copper");
        assertThat(cu.index()).isEqualTo(1);
        // rare earths: china, australia, vietnam
        assertThat(ree.sourceIndex("china")).isZero();
        assertThat(ree.sourceIndex("vietnam")).isEqualTo(2);
        assertThat(ree.sourceIndex("chile")).isEqualTo(-1);
        assertThat(cu.sourceIndex("peru")).isEqualTo(2);
    }
}
