package kozan.gui.compare;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;
import kozan.chart.ChartSet;
import kozan.chart.NamedChart;
import kozan.gui.ChartExport;
import kozan.gui.ScenarioDialogs;
import kozan.gui.panel.Values;
import kozan.io.Results;
import kozan.io.ResultsReader;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * Compares finished runs: overlays of any headline quantity (mean and 95% band per run), the paired difference
 * charts of each run against the first (baseline), and a table of differences in the target years. Every chart
 * can be exported as PNG or SVG (menu, or right-click on the chart).
 */
public final class ComparisonWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    private final transient ComparisonModel model;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JPanel overlayHolder = new JPanel(new BorderLayout());
    private transient JFreeChart overlay;
    private final JTable table;

    public ComparisonWindow(ComparisonModel model) {
        super("Compare: " + String.join(" vs ", names(model)));
        this.model = model;
        JComboBox<String> chooser = new JComboBox<>(model.viewNames().toArray(new String[0]));
        chooser.addActionListener(e -> showOverlay((String) chooser.getSelectedItem()));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("Overlay: "));
        top.add(chooser);
        JPanel overlayTab = new JPanel(new BorderLayout());
        overlayTab.add(top, BorderLayout.NORTH);
        overlayTab.add(overlayHolder, BorderLayout.CENTER);
        tabs.addTab("Overlay", overlayTab);
        for (int i = 1; i < model.runs().size(); i++) {
            for (NamedChart c : ChartSet.comparison(model.runs().get(0), model.runs().get(i))) {
                tabs.addTab(tabName(c, i), ChartExport.panel(c.chart()));
            }
        }
        table = new JTable(tableModel(model.differences()));
        table.setAutoCreateRowSorter(true);
        tabs.addTab("Differences in target years", new JScrollPane(table));
        showOverlay(model.viewNames().get(0));
        JMenuBar bar = new JMenuBar();
        bar.add(ChartExport.menu(this, this::currentChart));
        setJMenuBar(bar);
        JPanel content = new JPanel(new BorderLayout());
        content.add(tabs, BorderLayout.CENTER);
        StringBuilder dirs = new StringBuilder("Results: ");
        for (int i = 0; i < model.runs().size(); i++) {
            dirs.append(i == 0 ? "" : "  |  ").append(model.runs().get(i).dir().toAbsolutePath());
        }
        JLabel paths = new JLabel(dirs.toString());
        paths.setToolTipText(dirs.toString());
        content.add(paths, BorderLayout.SOUTH);
        setContentPane(content);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setSize(1000, 680);
    }

    private static List<String> names(ComparisonModel m) {
        List<String> n = new ArrayList<>();
        for (Results r : m.runs()) {
            n.add(r.scenarioName());
        }
        return n;
    }

    private String tabName(NamedChart c, int run) {
        // compare_net_jobs (file name kept for existing readers) draws gross and net jobs
        String base = c.name().equals("compare_net_jobs") ? "gross and net jobs"
                : c.name().replace("compare_", "").replace('_', ' ');
        return model.runs().size() > 2 ? base + " (" + model.runs().get(run).scenarioName() + ")" : base;
    }

    private void showOverlay(String view) {
        overlay = model.overlay(view);
        overlayHolder.removeAll();
        overlayHolder.add(ChartExport.panel(overlay), BorderLayout.CENTER);
        overlayHolder.revalidate();
        overlayHolder.repaint();
    }

    /** The chart of the selected tab (the overlay on the first tab); null on the table tab. */
    public JFreeChart currentChart() {
        Component c = tabs.getSelectedComponent();
        if (c instanceof ChartPanel p) {
            return p.getChart();
        }
        return tabs.getSelectedIndex() == 0 ? overlay : null;
    }

    public JTabbedPane tabs() {
        return tabs;
    }

    public JTable table() {
        return table;
    }

    static DefaultTableModel tableModel(List<DiffRow> rows) {
        String[] cols = {"Scenario", "Quantity", "Unit", "Year", "Baseline mean", "Scenario mean", "Difference",
            "95% CI low", "95% CI high", "n", "Paired (CRN)"};
        DefaultTableModel m = new DefaultTableModel(cols, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        // as the panels write them (levels "4,364,606 persons", "81.8%", "JPY 55.1 bn"; differences "+61,915
        // persons", "+0.01 pp", "+JPY 0.06 bn"), float noise as 0, not 5.920e-11
        for (DiffRow r : rows) {
            m.addRow(new Object[]{r.scenario(), r.metric(), r.unit(), r.year(), Values.level(r.kind(), r.baselineMean()),
                Values.level(r.kind(), r.scenarioMean()), Values.signed(r.kind(), r.difference(), true),
                Values.signed(r.kind(), r.ci95Low(), true), Values.signed(r.kind(), r.ci95High(), true), r.n(),
                r.paired() ? "yes" : "no"});
        }
        return m;
    }

    /** Reads the directories and opens the window; a bad directory gives an error dialog and no window. */
    public static ComparisonWindow show(Component parent, List<Path> dirs) {
        List<Results> runs = new ArrayList<>();
        for (Path d : dirs) {
            try {
                runs.add(ResultsReader.read(d));
            } catch (IOException | RuntimeException e) {
                ScenarioDialogs.error(parent, "Cannot read results", "error: " + d + ": " + e.getMessage());
                return null;
            }
        }
        ComparisonModel model;
        try {
            model = new ComparisonModel(runs);
        } catch (IllegalArgumentException e) {
            ScenarioDialogs.error(parent, "Cannot compare", "error: " + e.getMessage());
            return null;
        }
        ComparisonWindow w = new ComparisonWindow(model);
        w.setLocationRelativeTo(parent);
        w.setVisible(true);
        return w;
    }

    /** Asks for two or more results directories (the first chosen is the baseline) and opens the window. */
    public static ComparisonWindow open(Component parent) {
        JFileChooser chooser = new JFileChooser(Path.of("results").toFile());
        chooser.setDialogTitle("Compare results: choose two or more results directories (first = baseline)");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        List<Path> dirs = new ArrayList<>();
        for (java.io.File f : chooser.getSelectedFiles()) {
            dirs.add(f.toPath());
        }
        if (dirs.size() < 2) {
            ScenarioDialogs.error(parent, "Cannot compare", "error: choose at least two results directories (got "
                    + dirs.size() + "); hold Ctrl or Shift to select several.");
            return null;
        }
        return show(parent, dirs);
    }
}
