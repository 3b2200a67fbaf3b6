package kozan.cli;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import kozan.gui.PlannerApp;
import kozan.gui.ScenarioDialogs;
import kozan.gui.compare.ComparisonWindow;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kozan gui [SCENARIO]}: the planner GUI (MASON Console, live charts, map of Japan), or with
 * {@code --compare DIR DIR...} the comparison window. A bad scenario is reported exactly as {@code validate}
 * reports it (and also in a dialog); exit code 2.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the planner GUI: MASON Console (play, pause, step, seed = replication), live charts, a map "
                + "of Japan, and the policy levers in the Model tab.",
            "With --compare, open the comparison window for finished runs instead."})
public final class GuiCommand implements Callable<Integer> {

    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.yaml");

    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML. Default: scenarios/baseline.yaml if present, else a file dialog.")
    Path scenario;

    @Option(names = "--compare", arity = "2..*", paramLabel = "RESULTS_DIR",
            description = "Compare two or more results directories (the first is the baseline).")
    List<Path> compare;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (compare != null) {
            return compare(err);
        }
        Path file = scenario != null ? scenario : Files.isRegularFile(DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : null;
        Scenario s = null;
        if (file != null) {
            s = load(file);
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("error: the GUI needs a display (DISPLAY is not set or Java runs headless); "
                    + "run `kozan run` instead, or use xvfb-run");
            return 2;
        }
        if (file == null) {
            AtomicReference<Path> chosen = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> chosen.set(ScenarioDialogs.choose(null, Path.of("scenarios"))));
            if (chosen.get() == null) {
                err.println("error: no scenario chosen (give one: kozan gui SCENARIO)");
                return 2;
            }
            file = chosen.get();
            s = load(file);
        }
        Scenario opened = s;
        Path openedFile = file;
        SwingUtilities.invokeAndWait(() -> PlannerApp.show(opened, openedFile));
        waitWhileWindowsAreOpen();
        return 0;
    }

    /** Loads a scenario; on problems shows them in a dialog too (when there is a display) and rethrows. */
    private static Scenario load(Path file) throws Exception {
        kozan.io.InputFile.readText(file, kozan.io.InputFile.MAX_TEXT_BYTES); // a device or FIFO: refused at once
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            if (!GraphicsEnvironment.isHeadless()) {
                SwingUtilities.invokeAndWait(() -> ScenarioDialogs.error(null, "Invalid scenario " + file.getFileName(),
                        ScenarioDialogs.message(e)));
            }
            throw e;
        }
    }

    private int compare(PrintWriter err) throws Exception {
        for (Path d : compare) {
            if (!Files.isDirectory(d)) {
                err.println("error: not a results directory: " + d);
                return 2;
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("error: the comparison window needs a display; `kozan compare` works without one");
            return 2;
        }
        AtomicReference<ComparisonWindow> w = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> w.set(ComparisonWindow.show(null, compare)));
        if (w.get() == null) {
            return 2;
        }
        waitWhileWindowsAreOpen();
        return 0;
    }

    /**
     * The command returns only when every window is gone (Main exits the JVM with the return code). MASON itself
     * exits when its last Console closes; opening another scenario replaces one Console by another, so this
     * polls for any window still shown rather than watching one.
     */
    private static void waitWhileWindowsAreOpen() throws InterruptedException {
        while (true) {
            Thread.sleep(500);
            boolean open = false;
            for (Frame f : Frame.getFrames()) {
                open |= f.isDisplayable() && f.isVisible();
            }
            if (!open) {
                return;
            }
        }
    }
}
