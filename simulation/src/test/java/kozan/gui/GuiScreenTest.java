package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import kozan.gui.live.LiveChart;
import kozan.gui.map.MineView;
import kozan.gui.map.RegionView;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * Starts the planner on a real (virtual) screen, plays some months, takes a screenshot and checks that the
 * Console, the charts (with data) and the map are on it. Run under Xvfb: see the gui profile in simulation/pom.xml.
 */
@NeedsDisplay
class GuiScreenTest {

    static final int MONTHS = 36;

    /** The baseline scenario when the repository has one, else the GUI test fixture. */
    static Path scenarioFile() {
        Path baseline = Path.of("..", "scenarios", "baseline.yaml");
        return Files.isRegularFile(baseline) ? baseline : GuiFixtures.scenarioFile();
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    private static int distinctColours(BufferedImage shot, Rectangle r) {
        Rectangle in = r.intersection(new Rectangle(0, 0, shot.getWidth(), shot.getHeight()));
        Set<Integer> colours = new HashSet<>();
        for (int y = in.y; y < in.y + in.height; y += 2) {
            for (int x = in.x; x < in.x + in.width; x += 2) {
                colours.add(shot.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    @Test
    void consoleChartsAndMapAreOnScreenWithData() throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).as("needs a display: run with xvfb-run and -Pgui").isFalse();
        Path file = scenarioFile();
        Scenario scenario = ScenarioLoader.load(file);
        MiningEconomyWithUI gui = new MiningEconomyWithUI(scenario, file);
        AtomicReference<Console> ref = new AtomicReference<>();
        onEdt(() -> ref.set(PlannerApp.show(gui)));
        Console console = ref.get();
        try {
            console.pressPlay();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while ((gui.feed().latest() == null || gui.feed().latest().step() < MONTHS)
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            console.pressPause();
            assertThat(gui.feed().latest()).isNotNull();
            assertThat(gui.feed().latest().step()).isGreaterThanOrEqualTo(MONTHS);
            onEdt(() -> { });
            AtomicReference<List<String>> labels = new AtomicReference<>();
            onEdt(() -> labels.set(showModelTab(console)));
            assertThat(labels.get()).as("levers and headline numbers in the Model tab")
                    .contains("ExplorationSubsidy", "CarbonPriceYenPerTCo2e", "JobsDirect", "Month");
            onEdt(() -> gui.frames().forEach(JFrame::repaint));
            Thread.sleep(1500);
            onEdt(() -> { });

            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            BufferedImage shot = new Robot().createScreenCapture(new Rectangle(0, 0,
                    screen.x + screen.width, screen.y + screen.height));
            Path out = Path.of("target", "gui-screenshot.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(shot, "png", out.toFile());

            AtomicReference<Rectangle> consoleBox = new AtomicReference<>();
            onEdt(() -> consoleBox.set(new Rectangle(console.getLocationOnScreen(), console.getSize())));
            assertThat(console.isShowing()).isTrue();
            assertThat(distinctColours(shot, consoleBox.get())).as("console drawn").isGreaterThan(8);

            List<JFrame> frames = gui.frames();
            assertThat(frames).hasSize(1 + gui.charts().size() + 1); // map, live charts, world prices (small multiples)
            for (JFrame f : frames) {
                AtomicReference<Rectangle> box = new AtomicReference<>();
                onEdt(() -> box.set(new Rectangle(f.getLocationOnScreen(), f.getSize())));
                assertThat(f.isShowing()).as(f.getTitle()).isTrue();
                assertThat(distinctColours(shot, box.get())).as("pixels of " + f.getTitle()).isGreaterThan(20);
            }
            boolean labourMarket = gui.feed().latest().values().keySet().stream()
                    .anyMatch(k -> k.metric().equals("unemployment_rate"));
            for (LiveChart c : gui.charts()) {
                if (labourMarket || !c.title().startsWith("Unemployment")) {
                    assertThat(c.pointCount()).as(c.title()).isGreaterThanOrEqualTo(MONTHS);
                }
            }
            checkMap(gui, shot);
        } finally {
            onEdt(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
            });
        }
    }

    /** Selects the Console's Model tab; returns the texts of the labels in it (the inspector's property names). */
    private static List<String> showModelTab(Console console) {
        List<String> out = new java.util.ArrayList<>();
        for (java.awt.Component c : all(console.getContentPane())) {
            if (c instanceof javax.swing.JTabbedPane tabs) {
                for (int i = 0; i < tabs.getTabCount(); i++) {
                    if ("Model".equals(tabs.getTitleAt(i))) {
                        tabs.setSelectedIndex(i);
                        for (java.awt.Component l : all((java.awt.Container) tabs.getComponentAt(i))) {
                            if (l instanceof javax.swing.JLabel label && label.getText() != null) {
                                out.add(label.getText().trim());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<java.awt.Component> all(java.awt.Container root) {
        List<java.awt.Component> out = new java.util.ArrayList<>();
        for (java.awt.Component c : root.getComponents()) {
            out.add(c);
            if (c instanceof java.awt.Container k) {
                out.addAll(all(k));
            }
        }
        return out;
    }

    /** The map shows land in several colours over the sea, and a click at a mine or a prefecture hits it. */
    private static void checkMap(MiningEconomyWithUI gui, BufferedImage shot) throws Exception {
        Display2D display = gui.display();
        AtomicReference<Rectangle> inner = new AtomicReference<>();
        AtomicReference<DrawInfo2D> info = new AtomicReference<>();
        onEdt(() -> {
            inner.set(new Rectangle(display.insideDisplay.getLocationOnScreen(), display.insideDisplay.getSize()));
            info.set(display.getDrawInfo2D(gui.map().mineLayer(), new Point2D.Double(0, 0)));
        });
        assertThat(distinctColours(shot, inner.get())).as("map drawn in many colours").isGreaterThan(12);

        MineView mine = gui.map().mines().get(0);
        sim.util.Double2D at = gui.map().mineField().getObjectLocation(mine);
        Point2D.Double p = toDisplay(gui, info.get(), at.x, at.y);
        assertThat(hit(display, p)).as("click on " + mine + " at " + p).contains(mine);
        assertThat(inner.get().contains(new Point(inner.get().x + (int) p.x, inner.get().y + (int) p.y)))
                .as("mine inside the visible map").isTrue();

        // a click inside a region's prefecture (at the region's centre) hits the region
        RegionView kanto = gui.map().regions().stream().filter(r -> !r.getPrefectures().isEmpty()).findFirst().orElseThrow();
        kozan.scenario.RegionSpec spec = gui.scenario().regions().stream()
                .filter(r -> r.id().equals(kanto.getId())).findFirst().orElseThrow();
        Point2D.Double centre = gui.map().projection().project(spec.lon(), spec.lat());
        Point2D.Double q = toDisplay(gui, info.get(), centre.x, centre.y);
        assertThat(hit(display, q)).as("click on region " + kanto.getId()).contains(kanto);
        // what a mouse click then does: inspectors for everything hit, without an exception
        onEdt(() -> display.createInspectors(new java.awt.geom.Rectangle2D.Double(q.x, q.y, 1, 1), gui));
        // ... which opens the region's readable panel, not a raw inspector
        Thread.sleep(500);
        AtomicReference<javax.swing.JFrame> panel = new AtomicReference<>();
        onEdt(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JFrame f && f.isShowing() && f.getTitle().startsWith("Region: ")) {
                    panel.set(f);
                }
            }
        });
        assertThat(panel.get()).as("region panel opened by the click").isNotNull();
        assertThat(LiveCompareScreenTest.texts(panel.get().getContentPane())).contains("Direct jobs", "Unemployment rate",
                "Value", "Mines and prospects in the region");
        onEdt(() -> panel.get().dispose());
    }

    private static Point2D.Double toDisplay(MiningEconomyWithUI gui, DrawInfo2D d, double x, double y) {
        return new Point2D.Double(d.draw.x + x * d.draw.width / gui.map().mineField().getWidth(),
                d.draw.y + y * d.draw.height / gui.map().mineField().getHeight());
    }

    private static List<Object> hit(Display2D display, Point2D.Double p) throws Exception {
        AtomicReference<Bag[]> hits = new AtomicReference<>();
        onEdt(() -> hits.set(display.objectsHitBy(p)));
        List<Object> out = new java.util.ArrayList<>();
        for (Bag b : hits.get()) {
            for (int i = 0; i < b.numObjs; i++) {
                out.add(((LocationWrapper) b.objs[i]).getObject());
            }
        }
        return out;
    }
}
