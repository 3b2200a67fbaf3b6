package kozan.gui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.model.MiningEconomy;
import kozan.model.mining.Mine;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The mine panel states the NPV of the mine's last development decision, or that there was none yet. */
class MinePanelTest {

    @Test
    void theNpvOfTheLastDecisionIsShownInBillionsWithItsMonth() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "baseline.yaml"));
        MiningEconomy e = new MiningEconomy(s, 7L);
        e.start();
        Mine decided = null;
        Mine undecided = null;
        for (int i = 0; i < 12 * 6 && (decided == null || undecided == null); i++) {
            e.schedule.step(e);
            for (Mine m : e.mines()) {
                if (decided == null && !Double.isNaN(m.lastDecisionNpvYen())) {
                    decided = m;
                }
            }
        }
        for (Mine m : e.mines()) {
            if (Double.isNaN(m.lastDecisionNpvYen())) {
                undecided = m;
            }
        }
        assertThat(decided).as("a mine that took a development decision in six years").isNotNull();
        String when = s.calendar().start().plusMonths(decided.lastDecisionStep()).toString();
        // JPY -> "JPY x bn" as GuiFormat.yenBillions writes it, then the month of the decision
        assertThat(MinePanel.html(s, decided)).contains("NPV at last decision</td><td>"
                + kozan.gui.GuiFormat.yenBillions(decided.lastDecisionNpvYen()) + " (" + when + ", development decision");
        assertThat(undecided).as("a mine with no development decision (producing from the start)").isNotNull();
        assertThat(MinePanel.html(s, undecided)).contains("no development decision yet");
    }
}
