package kozan.gui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Set;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import kozan.scenario.Scenario;
import sim.display.Console;

/**
 * Replaces the checkpoint entries of MASON's File menu (New Simulation, Open, Save, Save As: Kozan's model is
 * rebuilt from its scenario, not serialised) with Open Scenario and Compare Results.
 */
final class ConsoleMenus {

    private static final Set<String> REMOVED = Set.of("New Simulation...", "Open...", "Save", "Save As...");

    private ConsoleMenus() {
    }

    static void install(Console console, MiningEconomyWithUI gui) {
        JMenuBar bar = console.getJMenuBar();
        if (bar == null) {
            return;
        }
        JMenu file = null;
        for (int i = 0; i < bar.getMenuCount(); i++) {
            if (bar.getMenu(i) != null && "File".equals(bar.getMenu(i).getText())) {
                file = bar.getMenu(i);
            }
        }
        if (file == null) {
            file = new JMenu("File");
            bar.add(file, 0);
        }
        for (int i = file.getItemCount() - 1; i >= 0; i--) {
            JMenuItem item = file.getItem(i);
            if (item != null && REMOVED.contains(item.getText())) {
                file.remove(i);
            }
        }
        while (file.getItemCount() > 0 && file.getItem(0) == null) {
            file.remove(0);
        }
        JMenuItem open = new JMenuItem("Open Scenario...");
        open.setAccelerator(KeyStroke.getKeyStroke("control O"));
        open.addActionListener(e -> openScenario(console, gui));
        JMenuItem compare = new JMenuItem("Compare Results...");
        compare.addActionListener(e -> kozan.gui.compare.ComparisonWindow.open(console));
        JMenuItem sideBySide = new JMenuItem("Run Scenarios Side by Side...");
        sideBySide.addActionListener(e -> kozan.gui.compare.SideBySideDialog.open(console));
        file.insert(open, 0);
        file.insert(compare, 1);
        file.insert(sideBySide, 2);
        file.insertSeparator(3);
    }

    /** Opens another scenario in a new Console and closes this one (after, so MASON does not quit). */
    static void openScenario(Console console, MiningEconomyWithUI gui) {
        Path dir = gui.scenarioFile() == null ? null : gui.scenarioFile().toAbsolutePath().getParent();
        Path file = ScenarioDialogs.choose(console, dir);
        if (file != null) {
            switchTo(console, file);
        }
    }

    /**
     * Loads a scenario and, if it is valid, shows it in a new Console and closes the old one; if not, explains
     * why in a dialog and keeps the old one. Returns the new Console or null.
     */
    static Console switchTo(Console console, Path file) {
        Scenario s = ScenarioDialogs.load((Component) console, file);
        if (s == null) {
            return null;
        }
        Console next = PlannerApp.show(s, file);
        console.doClose();
        return next;
    }
}
