package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javax.swing.SwingUtilities;
import kozan.cli.RealCli;
import kozan.gui.levers.DeltaScenario;
import kozan.gui.levers.LeverPlan;
import kozan.io.TimeseriesCsvSink;
import kozan.observe.Metrics;
import kozan.observe.Runs;
import kozan.observe.Units;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Levers over time, saved as scenarios: File > Save Scenario writes a delta that extends the opened scenario,
 * and {@code kozan run} on it reproduces the GUI's run byte for byte; a change from the current month applies to
 * the run on screen when the model allows, otherwise from the next run.
 */
class SavedScenarioTest {

    @TempDir
    Path tmp;

    /** Runs the GUI's current scenario to the horizon (no Console), writing its rows as timeseries.csv lines. */
    private static void play(MiningEconomyWithUI gui, Path csv, int replication) throws Exception {
        Scenario s = gui.scenario();
        TimeseriesCsvSink sink = new TimeseriesCsvSink(csv, replication, s.calendar().start(), true,
                Units.of(s, Metrics.ALL));
        gui.feed().addListener(snap -> snap.values().forEach((k, v) ->
                sink.accept(snap.step(), k.metric(), k.commodity(), k.region(), k.detail(), v)));
        gui.state.setSeed(replication);
        gui.start();
        int guard = s.steps() + 10;
        while (gui.step() && guard-- > 0) {
            // to the horizon
        }
        gui.finish();
        sink.close();
        SwingUtilities.invokeAndWait(() -> { });
    }

    @Test
    void savedScenarioReproducesTheGuiRunByteForByte() throws Exception {
        MiningEconomyWithUI gui = new MiningEconomyWithUI(GuiFixtures.scenario(), GuiFixtures.scenarioFile());
        LeverPlan plan = gui.plan();
        plan.set(Lever.EXPLORATION_SUBSIDY, YearMonth.of(2026, 1), 0.6);
        plan.set(Lever.CAPEX_GRANT, YearMonth.of(2027, 7), 0.3);
        plan.set(Lever.CAPEX_GRANT, YearMonth.of(2030, 1), 0.1); // a timeline: 0.3 from 2027-07, 0.1 from 2030-01
        gui.planner().setCarbonPriceYenPerTCo2e(5000); // a Model-tab slider: from the first month
        assertThat(plan.describe(Lever.CAPEX_GRANT)).isEqualTo("0 from 2025-01, 0.3 from 2027-07, 0.1 from 2030-01");
        Path guiRows = tmp.resolve("gui.csv");
        play(gui, guiRows, 1);

        Path saved = tmp.resolve("my-plan.yaml");
        DeltaScenario.write(plan, GuiFixtures.scenarioFile(), saved, "my-plan");
        String yaml = Files.readString(saved);
        assertThat(yaml).contains("extends: ", "  capex_grant:", "    - {from: 2027-07, value: 0.3}",
                "  carbon_price:   # JPY/t CO2e: Carbon price on mine emissions", "    - {from: 2025-01, value: 5000}");
        assertThat(yaml).doesNotContain("E10", "exploration_subsidy:   # share: Share of exploration spending paid by the state.\n    - {from: 1900");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path runDir = tmp.resolve("run");
        int code = RealCli.execute(new PrintWriter(out), new PrintWriter(err),
                "run", saved.toString(), "--replications", "2", "--threads", "1", "--no-charts", "--monthly", "--out", runDir.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> run = Files.readAllLines(runDir.resolve("timeseries.csv"));
        StringBuilder replicationOne = new StringBuilder(run.get(0)).append('\n');
        run.stream().filter(l -> l.startsWith("1,")).forEach(l -> replicationOne.append(l).append('\n'));
        String fromGui = Files.readString(guiRows);
        assertThat(fromGui.lines().count()).isGreaterThan(1000);
        assertThat(replicationOne.toString()).isEqualTo(fromGui);

        // the levers changed the run: the scenario as opened gives other rows
        Path plainRows = tmp.resolve("plain.csv");
        play(new MiningEconomyWithUI(GuiFixtures.scenario(), GuiFixtures.scenarioFile()), plainRows, 1);
        assertThat(Files.readString(plainRows)).isNotEqualTo(fromGui);
    }

    @Test
    void aChangeFromTheCurrentMonthAppliesToTheRunOnScreenAndEqualsARunWithItFromTheStart() throws Exception {
        Scenario s = GuiFixtures.scenario();
        MiningEconomyWithUI gui = new MiningEconomyWithUI(s, GuiFixtures.scenarioFile());
        List<java.util.Map<kozan.gui.live.RowKey, Double>> rows = new java.util.ArrayList<>();
        gui.feed().addListener(snap -> rows.add(snap.values()));
        gui.start();
        for (int i = 0; i < 24; i++) {
            gui.step();
        }
        // a change from a month already simulated waits for the next run
        gui.plan().set(Lever.STATE_EQUITY, YearMonth.of(2026, 1), 0.5);
        assertThat(gui.applyLevers()).startsWith("applies from the next run: the change starts in 2026-01");
        // from the month about to be simulated (step 24 = 2027-01): applies now
        gui.plan().reset(Lever.STATE_EQUITY);
        gui.plan().set(Lever.CAPEX_GRANT, YearMonth.of(2027, 1), 0.5);
        gui.plan().set(Lever.EXPLORATION_SUBSIDY, YearMonth.of(2027, 1), 0.8);
        assertThat(gui.applyLevers()).isEqualTo("applies from 2027-01 in this run (at the next step)");
        while (gui.step()) {
            // to the horizon; the first step switches the run
        }
        gui.finish();
        assertThat(gui.leverStatus()).isEqualTo("applied from 2027-01 in this run; the months before are unchanged");
        assertThat(gui.runningScenario().government().capexGrant().valueAt(YearMonth.of(2027, 1))).isEqualTo(0.5);

        List<java.util.Map<kozan.gui.live.RowKey, Double>> headless = new java.util.ArrayList<>();
        Runs.simulate(gui.planScenario(), 0, (step, metric, commodity, region, detail, value) -> {
            while (headless.size() <= step) {
                headless.add(new java.util.LinkedHashMap<>());
            }
            headless.get(step).put(new kozan.gui.live.RowKey(metric, commodity, region, detail), value);
        });
        assertThat(rows).hasSize(s.steps());
        assertThat(rows.stream().map(m -> List.copyOf(m.entrySet())).toList())
                .isEqualTo(headless.stream().map(m -> List.copyOf(m.entrySet())).toList());
        // and the change mattered (else this would pass without the switch)
        List<java.util.Map<kozan.gui.live.RowKey, Double>> unchanged = new java.util.ArrayList<>();
        Runs.simulate(s, 0, (step, metric, commodity, region, detail, value) -> {
            while (unchanged.size() <= step) {
                unchanged.add(new java.util.LinkedHashMap<>());
            }
            unchanged.get(step).put(new kozan.gui.live.RowKey(metric, commodity, region, detail), value);
        });
        assertThat(rows.get(23)).isEqualTo(unchanged.get(23));
        assertThat(rows.get(s.steps() - 1)).isNotEqualTo(unchanged.get(s.steps() - 1));
    }

    @Test
    void planRefusesNaNAndMonthsAfterTheHorizonAndClampsToTheRange() {
        LeverPlan plan = new LeverPlan(GuiFixtures.scenario());
        assertThat(plan.set(Lever.CAPEX_GRANT, YearMonth.of(2020, 1), 1.7)).isEqualTo(1.0);
        assertThat(plan.describe(Lever.CAPEX_GRANT)).isEqualTo("1 from 2025-01");
        assertThatThrownBy(() -> plan.set(Lever.CAPEX_GRANT, YearMonth.of(2030, 1), Double.NaN))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> plan.set(Lever.CAPEX_GRANT, YearMonth.of(2035, 1), 0.2))
                .hasMessage("capex_grant: 2035-01 is after the scenario's last month 2034-12");
        assertThat(Lever.CARBON_PRICE.doc()).startsWith("Carbon price on mine emissions");
        assertThat(Lever.CARBON_PRICE.displayUnit()).isEqualTo("JPY/t CO2e");
    }
}
