package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kozan.cli.GuiCommand;
import kozan.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gui command without a display (surefire runs headless): clear messages, exit code 2, no window. */
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
        assertThat(run(GuiFixtures.scenarioFile().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("needs a display").doesNotContain("Exception");
    }

    @Test
    void badScenarioIsReportedWithTheLoadersProblems() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(GuiFixtures.scenarioFile()).replace("horizon_years: 10", "horizon_years: 0"));
        assertThat(run(bad.toString())).isEqualTo(2);
        assertThat(thrown).isInstanceOf(ScenarioException.class);
        String text = ScenarioDialogs.message((ScenarioException) thrown);
        assertThat(text).startsWith(bad.toString() + ":").contains("calendar.horizon_years");
    }

    @Test
    void compareNeedsExistingDirectories() {
        assertThat(run("--compare", tmp.resolve("a").toString(), tmp.resolve("b").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a results directory");
    }
}
