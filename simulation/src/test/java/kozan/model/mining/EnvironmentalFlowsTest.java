package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Water withdrawn and recycled, CO2e net of renewable power, land disturbed and reclaimed. */
class EnvironmentalFlowsTest {

    @Test
    void waterSplitsByTheRecycledShareAndCo2eIsCutByRenewablePower() {
        EnvironmentalFlows env = new EnvironmentalFlows();
        // 1,000 t ore x 0.5 m3/t = 500 m3: 70% recycled = 350, withdrawn 150
        // CO2e 1,000 x 0.02 x (1 - 0.5 electricity share x 0.6 renewable) = 20 x 0.7 = 14 t
        double co2 = env.operate(1_000, 0.5, 0.7, 0.02, 0.5, 0.6);
        assertThat(co2).isCloseTo(14.0, within(1e-12));
        assertThat(env.waterRecycledM3()).isCloseTo(350.0, within(1e-12));
        assertThat(env.waterWithdrawnM3()).isCloseTo(150.0, within(1e-12));
        assertThat(env.co2eT()).isCloseTo(14.0, within(1e-12));
        // a second batch in the same month adds: 200 t x 2 m3/t = 400 m3, 10% recycled; CO2e 200 x 0.1 x (1 - 0.8 x 0.25)
        double co2b = env.operate(200, 2.0, 0.1, 0.1, 0.8, 0.25);
        assertThat(co2b).isCloseTo(16.0, within(1e-12));
        assertThat(env.waterRecycledM3()).isCloseTo(390.0, within(1e-12));
        assertThat(env.waterWithdrawnM3()).isCloseTo(510.0, within(1e-12));
        assertThat(env.co2eT()).isCloseTo(30.0, within(1e-12));
        // a new month starts the flows at zero
        env.resetMonth();
        assertThat(env.waterRecycledM3()).isZero();
        assertThat(env.waterWithdrawnM3()).isZero();
        assertThat(env.co2eT()).isZero();
    }

    @Test
    void landIsAStockDisturbedOnceAndMovedToReclaimed() {
        EnvironmentalFlows env = new EnvironmentalFlows();
        env.disturb(40);
        env.disturb(40);
        assertThat(env.landDisturbedHa()).as("disturbing again does not add").isEqualTo(40);
        env.operate(1_000, 0.5, 0.7, 0.02, 0.5, 0.6);
        env.resetMonth();
        assertThat(env.landDisturbedHa()).as("a new month keeps the stock").isEqualTo(40);
        env.reclaim();
        assertThat(env.landDisturbedHa()).isZero();
        assertThat(env.landReclaimedHa()).isEqualTo(40);
        env.disturb(25);
        env.reclaim();
        assertThat(env.landReclaimedHa()).as("reclaimed land accumulates").isEqualTo(65);
        assertThat(env.landDisturbedHa()).isZero();
    }
}
