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
    private final kozan.gui.levers.LeverPlan plan;
    /** Hash of each simulated month's rows in the current run (to check a replay reproduces them). */
    private final List<Integer> monthDigests = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** A scenario to switch to at the next step boundary (a lever change applied from the current month). */
    private volatile Scenario pendingSwitch;
    private volatile String leverStatus = "";
    private final List<Runnable> leverListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final JapanMap map;
    private final List<LiveChart> charts;
    private final List<JFrame> frames = new ArrayList<>();
    /** This run's numbers for the region panels and the price panels (one replication, no baseline). */
    private volatile kozan.gui.compare.PairedTrack single;
    private kozan.gui.compare.PriceMultiples prices;
    private kozan.gui.levers.LeverWindow leverWindow;
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
        this.plan = new kozan.gui.levers.LeverPlan(scenario);
        this.planner = new Planner(() -> scenario, feed::latest, plan);
        this.map = new JapanMap(scenario, JapanGeo.load());
        // world prices are drawn as small multiples in their own window (PriceMultiples), not as one index chart
        this.charts = LiveCharts.standard(scenario).stream().filter(c -> !c.title().equals("World prices")).toList();
        this.single = track(scenario);
        feed.addListener(snap -> monthDigests.add(digest(snap.values())));
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

    /** The lever timelines the next run (or, when the model allows, the current one) uses. */
    public kozan.gui.levers.LeverPlan plan() {
        return plan;
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
        return new ModelTab(planner); // the planner's properties in a fixed order, not reflection's
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
        single = track(s);
        monthDigests.clear();
        pendingSwitch = null;
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
        Scenario next = pendingSwitch;
        if (next != null) {
            pendingSwitch = null;
            switchRunTo(next);
        }
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

    /**
     * The opened scenario with the planner's lever timelines: the delta scenario File > Save Scenario writes,
     * loaded and validated like any scenario file, so a saved scenario runs exactly what the GUI ran.
     */
    private Scenario scenarioForNextRun() {
        if (plan.isEmpty() || scenarioFile == null) {
            return scenario;
        }
        try {
            return planScenario();
        } catch (ScenarioException | java.io.IOException e) {
            planner.resetLevers();
            plan.resetAll();
            String why = e instanceof ScenarioException se ? ScenarioDialogs.message(se) : e.getMessage();
            if (controller != null) {
                SwingUtilities.invokeLater(() -> ScenarioDialogs.error(null, "Levers not applied",
                        why + "\n\nThe scenario's own levers are used."));
            }
            return scenario;
        }
    }

    /** Loads the plan as a delta scenario written to a temporary file (extends the opened file by absolute path). */
    public Scenario planScenario() throws ScenarioException, java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("kozan-gui-plan");
        Path file = dir.resolve("plan.yaml");
        try {
            kozan.gui.levers.DeltaScenario.write(plan, scenarioFile, file, scenario.metadata().name() + "-planner");
            return ScenarioLoader.load(file);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    /** The scenario the next run uses: the opened one with the planner's lever timelines. */
    public Scenario plannedScenario() {
        return scenarioForNextRun();
    }

    /** What the last lever change did ("applies from 2031-04 in this run", "applies from the next run: ..."). */
    public String leverStatus() {
        return leverStatus;
    }

    public void addLeverListener(Runnable r) {
        leverListeners.add(r);
    }

    private void leverStatus(String text) {
        leverStatus = text;
        leverListeners.forEach(Runnable::run);
    }

    /**
     * Applies the plan: from the current month when the model allows it, otherwise from the next run, and says
     * which. The model treats its scenario as immutable, so "from the current month" means: rebuild the run with
     * the new timelines and replay the months already shown, silently; this is allowed only when every change
     * starts at or after the month about to be simulated and the replay gives the very same rows as the months on
     * screen (a model that read a lever ahead of time would differ, and then the change waits for the next run).
     */
    public String applyLevers() {
        int done = monthDigests.size();
        MiningEconomy economy = economy();
        boolean inRun = done > 0 && economy.schedule.getSteps() < economy.steps() && economy.scenario() == running;
        Scenario next;
        try {
            next = plan.isEmpty() ? scenario : planScenario();
        } catch (ScenarioException | java.io.IOException e) {
            String why = e instanceof ScenarioException se ? ScenarioDialogs.message(se) : e.getMessage();
            leverStatus("not applied: " + why);
            return leverStatus;
        }
        if (!inRun) {
            leverStatus("applies from the next run (press Play)");
            return leverStatus;
        }
        java.time.YearMonth current = scenario.calendar().start().plusMonths(done);
        java.time.YearMonth first = plan.isEmpty() ? null : plan.firstDifference(running);
        if (plan.isEmpty() || (first != null && first.isBefore(current))) {
            leverStatus("applies from the next run: the change starts in " + (first == null ? "the first month" : first)
                    + ", before the month about to be simulated (" + current + ")");
            return leverStatus;
        }
        pendingSwitch = next;
        leverStatus("applies from " + current + " in this run (at the next step)");
        return leverStatus;
    }

    /** Rebuilds the current run on another scenario and replays its months silently (the play thread). */
    private void switchRunTo(Scenario next) {
        int done = monthDigests.size();
        MiningEconomy old = economy();
        java.time.YearMonth current = scenario.calendar().start().plusMonths(done);
        ReplaySink replay = new ReplaySink(feed);
        MiningEconomy economy = new MiningEconomy(next, old.masterSeed());
        economy.setSeed(old.seed());
        Recorder.attach(economy, replay);
        economy.start();
        for (int i = 0; i < done; i++) {
            economy.schedule.step(economy);
        }
        List<Integer> digests = replay.finishReplay();
        if (!digests.equals(List.copyOf(monthDigests).subList(0, Math.min(done, monthDigests.size())))) {
            leverStatus("applies from the next run: the model reads these levers ahead of time (a replay of the"
                    + " months shown gives other numbers), so the change cannot start in " + current);
            return;
        }
        running = next;
        state = economy;
        leverStatus("applied from " + current + " in this run; the months before are unchanged");
    }

    /** During a replay: hashes each month's rows instead of publishing them; afterwards forwards to the feed. */
    private static final class ReplaySink implements kozan.observe.RowSink {
        private final LiveFeed feed;
        private final List<Integer> digests = new ArrayList<>();
        private java.util.Map<kozan.gui.live.RowKey, Double> month = new java.util.LinkedHashMap<>();
        private int step = -1;
        private boolean replaying = true;

        ReplaySink(LiveFeed feed) {
            this.feed = feed;
        }

        @Override
        public void accept(int s, String metric, String commodity, String region, String detail, double value) {
            if (!replaying) {
                feed.accept(s, metric, commodity, region, detail, value);
                return;
            }
            if (s != step && !month.isEmpty()) {
                digests.add(digest(month));
                month = new java.util.LinkedHashMap<>();
            }
            step = s;
            month.put(new kozan.gui.live.RowKey(metric, commodity, region, detail), value);
        }

        List<Integer> finishReplay() {
            if (!month.isEmpty()) {
                digests.add(digest(month));
            }
            replaying = false;
            return digests;
        }
    }

    /** A month's rows, in emission order, as one hash. */
    static int digest(java.util.Map<kozan.gui.live.RowKey, Double> rows) {
        return List.copyOf(rows.entrySet()).hashCode();
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

    private static kozan.gui.compare.PairedTrack track(Scenario s) {
        List<kozan.gui.compare.Quantity> q = new ArrayList<>(kozan.gui.compare.Quantity.national(s));
        q.addAll(kozan.gui.compare.Quantity.regional(s));
        return new kozan.gui.compare.PairedTrack(s.calendar().start(), s.steps(), 1, q);
    }

    /** This run's track (policy = baseline = the run), for panels and tests. */
    public kozan.gui.compare.PairedTrack track() {
        return single;
    }

    /** Model thread: copies the month's numbers into the map's regions and hands chart points to Swing. */
    private void publish(Snapshot s) {
        single.record(0, s.step(), s, s);
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
        List<Rectangle> bounds = ChartWindows.layout(charts.size() + 1);
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
        prices = new kozan.gui.compare.PriceMultiples(single, false);
        JFrame pf = new JFrame("World prices (JPY per unit)");
        pf.setContentPane(prices.scrollable());
        pf.setDefaultCloseOperation(javax.swing.WindowConstants.HIDE_ON_CLOSE);
        pf.setBounds(bounds.get(charts.size()));
        register(c, pf);
        new javax.swing.Timer(1000, e -> {
            if (prices.track() != single) {
                prices.setTrack(single);
            }
            if (pf.isShowing()) {
                prices.refresh();
            }
        }).start();
        map.setOpeners(id -> kozan.gui.panel.RegionPanel.open(display == null ? null : display.getFrame(), running,
                        single, false, id, () -> List.copyOf(economy().mines())),
                id -> {
                    Mine m = economy().mine(id);
                    if (m != null) {
                        kozan.gui.panel.MinePanel.open(display == null ? null : display.getFrame(), running, m);
                    }
                });
        leverWindow = new kozan.gui.levers.LeverWindow(plan, p -> applyLevers(),
                () -> scenario.calendar().start().plusMonths(Math.min(monthDigests.size(), scenario.steps() - 1)),
                () -> ConsoleMenus.saveScenario(null, this));
        addLeverListener(() -> leverWindow.status(leverStatus));
        c.registerFrame(leverWindow.frame());
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

    /** The lever panel (null before the Console is up). */
    public kozan.gui.levers.LeverWindow leverWindow() {
        return leverWindow;
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
