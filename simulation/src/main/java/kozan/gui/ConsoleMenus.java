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
        JMenuItem compareWith = new JMenuItem("Compare With...");
        compareWith.addActionListener(e -> compareWith(console, gui));
        JMenuItem levers = new JMenuItem("Levers over Time...");
        levers.addActionListener(e -> {
            if (gui.leverWindow() != null) {
                gui.leverWindow().show(console);
            }
        });
        JMenuItem save = new JMenuItem("Save Scenario...");
        save.setAccelerator(KeyStroke.getKeyStroke("control S"));
        save.addActionListener(e -> saveScenario(console, gui));
        JMenuItem report = new JMenuItem("Report...");
        report.addActionListener(e -> report(console, gui));
        file.insert(open, 0);
        file.insert(compareWith, 1);
        file.insert(levers, 2);
        file.insert(save, 3);
        file.insert(report, 4);
        file.insertSeparator(5);
        file.insert(compare, 6);
        file.insert(sideBySide, 7);
        file.insertSeparator(8);
    }

    /**
     * File > Compare With...: the scenario on screen (with the planner's levers) against a baseline chosen now,
     * side by side and live, with the baseline's replications and seeds.
     */
    static void compareWith(Console console, MiningEconomyWithUI gui) {
        Path dir = gui.scenarioFile() == null ? null : gui.scenarioFile().toAbsolutePath().getParent();
        Path file = ScenarioDialogs.choose(console, dir);
        if (file == null) {
            return;
        }
        Scenario baseline = ScenarioDialogs.load((Component) console, file);
        if (baseline == null) {
            return;
        }
        try {
            kozan.gui.compare.LivePair pair = new kozan.gui.compare.LivePair(gui.plannedScenario(), baseline,
                    baseline.run().replications());
            kozan.gui.compare.LiveCompareWindow w = kozan.gui.compare.LiveCompareWindow.show(pair);
            if (gui.plan().isEmpty() && gui.scenarioFile() != null) {
                w.setFiles(gui.scenarioFile(), file);
            }
            w.play();
        } catch (IllegalArgumentException ex) {
            ScenarioDialogs.error(console, "Cannot compare", ex.getMessage());
        }
    }

    /** File > Save Scenario: the levers as a scenario that extends the opened one. */
    static void saveScenario(Component parent, MiningEconomyWithUI gui) {
        if (gui.scenarioFile() == null) {
            ScenarioDialogs.error(parent, "Cannot save", "This scenario has no file to extend.");
            return;
        }
        javax.swing.JFileChooser chooser = new javax.swing.JFileChooser(gui.scenarioFile().toAbsolutePath().getParent().toFile());
        chooser.setDialogTitle("Save the levers as a scenario that extends " + gui.scenarioFile().getFileName());
        chooser.setSelectedFile(kozan.gui.levers.LeverWindow.suggestedFile(gui.scenarioFile()).toFile());
        if (chooser.showSaveDialog(parent) != javax.swing.JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().matches(".*\\.ya?ml")) {
            target = target.resolveSibling(target.getFileName() + ".yaml");
        }
        if (target.toAbsolutePath().normalize().equals(gui.scenarioFile().toAbsolutePath().normalize())) {
            ScenarioDialogs.error(parent, "Not saved", "Choose another file: the saved scenario extends "
                    + gui.scenarioFile().getFileName() + " and cannot replace it.");
            return;
        }
        if (java.nio.file.Files.exists(target) && javax.swing.JOptionPane.showConfirmDialog(parent,
                target.getFileName() + " exists. Replace it?", "Save Scenario",
                javax.swing.JOptionPane.YES_NO_OPTION) != javax.swing.JOptionPane.YES_OPTION) {
            return;
        }
        String name = target.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        try {
            kozan.gui.levers.DeltaScenario.write(gui.plan(), gui.scenarioFile(), target, name);
            javax.swing.JOptionPane.showMessageDialog(parent, "Saved " + target + "\n\n./kozan run " + target
                    + "\nreproduces this run (replication = the Console's seed).", "Save Scenario",
                    javax.swing.JOptionPane.INFORMATION_MESSAGE);
        } catch (java.io.IOException ex) {
            ScenarioDialogs.error(parent, "Not saved", "Cannot write " + target + ": " + ex.getMessage());
        }
    }

    /** File > Report: every replication of the scenario on screen (with its levers), as kozan run and report. */
    static void report(Console console, MiningEconomyWithUI gui) {
        Scenario s = gui.plannedScenario();
        String source = gui.scenarioFile() == null ? s.metadata().name() : gui.scenarioFile().toString();
        GuiReport.ask(console, dir -> () -> GuiReport.single(s, source, dir));
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
