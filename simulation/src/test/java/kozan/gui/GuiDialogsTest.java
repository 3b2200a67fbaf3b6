package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

/** File > Open Scenario: a bad scenario gives the CLI's messages in a dialog; a good one replaces the Console. */
@NeedsDisplay
class GuiDialogsTest {

    @TempDir
    Path tmp;

    @Test
    void badScenarioShowsTheValidateMessagesAndKeepsTheConsole() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(GuiFixtures.scenarioFile()).replace("horizon_years: 10", "horizon_years: 0"));
        String expected;
        try {
            ScenarioLoader.load(bad);
            throw new AssertionError("fixture should be invalid");
        } catch (ScenarioException e) {
            expected = ScenarioDialogs.message(e);
        }
        MiningEconomyWithUI gui = new MiningEconomyWithUI(GuiFixtures.scenario(), GuiFixtures.scenarioFile());
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set(PlannerApp.show(gui)));
        try {
            AtomicReference<String> shown = new AtomicReference<>();
            Thread answer = GuiFixtures.answerDialog(shown);
            AtomicReference<Console> next = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> next.set(ConsoleMenus.switchTo(console.get(), bad)));
            answer.join(5000);
            assertThat(next.get()).isNull();
            assertThat(shown.get()).isEqualTo(expected).startsWith(bad.toString() + ":");
            assertThat(console.get().isShowing()).isTrue();

            // a valid scenario opens in a new Console, which replaces the old one
            SwingUtilities.invokeAndWait(() -> next.set(ConsoleMenus.switchTo(console.get(), GuiFixtures.scenarioFile())));
            assertThat(next.get()).isNotNull();
            assertThat(next.get().isShowing()).isTrue();
            assertThat(console.get().isDisplayable()).isFalse();
            console.set(next.get());
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                console.get().pressStop();
                console.get().dispose();
            });
        }
    }
}
