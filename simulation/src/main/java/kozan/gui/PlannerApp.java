package kozan.gui;

import java.nio.file.Path;
import kozan.scenario.Scenario;
import sim.display.Console;

/** Opens the planner GUI for a scenario: a MASON Console with its map and chart windows. */
public final class PlannerApp {

    private PlannerApp() {
    }

    /** Creates and shows the Console on the calling thread, which must be the Swing event thread. */
    public static Console show(Scenario scenario, Path file) {
        return show(new MiningEconomyWithUI(scenario, file));
    }

    /** Shows a Console for a GUI twin (Swing event thread). */
    public static Console show(MiningEconomyWithUI gui) {
        Console console = new Console(gui);
        console.setVisible(true);
        return console;
    }
}
