package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.TestScenarios;
import org.junit.jupiter.api.Test;

/** The direct-use call: last month's domestic call plus 3 % headroom over producing capacity, at most 1. */
class DirectUseCallTest {

    @Test
    void callIsDomesticCallWithHeadroomOverCapacity() {
        // 100 t/month called, 206 t/month of capacity: 103 / 206
        assertThat(DirectUseCall.share(100, 206, false)).isCloseTo(0.5, within(1e-15));
        assertThat(DirectUseCall.share(0, 206, false)).isZero();
    }

    @Test
    void callNeverExceedsCapacity() {
        assertThat(DirectUseCall.share(200, 206, false)).isEqualTo(1.0);
    }

    @Test
    void fullCapacityWithoutCapacityOrInIoParity() {
        assertThat(DirectUseCall.share(100, 0, false)).isEqualTo(1.0);
        assertThat(DirectUseCall.share(100, 206, true)).isEqualTo(1.0);
    }

    @Test
    void processedCommoditiesAndTheFirstMonthWorkAtFullCapacity() {
        // rare earths (processed), limestone (direct use)
        DirectUseCall call = new DirectUseCall(List.of(TestScenarios.rareEarths(), TestScenarios.limestone()));
        assertThat(call.share(1)).isEqualTo(1.0);
        call.update(List.of(), r -> 0.0, c -> 100.0, false);
        assertThat(call.share(0)).isEqualTo(1.0);
        assertThat(call.share(1)).as("no producing mine: full call").isEqualTo(1.0);
    }
}
