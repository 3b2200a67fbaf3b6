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
            "",
            "  kozan gui SCENARIO --compare BASELINE [--replications N]",
            "      runs SCENARIO and BASELINE side by side, live, month by month, with",
            "      common random numbers as `kozan compare` pairs them (replication k",
            "      of both uses the baseline's run.seed): the policy, the baseline and",
            "      their difference; a map of the change in jobs by region (gross or",
            "      net); the paired difference so far (jobs, fiscal cost, import",
            "      dependence per mineral); bands fill in as replications finish",
            "  kozan gui --compare RESULTS_DIR RESULTS_DIR...",
            "      the comparison window for finished runs (the first is the baseline)",
            ""})
public final class GuiCommand implements Callable<Integer> {

    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.yaml");

    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML. Default: scenarios/baseline.yaml if present, else a file dialog.")
    Path scenario;

    @Option(names = "--compare", arity = "1..*", paramLabel = "BASELINE|RESULTS_DIR",
            description = "With SCENARIO: a baseline scenario YAML to run side by side with it, live. "
                    + "Without SCENARIO: two or more results directories to compare (the first is the baseline).")
    List<Path> compare;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications of each scenario in a live side-by-side run (default: the baseline's "
                    + "run.replications).")
    Integer replications;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (compare != null && scenario != null) {
            return live(err);
        }
        if (compare != null) {
            return compare(err);
        }
        if (replications != null) {
            err.println("error: --replications applies to a live side-by-side run: kozan gui SCENARIO --compare BASELINE");
            return 2;
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

    /** {@code kozan gui SCENARIO --compare BASELINE}: the live side-by-side window. */
    private int live(PrintWriter err) throws Exception {
        if (compare.size() != 1 || !Files.isRegularFile(compare.get(0))) {
            err.println("error: with a SCENARIO, --compare takes one baseline scenario file (got "
                    + compare.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(" "))
                    + "); to compare finished runs: kozan gui --compare RESULTS_DIR RESULTS_DIR...");
            return 2;
        }
        if (replications != null && replications < 1) {
            err.println("error: --replications must be at least 1, got " + replications);
            return 2;
        }
        Scenario policy = load(scenario);
        Scenario baseline = load(compare.get(0));
        if (!policy.calendar().start().equals(baseline.calendar().start())) {
            err.println("error: " + scenario + " starts in " + policy.calendar().start() + " but " + compare.get(0)
                    + " in " + baseline.calendar().start() + "; side by side needs the same first month");
            return 2;
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("error: the GUI needs a display (DISPLAY is not set or Java runs headless); "
                    + "`kozan compare " + compare.get(0) + " " + scenario + "` works without one");
            return 2;
        }
        int reps = replications != null ? replications : baseline.run().replications();
        Path baselineFile = compare.get(0);
        SwingUtilities.invokeAndWait(() -> {
            kozan.gui.compare.LiveCompareWindow w = kozan.gui.compare.LiveCompareWindow
                    .show(new kozan.gui.compare.LivePair(policy, baseline, reps));
            w.setFiles(scenario, baselineFile);
            w.play();
        });
        waitWhileWindowsAreOpen();
        return 0;
    }

    private int compare(PrintWriter err) throws Exception {
        if (compare.size() < 2) {
            err.println("error: --compare without a SCENARIO takes two or more results directories (the first is "
                    + "the baseline); for a live run: kozan gui SCENARIO --compare BASELINE.yaml");
            return 2;
        }
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
