package kozan.gui.compare;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSlider;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import kozan.chart.ChartStyle;
import kozan.chart.Charts;
import kozan.chart.Palette;
import kozan.chart.Series;
import kozan.gui.ChartExport;
import kozan.gui.compare.PairedTrack.Side;
import kozan.gui.panel.RegionPanel;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * A policy and its baseline side by side, live ({@code kozan gui SCENARIO --compare BASELINE}, File > Compare
 * With...): both run month by month with common random numbers ({@link LivePair}) on a background thread; the
 * window shows the headline paired differences so far, a chosen quantity for the policy and the baseline and
 * their difference (bands fill in as replications finish), world prices as small multiples, and a map of the
 * change in jobs by region, gross or net. Clicking a region opens its panel.
 */
public final class LiveCompareWindow {

    /** The policy's colour; the baseline is black (as in the comparison window). */
    static final Color POLICY = Palette.BLUE;

    private final LivePair pair;
    private final JFrame frame;
    private final JLabel headline = new JLabel();
    private final javax.swing.JTabbedPane tabs = new javax.swing.JTabbedPane();
    private final JLabel status = new JLabel();
    private final JComboBox<String> quantity;
    private final List<Quantity> choices;
    private final ChartPanel overlay;
    private final ChartPanel difference;
    private final PriceMultiples prices;
    private final DifferenceMap map;
    private final JRadioButton gross = new JRadioButton("Gross", true);
    private final JRadioButton net = new JRadioButton("Net");
    private final JButton play = new JButton("Play");
    private final JSlider speed = new JSlider(0, 100, 100);
    private final AtomicBoolean playing = new AtomicBoolean();
    private final AtomicInteger version = new AtomicInteger();
    private final Timer refresh;
    private volatile boolean closed;
    private int shownVersion = -1;
    private long lastRefresh;
    private long refreshNanos;
    private Thread worker;
    private Path policyFile;
    private Path baselineFile;

    public LiveCompareWindow(LivePair pair) {
        this.pair = pair;
        Scenario p = pair.policy();
        Scenario b = pair.baseline();
        frame = new JFrame("Side by side, live: " + p.metadata().name() + " against " + b.metadata().name());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        choices = pair.track().quantities().stream().filter(q -> !q.id().contains(":") || q.id().startsWith("dependence:")).toList();
        quantity = new JComboBox<>(choices.stream().map(Quantity::label).toArray(String[]::new));
        overlay = ChartExport.panel(overlayChart());
        difference = ChartExport.panel(differenceChart());
        prices = new PriceMultiples(pair.track(), true);
        map = new DifferenceMap(b.regions(), this::openRegion);
        pair.addListener((rep, ps, bs) -> version.incrementAndGet());
        frame.setContentPane(content());
        frame.setJMenuBar(menus());
        refresh = new Timer(250, e -> refresh(false));
        refresh.start();
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                closed = true;
                playing.set(false);
                refresh.stop();
            }
        });
        refresh(true);
    }

    /** Builds and shows the window (Swing thread). */
    public static LiveCompareWindow show(LivePair pair) {
        LiveCompareWindow w = new LiveCompareWindow(pair);
        w.frame.setSize(1580, 980);
        w.frame.setLocationByPlatform(true);
        w.frame.setVisible(true);
        return w;
    }

    /** The scenario files on screen, for File > Report (null when the policy exists only in the GUI). */
    public void setFiles(Path policy, Path baseline) {
        this.policyFile = policy;
        this.baselineFile = baseline;
    }

    public JFrame frame() {
        return frame;
    }

    public LivePair pair() {
        return pair;
    }

    private JPanel content() {
        JPanel top = new JPanel(new BorderLayout());
        headline.setFont(headline.getFont().deriveFont(Font.PLAIN, 14f));
        headline.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        top.add(headline, BorderLayout.CENTER);

        JPanel pick = new JPanel(new FlowLayout(FlowLayout.LEFT));
        pick.add(new JLabel("Show:"));
        pick.add(quantity);
        quantity.addActionListener(e -> refresh(true));
        JPanel charts = new JPanel(new GridLayout(2, 1, 0, 4));
        charts.add(overlay);
        charts.add(difference);
        JPanel compared = new JPanel(new BorderLayout());
        compared.add(pick, BorderLayout.NORTH);
        compared.add(charts, BorderLayout.CENTER);
        JPanel priceTab = new JPanel(new BorderLayout());
        JLabel priceNote = new JLabel("World prices, one panel per commodity in its own unit: policy blue, baseline"
                + " black dashed; shaded: lowest to highest replication. Right-click a panel to export it.");
        priceNote.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        priceTab.add(priceNote, BorderLayout.NORTH);
        priceTab.add(prices.scrollable(), BorderLayout.CENTER);
        tabs.addTab("Policy and baseline", compared);
        tabs.addTab("World prices", priceTab);

        ButtonGroup g = new ButtonGroup();
        g.add(gross);
        g.add(net);
        gross.addActionListener(e -> refresh(true));
        net.addActionListener(e -> refresh(true));
        JPanel radios = new JPanel(new FlowLayout(FlowLayout.LEFT));
        radios.add(new JLabel("Change in jobs:"));
        gross.setToolTipText("Gross jobs: change in direct + indirect + induced jobs (the mining economy)");
        net.setToolTipText("Net jobs: change in all employment (gross minus the jobs displaced elsewhere)");
        radios.add(gross);
        radios.add(net);
        JPanel mapPanel = new JPanel(new BorderLayout());
        mapPanel.add(radios, BorderLayout.NORTH);
        mapPanel.add(map, BorderLayout.CENTER);
        tabs.setPreferredSize(new Dimension(1000, 700));
        mapPanel.setPreferredSize(new Dimension(540, 700));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, tabs, mapPanel);
        split.setResizeWeight(0.66);

        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT));
        play.addActionListener(e -> togglePlay());
        JButton step = new JButton("Step month");
        step.addActionListener(e -> stepOnce());
        controls.add(play);
        controls.add(step);
        controls.add(new JLabel("Speed:"));
        speed.setPreferredSize(new Dimension(140, 24));
        controls.add(speed);
        controls.add(status);

        JPanel root = new JPanel(new BorderLayout());
        root.add(top, BorderLayout.NORTH);
        root.add(split, BorderLayout.CENTER);
        root.add(controls, BorderLayout.SOUTH);
        return root;
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        javax.swing.JMenuItem report = new javax.swing.JMenuItem("Report...");
        report.addActionListener(e -> {
            if (policyFile == null || baselineFile == null) {
                kozan.gui.ScenarioDialogs.error(frame, "No report", "The policy exists only in the GUI: save it "
                        + "first (File > Save Scenario in the Console), then compare the saved file.");
                return;
            }
            kozan.gui.GuiReport.ask(frame, dir -> () -> kozan.gui.GuiReport.pair(baselineFile, policyFile,
                    pair.replications(), dir));
        });
        file.add(report);
        bar.add(file);
        JMenu export = new JMenu("Export");
        export.add(ChartExport.menu(frame, overlay::getChart).getItem(0)).setText("Policy and baseline chart as PNG...");
        export.add(ChartExport.menu(frame, overlay::getChart).getItem(1)).setText("Policy and baseline chart as SVG...");
        export.add(ChartExport.menu(frame, difference::getChart).getItem(0)).setText("Difference chart as PNG...");
        export.add(ChartExport.menu(frame, difference::getChart).getItem(1)).setText("Difference chart as SVG...");
        bar.add(export);
        return bar;
    }

    private Quantity selected() {
        return choices.get(Math.max(0, quantity.getSelectedIndex()));
    }

    private String policyName() {
        return "Policy: " + pair.policy().metadata().name();
    }

    private String baselineName() {
        return "Baseline: " + pair.baseline().metadata().name();
    }

    private String bandNote() {
        int f = pair.track().finished();
        return "Mean over replications; 95% band once 2 have reached a month (" + f + " of " + pair.replications()
                + " finished)";
    }

    JFreeChart overlayChart() {
        Quantity q = selected();
        PairedTrack t = pair.track();
        // the baseline first: drawn on top, dashed, so it shows where the two runs coincide
        List<Series> s = List.of(t.range(q.id(), Side.BASELINE, baselineName(), Palette.BLACK),
                t.range(q.id(), Side.POLICY, policyName(), POLICY));
        JFreeChart c = Charts.lines(q.label(), "Mean over replications; shaded: lowest to highest replication ("
                + t.finished() + " of " + pair.replications() + " finished)", "Year", axis(q, q.unit()), t.x(), s,
                q.kind() == Quantity.Kind.SHARE, false);
        dashFirst(c);
        return ChartStyle.roomForLastYear(c);
    }

    JFreeChart differenceChart() {
        Quantity q = selected();
        PairedTrack t = pair.track();
        List<Series> s = List.of(t.series(q.id(), Side.DIFFERENCE, "Policy minus baseline (paired)", Palette.VERMILLION));
        return ChartStyle.roomForLastYear(Charts.lines("Difference: " + q.label(), "Paired by replication (common "
                + "random numbers); " + bandNote().toLowerCase(java.util.Locale.ROOT), "Year", axis(q, q.unit()), t.x(),
                s, false, true));
    }

    /** The first series (the baseline) dashed. */
    static void dashFirst(JFreeChart c) {
        c.getXYPlot().getRenderer().setSeriesStroke(0, new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
    }

    private static String axis(Quantity q, String unit) {
        return switch (q.kind()) {
            case SHARE -> "Share";
            case YEN -> "JPY";
            default -> unit;
        };
    }

    /** Redraws what changed since the last refresh (Swing thread). */
    void refresh(boolean force) {
        int v = version.get();
        long now = System.nanoTime();
        // while playing, redraw at most every 3x the last redraw's time, so drawing never starves the model
        if (!force && (v == shownVersion || now - lastRefresh < 3 * refreshNanos)) {
            return;
        }
        shownVersion = v;
        lastRefresh = now;
        PairedTrack t = pair.track();
        int step = t.latestStep();
        headline.setText(Headline.html(t, pair.policy().metadata().name(), pair.baseline().metadata().name()));
        overlay.setChart(overlayChart());
        difference.setChart(differenceChart());
        if (tabs.getSelectedIndex() == 1 || force) {
            prices.refresh();
        }
        Map<String, Double> byRegion = new LinkedHashMap<>();
        String prefix = gross.isSelected() ? "gross:" : "net:";
        for (RegionSpec r : pair.baseline().regions()) {
            byRegion.put(r.id(), step < 0 ? Double.NaN : t.at(prefix + r.id(), Side.DIFFERENCE, step).mean());
        }
        map.show((gross.isSelected() ? "Gross jobs" : "Net jobs") + " by region, policy minus baseline",
                step < 0 ? "no month yet" : "mean of the replications, " + t.start().plusMonths(step), byRegion);
        int rep = pair.replication();
        status.setText(pair.done() ? "Done: " + pair.replications() + " replications of each."
                : step < 0 ? "Ready: " + pair.replications() + " replications of each."
                : "Replication " + (rep + 1) + " of " + pair.replications() + ", showing "
                + t.start().plusMonths(step) + (playing.get() ? " (playing)" : " (paused)"));
        play.setText(playing.get() ? "Pause" : pair.done() ? "Done" : "Play");
        play.setEnabled(!pair.done());
        refreshNanos = System.nanoTime() - now;
    }

    private void togglePlay() {
        if (playing.get()) {
            playing.set(false);
            return;
        }
        playing.set(true);
        if (worker == null || !worker.isAlive()) {
            worker = new Thread(this::runLoop, "kozan-live-compare");
            worker.setDaemon(true);
            worker.start();
        }
        refresh(true);
    }

    private void stepOnce() {
        if (!playing.get()) {
            synchronized (pair) {
                pair.step();
            }
            refresh(true);
        }
    }

    /** Steps while playing; the speed slider sets a pause of up to 50 ms per month. */
    private void runLoop() {
        while (playing.get() && !closed) {
            boolean more;
            synchronized (pair) {
                more = pair.step();
            }
            if (!more) {
                playing.set(false);
                break;
            }
            int pause = (100 - speed.getValue()) / 2;
            if (pause > 0) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
        SwingUtilities.invokeLater(() -> refresh(true));
    }

    /** Redraws everything now (Swing thread; tests and screenshots). */
    public void refreshNow() {
        refresh(true);
    }

    /** The headline as shown (HTML). */
    public String headlineText() {
        return headline.getText();
    }

    /** Starts playing (for the CLI and tests). */
    public void play() {
        if (!playing.get()) {
            togglePlay();
        }
    }

    /** Runs every remaining month on the calling thread (tests). */
    public void runToEnd() {
        synchronized (pair) {
            while (pair.step()) {
                // all replications
            }
        }
    }

    private void openRegion(String regionId) {
        RegionPanel.open(frame, pair.baseline(), pair.track(), true, regionId,
                () -> {
                    synchronized (pair) {
                        return pair.policyEconomy() == null ? List.of() : List.copyOf(pair.policyEconomy().mines());
                    }
                });
    }

    /** The region ids in map order (tests). */
    List<String> regionIds() {
        List<String> out = new ArrayList<>();
        pair.baseline().regions().forEach(r -> out.add(r.id()));
        return out;
    }

    /** Shows the World prices tab (tests and screenshots). */
    public void showPrices() {
        tabs.setSelectedIndex(1);
        prices.refresh();
    }

    public DifferenceMap map() {
        return map;
    }
}
