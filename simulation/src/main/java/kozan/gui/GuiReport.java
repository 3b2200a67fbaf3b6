package kozan.gui;

import java.awt.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import kozan.chart.ChartSet;
import kozan.chart.report.HtmlReport;
import kozan.gui.compare.SideBySide;
import kozan.io.Hashes;
import kozan.io.RunWriter;
import kozan.observe.Metrics;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioWriter;

/**
 * File > Report: the HTML report {@code kozan report} writes, for the runs on screen. The GUI keeps only what it
 * draws, so the runs are written again first, exactly as {@code kozan run} (or, side by side, {@code kozan
 * compare}'s common random numbers) writes them: the same scenario and seeds give the same numbers.
 */
public final class GuiReport {

    private GuiReport() {
    }

    /** Writes every replication of one scenario into {@code dir}, with charts/ and report.html; returns the report. */
    public static Path single(Scenario s, String sourceName, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String yaml = ScenarioWriter.toYaml(s);
        // annual only, as kozan run writes by default: the report reads no monthly rows
        RunWriter.Request request = new RunWriter.Request(s, yaml, sourceName, Hashes.sha256(yaml),
                Math.max(1, Runtime.getRuntime().availableProcessors()), true);
        new RunWriter(SideBySide.MODEL, Metrics.ALL).write(request, dir, RunWriter.Progress.NONE);
        ChartSet.drawAll(dir);
        return HtmlReport.write(dir, null, dir.resolve("report.html"));
    }

    /**
     * A policy against its baseline, side by side with common random numbers, into {@code dir}/0-baseline and
     * {@code dir}/1-policy; the report of the policy against the baseline.
     */
    public static Path pair(Path baselineFile, Path policyFile, int replications, Path dir)
            throws Exception {
        Files.createDirectories(dir);
        List<Path> dirs = SideBySide.run(List.of(baselineFile, policyFile), replications,
                Math.max(1, Runtime.getRuntime().availableProcessors()), dir, RunWriter.Progress.NONE);
        ChartSet.drawAll(dirs.get(1));
        return HtmlReport.write(dirs.get(1), dirs.get(0), dir.resolve("report.html"));
    }

    /** Asks for an empty folder and writes the report there in the background; says where when done. */
    public static void ask(Component parent, java.util.function.Function<Path, Callable<Path>> job) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Folder for the report (empty or new)");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path dir = chooser.getSelectedFile().toPath();
        try {
            if (Files.isDirectory(dir) && Files.list(dir).findAny().isPresent()) {
                JOptionPane.showMessageDialog(parent, dir + " is not empty; Kozan writes a report only into an "
                        + "empty or new folder.", "Report not written", JOptionPane.WARNING_MESSAGE);
                return;
            }
        } catch (IOException e) {
            JOptionPane.showMessageDialog(parent, "Cannot read " + dir + ": " + e.getMessage(), "Report not written",
                    JOptionPane.ERROR_MESSAGE);
            return;
        }
        new SwingWorker<Path, Void>() {
            @Override
            protected Path doInBackground() throws Exception {
                return job.apply(dir).call();
            }

            @Override
            protected void done() {
                try {
                    JOptionPane.showMessageDialog(parent, "Wrote " + get(), "Report", JOptionPane.INFORMATION_MESSAGE);
                } catch (Exception e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    JOptionPane.showMessageDialog(parent, "The report was not written: " + c.getMessage(),
                            "Report not written", JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }
}
