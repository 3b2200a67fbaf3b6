package kozan.gui;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.filechooser.FileNameExtensionFilter;
import kozan.scenario.Problem;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;

/**
 * Loads scenarios for the GUI and explains failures in a dialog with the same lines the command line prints
 * (file:line:column: path: message), never a stack trace.
 */
public final class ScenarioDialogs {

    private ScenarioDialogs() {
    }

    /** The message a scenario error shows: one Problem per line, as `kozan validate` prints them. */
    public static String message(ScenarioException e) {
        StringBuilder b = new StringBuilder();
        for (Problem p : e.problems()) {
            b.append(p).append('\n');
        }
        return b.length() == 0 ? String.valueOf(e.getMessage()) : b.toString().strip();
    }

    /** Reads a scenario; on failure shows the problems and returns null. */
    public static Scenario load(Component parent, Path file) {
        if (!Files.isRegularFile(file)) {
            error(parent, "Cannot open scenario", "error: no such file: " + file);
            return null;
        }
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            error(parent, "Invalid scenario " + file.getFileName(), message(e));
            return null;
        } catch (RuntimeException e) {
            error(parent, "Cannot open scenario", "error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    /** Asks for a scenario file (YAML); null when cancelled. */
    public static Path choose(Component parent, Path startDir) {
        JFileChooser chooser = new JFileChooser(startDir == null ? null : startDir.toFile());
        chooser.setDialogTitle("Open scenario");
        chooser.setFileFilter(new FileNameExtensionFilter("Kozan scenario (YAML)", "yaml", "yml"));
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
    }

    /** A modal error dialog whose text can be selected and copied. */
    public static void error(Component parent, String title, String text) {
        JTextArea area = new JTextArea(text, Math.min(20, Math.max(3, text.split("\n").length + 1)), 80);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 12));
        JOptionPane.showMessageDialog(parent, new JScrollPane(area), title, JOptionPane.ERROR_MESSAGE);
    }
}
