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
    void helpDocumentsTheLiveCompare() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new GuiCommand());
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("kozan gui SCENARIO --compare BASELINE [--replications N]",
                "common random numbers as `kozan compare` pairs them", "--compare=BASELINE|RESULTS_DIR", "--replications=N", "bands fill in",
                "kozan gui --compare RESULTS_DIR RESULTS_DIR...");
    }

    @Test
    void wrongCompareArgumentsAreExplainedWithExitCode2() throws Exception {
        String fixture = GuiFixtures.scenarioFile().toString();
        // a scenario with a results directory (not a baseline file)
        assertThat(run(fixture, "--compare", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("with a SCENARIO, --compare takes one baseline scenario file")
                .contains("kozan gui --compare RESULTS_DIR RESULTS_DIR...");
        // one results directory without a scenario
        assertThat(run("--compare", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("two or more results directories");
        assertThat(run(fixture, "--compare", fixture, "--replications", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--replications must be at least 1, got 0");
        assertThat(run(fixture, "--replications", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--replications applies to a live side-by-side run");
        // another start month cannot be paired
        Path later = tmp.resolve("later.yaml");
        Files.writeString(later, Files.readString(GuiFixtures.scenarioFile()).replace("start: 2025-01", "start: 2026-01")
                .replace("target_years: [2030, 2034]", "target_years: [2030, 2035]"));
        assertThat(run(fixture, "--compare", later.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("side by side needs the same first month");
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
