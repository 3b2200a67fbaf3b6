package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kozan.cli.GuiCommand;
import kozan.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gui command without a display (surefire runs headless unless the gui profile is on): messages, exit code 2. */
class GuiCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();
    private Exception thrown;

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GuiCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            thrown = ex;
            return 2;
        });
        return cli.execute(args);
    }

    @Test
    void validScenarioWithoutDisplaySaysSoAndExits2() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "with a display the command opens the GUI");
        assertThat(run(GuiFixtures.scenarioFile().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("needs a display").doesNotContain("Exception");
    }

    @Test
    void badScenarioIsReportedWithTheLoadersProblems() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(GuiFixtures.scenarioFile()).replace("horizon_years: 10", "horizon_years: 0"));
        AtomicReference<String> dialog = new AtomicReference<>();
        Thread answer = GraphicsEnvironment.isHeadless() ? null : GuiFixtures.answerDialog(dialog);
        assertThat(run(bad.toString())).isEqualTo(2);
        assertThat(thrown).isInstanceOf(ScenarioException.class);
        String text = ScenarioDialogs.message((ScenarioException) thrown);
        assertThat(text).startsWith(bad.toString() + ":").contains("calendar.horizon_years");
        if (answer != null) {
            answer.join(5000);
            assertThat(dialog.get()).as("same lines in the dialog").isEqualTo(text);
        }
    }

    @Test
    @NeedsDisplay
    void withADisplayTheCommandOpensTheConsoleAndReturnsWhenItIsClosed() throws Exception {
        java.util.concurrent.FutureTask<Integer> command = new java.util.concurrent.FutureTask<>(
                () -> run(GuiFixtures.scenarioFile().toString()));
        new Thread(command).start();
        sim.display.Console console = null;
        for (int i = 0; i < 300 && console == null; i++) {
            Thread.sleep(100);
            for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                if (f instanceof sim.display.Console c && c.isShowing()) {
                    console = c;
                }
            }
        }
        assertThat(console).as("Console opened").isNotNull();
        SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                f.dispose();
            }
        });
        assertThat(command.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
    }

    @Test
    void compareNeedsExistingDirectories() {
        assertThat(run("--compare", tmp.resolve("a").toString(), tmp.resolve("b").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a results directory");
    }
}
