package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kozan.model.mining.Mine;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * Under critical-minerals-push the Minamitorishima rare-earth mud project goes ahead under loss cover; once
 * built it must keep producing (the cover paid for its losses), not idle for low prices.
 */
class StrategicMineTest {

    @Test
    void lossCoveredMinamitorishimaKeepsProducingOnceBuilt() throws Exception {
        Scenario s = ScenarioFiles.load("critical-minerals-push.yaml");
        List<String> log = new ArrayList<>();
        int[] producing = {0};
        int[] afterBuilt = {0};
        Sim.run(s, 0, e -> {
            Mine m = e.mine("minamitorishima_ree");
            // from the month after construction ended (the month it ends produces nothing yet)
            int entry = m.stageEntryStep(Stage.PRODUCTION);
            boolean built = entry != Integer.MIN_VALUE && e.step() > entry;
            if (e.step() % 12 == 11) {
                log.add(e.month() + " " + m.stage() + " strategic=" + m.strategic() + " product_t=" + m.productT()
                        + " fill=" + m.labourFill() + " E=" + m.expectation());
            }
            if (built) {
                afterBuilt[0]++;
                if (m.stage() == Stage.PRODUCTION && m.productT() > 0) {
                    producing[0]++;
                }
            }
        });
        System.out.println(String.join("\n", log));
        assertThat(afterBuilt[0]).as("months after the project was built").isGreaterThan(12);
        assertThat(producing[0]).as("months producing after it was built, of %d", afterBuilt[0]).isEqualTo(afterBuilt[0]);
    }
}
