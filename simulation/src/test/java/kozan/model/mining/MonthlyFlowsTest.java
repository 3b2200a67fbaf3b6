package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/** A mine's environmental flows are the month's, and the direct-use call counts product capacity net of disasters. */
class MonthlyFlowsTest {

    @Test
    void waterAndEmissionsAreThisMonthsNotAccumulated() {
        // at 100 JPY/t the price net of royalty (80) is below unit cost (250): the mine idles after its third month
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 100, 0);
        Mine m = e.mine(new MiningFixture.Spec());
        // 100 t ore x 2 m3/t = 200 m3, 30% recycled; CO2e 100 x 0.1 x (1 - 0.5 x 0.2) = 9 t, every month
        for (int month = 0; month < 3; month++) {
            e.month(m);
            assertThat(m.environment().waterRecycledM3()).as("month %d", month).isCloseTo(60.0, within(1e-9));
            assertThat(m.environment().waterWithdrawnM3()).as("month %d", month).isCloseTo(140.0, within(1e-9));
            assertThat(m.environment().co2eT()).as("month %d", month).isCloseTo(9.0, within(1e-9));
        }
        assertThat(m.stage()).isEqualTo(Stage.IDLE);
        // a month without production has no flows
        e.month(m);
        assertThat(m.environment().waterWithdrawnM3()).isZero();
        assertThat(m.environment().waterRecycledM3()).isZero();
        assertThat(m.environment().co2eT()).isZero();
    }

    @Test
    void theDirectUseCallDividesByProductCapacityNetOfDisasters() {
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        e.disasterCut[1] = 0.25;
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.commodity = "stone";
        Mine producing = e.mine(s);
        MiningFixture.Spec p = new MiningFixture.Spec();
        p.id = "p";
        p.commodity = "stone";
        p.stage = Stage.PROSPECT;
        Mine prospect = e.mine(p);
        DirectUseCall call = new DirectUseCall(e.scenario.commodities());
        call.update(List.of(producing, prospect), r -> e.disasterCut[r], c -> 15.0, false);
        // capacity 1,200 / 12 x grade 0.5 x recovery 0.8 x (1 - 0.25) = 30 t product a month (the prospect adds none)
        // call 15 x 1.03 / 30 = 0.515
        assertThat(call.share(MiningFixture.STONE)).isCloseTo(0.515, within(1e-12));
        assertThat(call.share(MiningFixture.METAL)).as("processed").isEqualTo(1.0);
        // IO parity: full capacity
        call.update(List.of(producing), r -> e.disasterCut[r], c -> 15.0, true);
        assertThat(call.share(MiningFixture.STONE)).isEqualTo(1.0);
    }

    @Test
    void withNeitherCallNorCapacityTheShareIsFull() {
        // 0 t called of 0 t capacity: full capacity (there is none), not 0 / 0
        assertThat(DirectUseCall.share(0, 0, false)).isEqualTo(1.0);
    }
}
