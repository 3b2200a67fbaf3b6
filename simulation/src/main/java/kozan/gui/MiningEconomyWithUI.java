package kozan.gui;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import kozan.gui.live.LiveChart;
import kozan.gui.live.LiveCharts;
import kozan.gui.live.LiveFeed;
import kozan.gui.live.Snapshot;
import kozan.gui.map.JapanGeo;
import kozan.gui.map.JapanMap;
import kozan.gui.map.MineView;
import kozan.gui.map.RegionView;
import kozan.model.MiningEconomy;
import kozan.model.random.Seeds;
import kozan.model.mining.Mine;
import kozan.observe.Metrics;
import kozan.observe.Recorder;
import kozan.scenario.MineSpec;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The GUI twin of {@link MiningEconomy} (as MASON's HeatBugsWithUI is of HeatBugs): a map of Japan, five live
 * charts and the planner inspector. The model never knows it is watched: the GUI only reads the Recorder's rows
 * (through a {@link LiveFeed}) and the mines' stages in a hook that runs after each step, so a run with the GUI
 * gives the same rows as a headless run with the same master seed.
 *
 * <p>The Console's seed field picks the replication: MASON keeps only 32 bits of a seed, while Kozan's master
 * seeds are 64-bit values derived from (scenario seed, replication). So seed k runs with
 * {@code Seeds.master(run.seed, k)} and shows exactly replication k of {@code kozan run}; it starts at 0, and
 * MASON's "increment seed on stop" steps through the replications.
 */
public final class MiningEconomyWithUI extends GUIState {

    private static volatile String info = About.html(null, null);

    private final Path scenarioFile;
    private final Scenario scenario;
    private final LiveFeed feed;
    private final Planner planner;
    private final JapanMap map;
    private final List<LiveChart> charts;
    private final List<JFrame> frames = new ArrayList<>();
    private volatile Scenario running;
    private Display2D display;

    /** @param scenarioFile where the scenario came from (levers are applied by reloading it); null in tests */
    public MiningEconomyWithUI(Scenario scenario, Path scenarioFile) {
        super(new MiningEconomy(scenario, Seeds.master(scenario.run().seed(), 0)));
        state.setSeed(0); // the Console shows replication 0; agents never draw from SimState.random
        MasonCompat.removeChartingInspectors();
        this.scenario = scenario;
        this.running = scenario;
        this.scenarioFile = scenarioFile;
        this.feed = new LiveFeed(scenario.calendar().start());
        this.planner = new Planner(() -> scenario, feed::latest);
        this.map = new JapanMap(scenario, JapanGeo.load());
        this.charts = LiveCharts.standard(scenario);
        feed.addListener(this::publish);
        syncMines((MiningEconomy) state); // the scenario's mines are on the map before the first Play
        info = About.html(scenario, scenarioFile);
    }

    /** Console's window title. */
    public static String getName() {
        return "Kozan planner";
    }

    /** Console's About tab (MASON reads this static method reflectively): the model and the open scenario. */
    public static Object getInfo() {
        return info;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Path scenarioFile() {
        return scenarioFile;
    }

    public Planner planner() {
        return planner;
    }

    public JapanMap map() {
        return map;
    }

    public List<LiveChart> charts() {
        return charts;
    }

    public LiveFeed feed() {
        return feed;
    }

    /** The scenario of the current (or last) run: the opened one with the edited levers applied. */
    public Scenario runningScenario() {
        return running;
    }

    public MiningEconomy economy() {
        return (MiningEconomy) state;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return planner;
    }

    /** Volatile, so the headline numbers refresh while the model plays. */
    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setVolatile(true);
        return i;
    }

    @Override
    public void start() {
        int replication = replication(state.seed());
        Scenario s = scenarioForNextRun();
        MiningEconomy economy = new MiningEconomy(s, Seeds.master(s.run().seed(), replication));
        economy.setSeed(replication);
        Recorder.attach(economy, feed);
        feed.reset();
        running = s;
        state = economy;
        super.start();
        map.clearMines();
        syncMines(economy);
        SwingUtilities.invokeLater(() -> charts.forEach(LiveChart::clear));
        scheduleRepeatingImmediatelyAfter(this::afterStep);
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        map.clearMines();
        syncMines((MiningEconomy) loaded);
        scheduleRepeatingImmediatelyAfter(this::afterStep);
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /**
     * One month. A model failure (e.g. ModelException's NaN guard, which names agent, step and variable) ends the
     * run with an error dialog instead of a stack trace on the Console's play thread.
     */
    @Override
    public boolean step() {
        try {
            return super.step();
        } catch (RuntimeException e) {
            String text = "error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "\n\nThe run stopped at month " + economy().month() + ".";
            if (controller != null) {
                SwingUtilities.invokeLater(() -> ScenarioDialogs.error(null, "Model error", text));
                return false;
            }
            throw e;
        }
    }

    /** The replication a Console seed selects: the seed itself, negative seeds folded onto 0..2^31-2. */
    public static int replication(long consoleSeed) {
        return (int) Math.floorMod(consoleSeed, (long) Integer.MAX_VALUE);
    }

    /** The opened scenario with the planner's lever edits, reloaded and validated like any scenario file. */
    private Scenario scenarioForNextRun() {
        if (planner.overrides().isEmpty() || scenarioFile == null) {
            return scenario;
        }
        try {
            return ScenarioLoader.load(scenarioFile, planner.overrides());
        } catch (ScenarioException e) {
            planner.resetLevers();
            if (controller != null) {
                SwingUtilities.invokeLater(() -> ScenarioDialogs.error(null, "Levers not applied",
                        ScenarioDialogs.message(e) + "\n\nThe scenario's own levers are used."));
            }
            return scenario;
        }
    }

    /** After every month: publish its rows, follow new mines and stages, end the run at the horizon. */
    private void afterStep(SimState st) {
        MiningEconomy economy = (MiningEconomy) st;
        feed.endOfStep();
        syncMines(economy);
        if (economy.schedule.getSteps() >= economy.steps()) {
            economy.kill();
        }
    }

    private void syncMines(MiningEconomy economy) {
        for (Mine m : economy.mines()) {
            MineView v = map.mine(m.id());
            if (v == null) {
                MineSpec spec = m.spec();
                v = map.addMine(new MineView(m.id(), spec.name(), spec.mainCommodity(), spec.region(), spec.lat(),
                        spec.lon(), spec.capacityTOrePerYear(), m.stage()));
            }
            v.setStageFromModel(m.stage());
        }
    }

    /** Model thread: copies the month's numbers into the map's regions and hands chart points to Swing. */
    private void publish(Snapshot s) {
        for (RegionView r : map.regions()) {
            r.update(s.region(Metrics.UNEMPLOYMENT_RATE, "", r.getId()), s.region(Metrics.JOBS_DIRECT, "", r.getId()),
                    s.region(Metrics.JOBS_INDIRECT, "", r.getId()), s.region(Metrics.JOBS_INDUCED, "", r.getId()),
                    s.region(Metrics.JOBS_DISPLACED, "", r.getId()), s.region(Metrics.LABOR_FORCE, "", r.getId()), s.region(Metrics.WAGE_INDEX, "", r.getId()));
        }
        double x = s.yearFraction();
        List<double[]> ys = new ArrayList<>(charts.size());
        for (LiveChart c : charts) {
            ys.add(c.extract(s));
        }
        SwingUtilities.invokeLater(() -> {
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).append(x, ys.get(i));
            }
        });
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        List<Rectangle> bounds = ChartWindows.layout(charts.size());
        int consoleWidth = 400;
        int topHeight = bounds.isEmpty() ? 700 : bounds.get(0).height * 2;
        int mapWidth = Math.max(400, (bounds.isEmpty() ? 1100 : bounds.get(0).x) - consoleWidth);
        display = map.createDisplay(this, Math.min(mapWidth - 20, topHeight - 80));
        JFrame mapFrame = display.createFrame();
        mapFrame.setTitle("Map of Japan: " + scenario.metadata().name());
        mapFrame.setBounds(consoleWidth, 0, mapWidth, topHeight);
        register(c, mapFrame);
        for (int i = 0; i < charts.size(); i++) {
            JFrame f = ChartWindows.frame(charts.get(i));
            f.setBounds(bounds.get(i));
            register(c, f);
        }
        if (c instanceof Console console) {
            console.setBounds(0, 0, consoleWidth, topHeight);
            ConsoleMenus.install(console, this);
        }
    }

    private void register(Controller c, JFrame f) {
        c.registerFrame(f);
        frames.add(f);
        f.setVisible(true);
    }

    /** The map display, or null without a Console. */
    public Display2D display() {
        return display;
    }

    /** Frames the GUI opened (map and charts), for tests and screenshots. */
    public List<JFrame> frames() {
        return List.copyOf(frames);
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : frames) {
            f.dispose();
        }
        frames.clear();
        display = null;
    }
}
