package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import kozan.gui.levers.LeverPlan;
import kozan.gui.live.RowKey;
import kozan.gui.live.Snapshot;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The Model tab's ImportDependence fits its value column: all seventeen commodities of the baseline ("rare_earths
 * 100%, lithium 10...") ran past the panel's edge. It now names the critical minerals, least dependent first, as
 * many as fit, and how many more.
 */
class GuiModelTabTest {

    @Test
    void importDependenceFitsTheModelTab() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml"));
        Map<RowKey, Double> values = new HashMap<>();
        for (CommoditySpec c : s.commodities()) {
            values.put(new RowKey(Metrics.IMPORT_DEPENDENCE, c.id(), "", ""), 1.0);
        }
        values.put(new RowKey(Metrics.IMPORT_DEPENDENCE, "cobalt", "", ""), 0.934);
        values.put(new RowKey(Metrics.IMPORT_DEPENDENCE, "gold", "", ""), 0.2);
        Snapshot month = new Snapshot(0, YearMonth.of(2025, 1), values);
        Planner p = new Planner(() -> s, () -> month, new LeverPlan(s));

        String shown = p.getImportDependence();
        assertThat(shown).hasSizeLessThanOrEqualTo(Planner.IMPORT_DEPENDENCE_CHARS)
                .isEqualTo("cobalt 93% +4");
        assertThat(new Planner(() -> s, () -> null, new LeverPlan(s)).getImportDependence()).isEmpty();
    }
}
