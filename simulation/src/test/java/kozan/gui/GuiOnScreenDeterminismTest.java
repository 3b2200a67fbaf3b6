package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import kozan.gui.live.RowKey;
import kozan.observe.RowSink;
import kozan.observe.Runs;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.display.Console;

/** With the Console, map and charts on screen, a full run gives the rows of headless replication 0. */
@NeedsDisplay
class GuiOnScreenDeterminismTest {

    @Test
    void fullRunInTheConsoleEqualsTheHeadlessRun() throws Exception {
        Scenario s = GuiFixtures.scenario();
        MiningEconomyWithUI gui = new MiningEconomyWithUI(s, GuiFixtures.scenarioFile());
        List<List<Map.Entry<RowKey, Double>>> onScreen = new java.util.concurrent.CopyOnWriteArrayList<>();
        gui.feed().addListener(snap -> onScreen.add(List.copyOf(snap.values().entrySet())));
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set(PlannerApp.show(gui)));
        try {
            console.get().pressPlay();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (onScreen.size() < s.steps() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                console.get().pressStop();
                gui.quit();
                console.get().dispose();
            });
        }
        List<Map<RowKey, Double>> steps = new ArrayList<>();
        RowSink sink = (step, metric, commodity, region, detail, value) -> {
            while (steps.size() <= step) {
                steps.add(new LinkedHashMap<>());
            }
            steps.get(step).put(new RowKey(metric, commodity, region, detail), value);
        };
        Runs.simulate(s, 0, sink);
        assertThat(onScreen).hasSize(s.steps());
        assertThat(onScreen).isEqualTo(steps.stream().map(m -> List.copyOf(m.entrySet())).toList());
    }
}
