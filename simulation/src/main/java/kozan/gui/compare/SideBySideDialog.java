package kozan.gui.compare;

import java.awt.BorderLayout;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import kozan.gui.ScenarioDialogs;
import kozan.scenario.ScenarioException;

/**
 * File > Run Scenarios Side by Side: asks for a baseline scenario, one or more scenarios to compare and the number
 * of replications, runs them with common random numbers in the background ({@link SideBySide}) into a temporary
 * directory, and opens the comparison window on the results.
 */
public final class SideBySideDialog {

    private SideBySideDialog() {
    }

    public static void open(Component parent) {
        Path baseline = chooseScenarios(parent, "Choose the baseline scenario", false).stream().findFirst().orElse(null);
        if (baseline == null) {
            return;
        }
        List<Path> others = chooseScenarios(parent, "Choose the scenario(s) to compare with the baseline", true);
        if (others.isEmpty()) {
            return;
        }
        JSpinner reps = new JSpinner(new SpinnerNumberModel(8, 1, 1000, 1));
        if (JOptionPane.showConfirmDialog(parent, new Object[]{"Replications of each scenario:", reps},
                "Run side by side (common random numbers)", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        List<Path> files = new ArrayList<>();
        files.add(baseline);
        files.addAll(others);
        run(parent, files, (Integer) reps.getValue());
    }

    private static List<Path> chooseScenarios(Component parent, String title, boolean many) {
        JFileChooser chooser = new JFileChooser(Path.of("scenarios").toFile());
        chooser.setDialogTitle(title);
        chooser.setMultiSelectionEnabled(many);
        chooser.setFileFilter(new FileNameExtensionFilter("Kozan scenario (YAML)", "yaml", "yml"));
        List<Path> out = new ArrayList<>();
        if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
            if (many) {
                for (java.io.File f : chooser.getSelectedFiles()) {
                    out.add(f.toPath());
                }
            } else {
                out.add(chooser.getSelectedFile().toPath());
            }
        }
        return out;
    }

    /** Runs in the background with a progress window, then opens the comparison (Swing event thread). */
    public static SwingWorker<List<Path>, Integer> run(Component parent, List<Path> files, int replications) {
        int total = files.size() * replications;
        JProgressBar bar = new JProgressBar(0, total);
        bar.setStringPainted(true);
        JDialog progress = new JDialog(parent == null ? null : SwingUtilities.getWindowAncestor(parent), "Running side by side");
        progress.getContentPane().add(new JLabel(" Running " + files.size() + " scenarios x " + replications
                + " replications with common random numbers ... "), BorderLayout.NORTH);
        progress.getContentPane().add(bar, BorderLayout.CENTER);
        progress.pack();
        progress.setLocationRelativeTo(parent);
        progress.setVisible(true);
        SwingWorker<List<Path>, Integer> worker = new SwingWorker<>() {
            /** Replications finished over all runs (the writer reports each finished replication once). */
            private final java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            protected List<Path> doInBackground() throws Exception {
                Path out = Files.createTempDirectory("kozan-side-by-side-");
                int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
                return SideBySide.run(files, replications, threads, out, (done, all) -> publish(finished.incrementAndGet()));
            }

            @Override
            protected void process(List<Integer> chunks) {
                bar.setValue(chunks.get(chunks.size() - 1));
            }

            @Override
            protected void done() {
                progress.dispose();
                try {
                    ComparisonWindow.show(parent, get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    String text = c instanceof ScenarioException se ? ScenarioDialogs.message(se)
                            : "error: " + c.getClass().getSimpleName() + ": " + c.getMessage();
                    ScenarioDialogs.error(parent, "Side-by-side run failed", text);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }
}
