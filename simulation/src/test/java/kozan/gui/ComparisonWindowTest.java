package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import kozan.gui.compare.ComparisonWindow;
import kozan.io.ResultsFixture;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison window opens two fixture results with overlays, difference charts and the table. */
@NeedsDisplay
class ComparisonWindowTest {

    @TempDir
    Path tmp;

    @Test
    void runsTwoScenariosSideBySideThenOpensTheComparison() throws Exception {
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, Files.readString(GuiFixtures.scenarioFile())
                .replace("name: \"gui-fixture\"", "name: \"gui-fixture-b\"").replace("capex_grant: 0", "capex_grant: 0.5"));
        AtomicReference<javax.swing.SwingWorker<List<Path>, Integer>> worker = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> worker.set(kozan.gui.compare.SideBySideDialog.run(null,
                List.of(GuiFixtures.scenarioFile(), other), 2)));
        List<Path> dirs = worker.get().get(300, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(dirs).hasSize(2);
        ComparisonWindow w = null;
        for (int i = 0; i < 100 && w == null; i++) { // the worker opens it on the Swing thread after the runs
            SwingUtilities.invokeAndWait(() -> { });
            for (java.awt.Window win : java.awt.Window.getWindows()) {
                if (win instanceof ComparisonWindow c && c.isShowing()) {
                    w = c;
                }
            }
            Thread.sleep(w == null ? 100 : 0);
        }
        assertThat(w).as("comparison window opened after the runs").isNotNull();
        assertThat(w.getTitle()).contains("gui-fixture").contains("gui-fixture-b");
        ComparisonWindow shown = w;
        SwingUtilities.invokeAndWait(shown::dispose);
    }

    @Test
    void opensTwoResultsWithChartsTableAndExport() throws Exception {
        Path base = ResultsFixture.write(tmp.resolve("baseline"), "baseline", 1);
        Path policy = ResultsFixture.write(tmp.resolve("policy"), "policy", 3);
        AtomicReference<ComparisonWindow> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(ComparisonWindow.show(null, List.of(base, policy))));
        ComparisonWindow w = ref.get();
        try {
            assertThat(w).isNotNull();
            assertThat(w.isShowing()).isTrue();
            assertThat(w.tabs().getTabCount()).isEqualTo(5);
            assertThat(w.tabs().getTitleAt(4)).startsWith("Differences");
            assertThat(w.table().getRowCount()).isGreaterThanOrEqualTo(3 * 4);
            for (int i = 0; i < 4; i++) {
                int tab = i;
                AtomicReference<JFreeChart> chart = new AtomicReference<>();
                SwingUtilities.invokeAndWait(() -> {
                    w.tabs().setSelectedIndex(tab);
                    chart.set(w.currentChart());
                });
                assertThat(chart.get()).as("chart on tab " + w.tabs().getTitleAt(tab)).isNotNull();
                Path png = tmp.resolve("tab" + tab + ".png");
                // on the Swing thread, as the Export menu does: JFreeChart is not thread-safe
                SwingUtilities.invokeAndWait(() -> {
                    try {
                        ChartExport.png(chart.get(), png);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                assertThat(Files.size(png)).isGreaterThan(5000);
            }
            SwingUtilities.invokeAndWait(() -> w.tabs().setSelectedIndex(0));
            Thread.sleep(800);
            AtomicReference<Rectangle> box = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> box.set(new Rectangle(w.getLocationOnScreen(), w.getSize())));
            BufferedImage shot = new Robot().createScreenCapture(box.get());
            ImageIO.write(shot, "png", Path.of("target", "gui-comparison.png").toFile());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < shot.getHeight(); y += 3) {
                for (int x = 0; x < shot.getWidth(); x += 3) {
                    colours.add(shot.getRGB(x, y));
                }
            }
            assertThat(colours.size()).as("overlay chart drawn").isGreaterThan(20);
        } finally {
            SwingUtilities.invokeAndWait(() -> w.dispose());
        }
    }
}
