package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import kozan.gui.compare.LiveCompareWindow;
import kozan.gui.compare.LivePair;
import kozan.gui.panel.RegionPanel;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live side-by-side window on a real (virtual) screen: a policy against the fixture, three replications;
 * screenshots of the window and of a region panel into simulation/target/ (gui-side-by-side.png,
 * gui-region-panel.png), which docs/gui.md shows.
 */
@NeedsDisplay
class LiveCompareScreenTest {

    @TempDir
    Path tmp;

    @Test
    void sideBySideLayoutAndRegionPanel() throws Exception {
        LivePair pair = new LivePair(ScenarioLoader.load(LivePairTest.policyFile(tmp)), GuiFixtures.scenario(), 3);
        AtomicReference<LiveCompareWindow> w = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> w.set(LiveCompareWindow.show(pair)));
        try {
            w.get().runToEnd();
            assertThat(pair.done()).isTrue();
            SwingUtilities.invokeAndWait(() -> {
                w.get().frame().setBounds(0, 0, 1580, 980);
                w.get().refreshNow();
            });
            Thread.sleep(800);
            Path shot = shoot(w.get().frame(), "gui-side-by-side.png");
            assertThat(shot).isNotEmptyFile();
            String headline = w.get().headlineText();
            assertThat(headline).contains("Gross jobs", "Net jobs", "Fiscal cost so far", "Import dependence, percentage points", "No change: ",
                    "mean of 3 of 3 replications", "2034-12", "95% CI ");

            SwingUtilities.invokeAndWait(() -> w.get().showPrices());
            Thread.sleep(600);
            shoot(w.get().frame(), "gui-side-by-side-prices.png");

            // a click on Tohoku's prefectures: the map reports the region
            AtomicReference<Point> tohoku = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> tohoku.set(w.get().map().pointOf("tohoku")));
            assertThat(tohoku.get()).isNotNull();
            assertThat(w.get().map().regionAt(tohoku.get().x, tohoku.get().y)).isEqualTo("tohoku");

            AtomicReference<JFrame> region = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                region.set(RegionPanel.open(null, pair.baseline(), pair.track(), true, "tohoku",
                        () -> java.util.List.copyOf(pair.policyEconomy().mines())));
                region.get().setLocation(0, 0);
            });
            Thread.sleep(800);
            shoot(region.get(), "gui-region-panel.png");
            assertThat(texts(region.get().getContentPane()))
                    .contains("Tohoku", "Direct jobs", "Unemployment rate", "Wage index", "Net migration",
                            "Difference (95% CI)", "Mines and prospects");
            SwingUtilities.invokeAndWait(() -> region.get().dispose());
        } finally {
            SwingUtilities.invokeAndWait(() -> w.get().frame().dispose());
        }
    }

    /**
     * The shipped scenarios (critical-minerals push against the baseline, 2 replications, every commodity and
     * region): the layout must stay readable with 17 commodities; screenshots for docs/gui.md.
     */
    @Test
    void shippedScenariosSideBySide() throws Exception {
        Path scenarios = Path.of("..", "scenarios");
        LivePair pair = new LivePair(ScenarioLoader.load(scenarios.resolve("critical-minerals-push.yaml")),
                ScenarioLoader.load(scenarios.resolve("baseline.yaml")), 2);
        AtomicReference<LiveCompareWindow> w = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> w.set(LiveCompareWindow.show(pair)));
        try {
            w.get().runToEnd();
            SwingUtilities.invokeAndWait(() -> {
                w.get().frame().setBounds(0, 0, 1580, 980);
                w.get().refreshNow();
            });
            Thread.sleep(800);
            shoot(w.get().frame(), "gui-side-by-side-shipped.png");
            assertThat(w.get().headlineText()).contains("Rare earths <b>", "mean of 2 of 2 replications");
            SwingUtilities.invokeAndWait(() -> w.get().showPrices());
            Thread.sleep(600);
            shoot(w.get().frame(), "gui-world-prices.png");
            AtomicReference<JFrame> region = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                region.set(RegionPanel.open(null, pair.baseline(), pair.track(), true, "tohoku",
                        () -> java.util.List.copyOf(pair.policyEconomy().mines())));
                region.get().setLocation(0, 0);
            });
            Thread.sleep(800);
            shoot(region.get(), "gui-region-panel-shipped.png");
            SwingUtilities.invokeAndWait(() -> region.get().dispose());
        } finally {
            SwingUtilities.invokeAndWait(() -> w.get().frame().dispose());
        }
    }

    /** The lever panel with a timeline being edited. */
    @Test
    void leverWindow() throws Exception {
        kozan.gui.levers.LeverPlan plan = new kozan.gui.levers.LeverPlan(GuiFixtures.scenario());
        plan.set(Lever.CAPEX_GRANT, java.time.YearMonth.of(2027, 4), 0.33);
        plan.set(Lever.OFFTAKE_MANDATE, java.time.YearMonth.of(2030, 1), 0.3);
        AtomicReference<kozan.gui.levers.LeverWindow> w = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            w.set(new kozan.gui.levers.LeverWindow(plan, p -> "applies from 2027-04 in this run (at the next step)",
                    () -> java.time.YearMonth.of(2027, 4), () -> { }));
            w.get().show(null);
            w.get().frame().setLocation(0, 0);
            w.get().status("capex_grant = 0.33 from 2027-04: applies from 2027-04 in this run (at the next step)");
        });
        Thread.sleep(800);
        shoot(w.get().frame(), "gui-levers.png");
        String text = texts(w.get().frame().getContentPane());
        assertThat(text).contains("Share of exploration spending paid by the state.", "applies from 2027-04 in this run");
        SwingUtilities.invokeAndWait(() -> w.get().frame().dispose());
    }

    /** Every label's and button's text in a container, one per line. */
    static String texts(java.awt.Container c) {
        StringBuilder b = new StringBuilder();
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof JLabel l) {
                b.append(l.getText()).append('\n');
            } else if (k instanceof javax.swing.AbstractButton a) {
                b.append(a.getText()).append('\n');
            }
            if (k instanceof java.awt.Container inner) {
                b.append(texts(inner));
            }
        }
        return b.toString();
    }

    private static Path shoot(Window window, String name) throws Exception {
        Rectangle r = window.getBounds();
        BufferedImage img = new Robot().createScreenCapture(r);
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(img, "png", out.toFile());
        return out;
    }
}
