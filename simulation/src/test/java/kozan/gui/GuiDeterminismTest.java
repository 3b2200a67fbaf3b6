package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.SwingUtilities;
import kozan.gui.live.LiveChart;
import kozan.gui.live.RowKey;
import kozan.gui.map.MineView;
import kozan.model.random.Seeds;
import kozan.observe.RowSink;
import kozan.observe.Runs;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * Runs the model through its GUI twin without a display (no Console: GUIState.start/step/finish, as the Console
 * would call them) and checks the rows are those of a headless run with the same master seed.
 */
class GuiDeterminismTest {

    /** Rows per step, in emission order. */
    private static List<Map<RowKey, Double>> headless(Scenario s, int replication) {
        List<Map<RowKey, Double>> steps = new ArrayList<>();
        RowSink sink = (step, metric, commodity, region, detail, value) -> {
            while (steps.size() <= step) {
                steps.add(new LinkedHashMap<>());
            }
            steps.get(step).put(new RowKey(metric, commodity, region, detail), value);
        };
        Runs.simulate(s, replication, sink);
        return steps;
    }

    private static List<Map<RowKey, Double>> viaGui(MiningEconomyWithUI gui) throws Exception {
        List<Map<RowKey, Double>> steps = new ArrayList<>();
        gui.feed().addListener(snap -> {
            assertThat(snap.step()).isEqualTo(steps.size());
            steps.add(snap.values());
        });
        gui.start();
        int guard = gui.scenario().steps() + 10;
        while (gui.step() && guard-- > 0) {
            // the after-step hook kills the model at the horizon, which ends the loop
        }
        gui.finish();
        SwingUtilities.invokeAndWait(() -> { });
        return steps;
    }

    private static List<List<Map.Entry<RowKey, Double>>> ordered(List<Map<RowKey, Double>> steps) {
        return steps.stream().map(m -> List.copyOf(m.entrySet())).toList();
    }

    @Test
    void runWithGuiHooksGivesTheSameRowsAsHeadlessReplicationZero() throws Exception {
        Scenario s = GuiFixtures.scenario();
        MiningEconomyWithUI gui = new MiningEconomyWithUI(s, GuiFixtures.scenarioFile());
        assertThat(gui.state.seed()).as("Console seed = replication").isEqualTo(0);

        List<Map<RowKey, Double>> withGui = viaGui(gui);
        List<Map<RowKey, Double>> plain = headless(s, 0);

        assertThat(withGui).hasSize(s.steps());
        assertThat(plain).hasSize(s.steps());
        assertThat(withGui.get(0)).isNotEmpty();
        assertThat(ordered(withGui)).isEqualTo(ordered(plain));

        // the hooks did their work: every chart has one point per month, mines and regions follow the model
        boolean labourMarketWired = plain.get(0).keySet().stream().anyMatch(k -> k.metric().equals("unemployment_rate"));
        for (LiveChart c : gui.charts()) {
            boolean unemployment = c.title().startsWith("Unemployment");
            assertThat(c.pointCount()).as(c.title())
                    .isEqualTo(unemployment && !labourMarketWired ? 0 : s.steps());
        }
        assertThat(gui.map().mines()).extracting(MineView::getId).contains("quarry-kanto", "ree-mud", "cu-tohoku");
        assertThat(gui.map().mine("quarry-kanto").getStage()).isEqualTo(gui.economy().mine("quarry-kanto").stage());
        assertThat(gui.map().regions().get(1).labourForce()).isGreaterThan(1e6);
        assertThat(gui.planner().getMonth()).isEqualTo(s.calendar().start().plusMonths(s.steps() - 1).toString());
        assertThat(gui.planner().jobsDirect()).isGreaterThan(0);
        kozan.gui.live.Snapshot last = new kozan.gui.live.Snapshot(s.steps() - 1, YearMonth.of(2034, 12),
                plain.get(s.steps() - 1));
        assertThat(gui.planner().jobsDirect()).isEqualTo(Math.rint(last.national("jobs_direct", "")));
        assertThat(gui.planner().unemploymentRate()).isBetween(0.0, 0.2);
    }

    @Test
    void consoleSeedSelectsTheReplication() throws Exception {
        Scenario s = GuiFixtures.scenario();
        MiningEconomyWithUI gui = new MiningEconomyWithUI(s, GuiFixtures.scenarioFile());
        gui.state.setSeed(1); // what the Console does with its seed field before start()
        List<Map<RowKey, Double>> withGui = viaGui(gui);
        assertThat(gui.economy().masterSeed()).isEqualTo(Seeds.master(s.run().seed(), 1));
        assertThat(ordered(withGui)).isEqualTo(ordered(headless(s, 1)));
        assertThat(ordered(withGui)).isNotEqualTo(ordered(headless(s, 0)));
    }

    @Test
    void editedLeversApplyFromTheNextRunAsScenarioOverrides() throws Exception {
        Scenario s = GuiFixtures.scenario();
        MiningEconomyWithUI gui = new MiningEconomyWithUI(s, GuiFixtures.scenarioFile());
        Planner p = gui.planner();
        assertThat(p.getExplorationSubsidy()).isEqualTo(0.0);
        p.setExplorationSubsidy(1.5);
        assertThat(p.getExplorationSubsidy()).isEqualTo(1.0);
        assertThat(p.getLeverMessage()).isEqualTo("exploration_subsidy: 1.5 is outside [0.0, 1.0]; set to 1.0");
        p.setExplorationSubsidy(Double.NaN);
        assertThat(p.getExplorationSubsidy()).isEqualTo(1.0);
        assertThat(p.getLeverMessage()).contains("NaN");
        p.setExplorationSubsidy(0.6);
        assertThat(p.getLeverMessage()).isEmpty();
        p.setCarbonPriceYenPerTCo2e(10000);
        assertThat(p.getEditedLevers()).contains("exploration_subsidy=0.6", "carbon_price=10000");
        gui.start();
        YearMonth later = s.calendar().start().plusYears(3);
        assertThat(gui.runningScenario().government().explorationSubsidy().valueAt(later)).isEqualTo(0.6);
        assertThat(gui.runningScenario().government().carbonPrice().valueAt(later)).isEqualTo(10000);
        assertThat(gui.economy().scenario()).isSameAs(gui.runningScenario());
        gui.finish();
        p.resetLevers();
        gui.start();
        assertThat(gui.runningScenario()).isSameAs(s);
        gui.finish();
    }

    @Test
    void negativeOrHugeConsoleSeedsStillSelectAValidReplication() {
        assertThat(MiningEconomyWithUI.replication(7)).isEqualTo(7);
        assertThat(MiningEconomyWithUI.replication(-1)).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(MiningEconomyWithUI.replication(Integer.MAX_VALUE)).isEqualTo(0);
    }

    @Test
    void mapStagesStartFromTheScenario() {
        Scenario s = GuiFixtures.scenario();
        MiningEconomyWithUI gui = new MiningEconomyWithUI(s, GuiFixtures.scenarioFile());
        gui.start();
        assertThat(gui.map().mine("ree-mud").getStage()).isEqualTo(Stage.EXPLORATION);
        assertThat(gui.map().mine("ree-mud").getLon()).isEqualTo(154.0);
        gui.finish();
    }
}
