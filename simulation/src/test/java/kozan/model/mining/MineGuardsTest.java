package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kozan.model.common.ModelException;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * A mine whose state goes non-finite stops the run at once, naming itself, the month and the quantity (every state
 * variable it checks at the end of its step). Each case breaks one input to infinity, beyond what validation allows.
 */
class MineGuardsTest {

    private static void failsOn(MiningFixture.Defaults d, MiningFixture.Spec s, double price, double fill, String variable) {
        MiningFixture.Economy e = new MiningFixture.Economy(d, new MiningFixture.Levers(), price, 0);
        Mine m = e.mine(s);
        e.step = 5;
        assertThatThrownBy(() -> e.month(m, fill)).isInstanceOfSatisfying(ModelException.class, ex -> {
            assertThat(ex.agent()).isEqualTo("mine:" + s.id);
            assertThat(ex.step()).isEqualTo(5);
            assertThat(ex.variable()).isEqualTo(variable);
        });
    }

    @Test
    void remainingOre() {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.PROSPECT;
        s.oreT = Double.POSITIVE_INFINITY;
        failsOn(new MiningFixture.Defaults(), s, 1_000, 1.0, "remaining_ore_t");
    }

    @Test
    void product() {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.grade = Double.POSITIVE_INFINITY;
        failsOn(new MiningFixture.Defaults(), s, 1_000, 1.0, "product_t");
    }

    @Test
    void priceExpectation() {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.RECLAIMED;
        failsOn(new MiningFixture.Defaults(), s, Double.POSITIVE_INFINITY, 1.0, "price_expectation");
    }

    @Test
    void desiredWorkers() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        d.closureCrew = Double.POSITIVE_INFINITY;
        MiningFixture.Spec s = new MiningFixture.Spec();
        // idle at a price that does not restart it: the closure crew is wanted
        s.stage = Stage.IDLE;
        failsOn(d, s, 100, 1.0, "desired_workers");
    }

    @Test
    void spending() {
        MiningFixture.Defaults d = new MiningFixture.Defaults();
        d.feasibilitySpend = Double.POSITIVE_INFINITY;
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.FEASIBILITY;
        failsOn(d, s, 1_000, 1.0, "spend_yen");
    }
}
