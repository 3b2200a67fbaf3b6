package kozan.gui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

/**
 * The live import-dependence chart keeps its legend to the commodities that are imported: one whose dependence has
 * stayed below the batch chart's threshold (ResultCharts.SELF_SUFFICIENT, 0.5%) over a year is neither drawn nor in the legend (the
 * baseline's 17 commodities, with long names of domestic bulk products, took most of the panel).
 */
class LiveChartsTest {

    private static Snapshot month(Scenario s, int step, Map<String, Double> dependence) {
        Map<RowKey, Double> rows = new HashMap<>();
        for (CommoditySpec c : s.commodities()) {
            rows.put(new RowKey(Metrics.IMPORT_DEPENDENCE, c.id(), "", ""), dependence.getOrDefault(c.id(), 0.0));
        }
        return new Snapshot(step, YearMonth.of(2025, 1).plusMonths(step), rows);
    }

    private static List<String> legend(LiveChart c) {
        LegendItemCollection items = c.chart().getXYPlot().getLegendItems();
        return java.util.stream.IntStream.range(0, items.getItemCount()).mapToObj(i -> items.get(i).getLabel())
                .toList();
    }

    @Test
    void selfSufficientCommoditiesStayOutOfThePlotAndTheLegendUntilImported() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "baseline.yaml"));
        LiveChart c = LiveCharts.importDependence(s);
        String rare = c.names().get(0);
        int limestone = s.commodities().stream().map(CommoditySpec::id).toList().indexOf("limestone");
        assertThat(limestone).isPositive();
        assertThat(c.chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("Share of supply");
        assertThat(legend(c)).isEmpty();

        // rare earths imported from the first month; limestone with one month of 1% in a self-sufficient year
        // (its mean over the last 12 months stays under 0.5%, as a bulk product's monthly noise does)
        String re = s.commodities().get(0).id();
        for (int m = 0; m < 12; m++) {
            c.append(2025.0 + m / 12.0, c.extract(month(s, m, Map.of(re, 1.0, "limestone", m == 11 ? 0.01 : 0.0))));
        }
        assertThat(legend(c)).containsExactly(rare);
        assertThat(c.shown(limestone)).isFalse();
        // then imported for a few months: the mean of the last 12 reaches the threshold and the line shows
        int m = 12;
        while (!c.shown(limestone) && m < 24) {
            c.append(2025.0 + m / 12.0, c.extract(month(s, m, Map.of(re, 1.0, "limestone", 0.02))));
            m++;
        }
        assertThat(c.shown(limestone)).isTrue();
        // 0.01 + 0.02 k over 12 months reaches 0.005 after 3 such months (0.07 / 12 = 0.0058; 0.05 / 12 < 0.005)
        assertThat(m).isEqualTo(15);
        assertThat(legend(c)).hasSize(2).contains(rare, c.names().get(limestone));

        c.clear(); // a new run: hidden again until imported
        assertThat(legend(c)).isEmpty();
    }

    /** The last year's tick label ("2028") at the plot's right edge has room: the chart panel cut its right half off. */
    @Test
    void theLastYearLabelHasRoomRightOfThePlot() {
        for (LiveChart.Kind kind : LiveChart.Kind.values()) {
            LiveChart c = new LiveChart("t", null, "y", kind, false, List.of("a"), List.of(java.awt.Color.BLACK),
                    snap -> new double[] {1}, false);
            assertThat(c.chart().getPadding().getRight()).as(kind.name()).isGreaterThanOrEqualTo(16);
        }
    }

    /**
     * The direct-jobs series is every worker at the mines, in every stage (exploration and construction crews too),
     * not the official mining and quarrying count (JSIC C): its legend says so, in the live chart and the report's.
     */
    @Test
    void theDirectJobsLegendSaysAtMinesAllStages() {
        LiveChart c = LiveCharts.jobsByClass();
        c.append(2025.0, new double[] {1, 2, 3});
        assertThat(legend(c)).containsExactly("Direct (at mines, all stages)", "Indirect (supply chain)",
                "Induced (household spending)");
        assertThat(kozan.chart.ResultCharts.JOB_CLASS_NAMES).isEqualTo(c.names());
    }
}
