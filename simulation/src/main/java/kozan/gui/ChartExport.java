package kozan.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.jfree.chart.ChartPanel;
import kozan.chart.ChartExporter;
import org.jfree.chart.JFreeChart;

/** PNG and SVG export (kozan.chart.ChartExporter) of any chart shown in the GUI, from a window menu or right-click. */
public final class ChartExport {

    private ChartExport() {
    }

    public static void png(JFreeChart chart, Path file) throws IOException {
        ChartExporter.png(chart, file, ChartExporter.WIDTH, ChartExporter.HEIGHT);
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        ChartExporter.svg(chart, file, ChartExporter.WIDTH, ChartExporter.HEIGHT);
    }

    /** A ChartPanel whose right-click menu offers Kozan's PNG/SVG export instead of JFreeChart's own "Save as". */
    public static ChartPanel panel(JFreeChart chart) {
        ChartPanel panel = new ChartPanel(chart, ChartPanel.DEFAULT_WIDTH, ChartPanel.DEFAULT_HEIGHT,
                ChartPanel.DEFAULT_MINIMUM_DRAW_WIDTH, ChartPanel.DEFAULT_MINIMUM_DRAW_HEIGHT,
                4000, 3000, true, true, false, false, true, true);
        JPopupMenu popup = panel.getPopupMenu();
        if (popup != null) {
            popup.addSeparator();
            popup.add(item("Export as PNG...", panel, "png"));
            popup.add(item("Export as SVG...", panel, "svg"));
        }
        return panel;
    }

    /** "Export" menu for a chart window's menu bar. */
    public static JMenu menu(java.awt.Component parent, java.util.function.Supplier<JFreeChart> chart) {
        JMenu m = new JMenu("Export");
        JMenuItem png = new JMenuItem("Export chart as PNG...");
        png.addActionListener(e -> ask(parent, chart.get(), "png"));
        JMenuItem svg = new JMenuItem("Export chart as SVG...");
        svg.addActionListener(e -> ask(parent, chart.get(), "svg"));
        m.add(png);
        m.add(svg);
        return m;
    }

    /** Exports the chart the panel shows when the entry is chosen (live windows replace their charts). */
    private static JMenuItem item(String label, ChartPanel panel, String kind) {
        JMenuItem i = new JMenuItem(label);
        i.addActionListener(e -> ask(panel, panel.getChart(), kind));
        return i;
    }

    static void ask(java.awt.Component parent, JFreeChart chart, String kind) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(kind.toUpperCase(Locale.ROOT) + " image", kind));
        String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
        chooser.setSelectedFile(new java.io.File(title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "." + kind));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + kind)) {
            file = file.resolveSibling(file.getFileName() + "." + kind);
        }
        try {
            if (kind.equals("png")) {
                png(chart, file);
            } else {
                svg(chart, file);
            }
        } catch (IOException | RuntimeException ex) {
            JOptionPane.showMessageDialog(parent, "Could not write " + file + ":\n" + ex.getMessage(),
                    "Export failed", JOptionPane.ERROR_MESSAGE);
        }
    }
}
