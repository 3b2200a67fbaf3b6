package kozan.chart;

import kozan.batch.CompareInputs;
import kozan.gui.live.LiveChart;
import kozan.gui.live.LiveCharts;
import kozan.io.Results;
import kozan.io.ResultsReader;
import kozan.scenario.ScenarioLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two series on any chart Kozan makes share a colour (issue #17: four cobalt sources shared one; rare earths and
 * uranium shared one in the GUI's import dependence): every chart of a run of the shipped baseline and a policy
 * (18 commodities, up to 8 import sources each), of their comparison, of a compare folder, of a batch folder and
 * of the GUI, checked on what the reader sees, the legend.
 */
class DistinctSeriesColoursTest {

    /** Maven runs the tests in simulation/; the published runs are at the repository root. */
    static final Path PUBLISHED = Path.of("..", "results", "published");

    static Results baseline;
    static Results push;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void read() throws Exception {
        baseline = ResultsReader.read(PUBLISHED.resolve("baseline"));
        push = ResultsReader.read(PUBLISHED.resolve("critical-minerals-push"));
    }

    /** The colour of each legend entry: the fill of a filled shape (areas, bars, points), else the line. */
    static List<Color> legendColours(JFreeChart chart) {
        LegendItemCollection items = chart.getPlot().getLegendItems();
        List<Color> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            Paint p = item.isShapeVisible() && item.isShapeFilled() ? item.getFillPaint() : item.getLinePaint();
            out.add((Color) p);
        }
        return out;
    }

    /**
     * The colour of every series of an XY chart's first dataset, shown or not: the GUI's live import-dependence chart
     * keeps a commodity out of its legend until it has data above 0.5%, but its colour is set from the start.
     */
    static List<Color> seriesColours(JFreeChart chart) {
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        List<Color> out = new ArrayList<>();
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            out.add((Color) plot.getRenderer().getItemPaint(i, 0));
        }
        return out;
    }

    static void assertDistinct(String what, List<NamedChart> charts) {
        assertThat(charts).as(what).isNotEmpty();
        for (NamedChart c : charts) {
            List<Color> colours = legendColours(c.chart());
            assertThat(colours).as("%s: legend colours of chart %s", what, c.name()).doesNotHaveDuplicates();
        }
    }

    @Test
    void runChartsOfTheShippedScenarios() {
        List<NamedChart> charts = ChartSet.standard(baseline);
        // the charts where colours used to repeat are among them
        assertThat(charts).extracting(NamedChart::name).contains("import_sources_cobalt", "import_dependence");
        JFreeChart cobalt = charts.stream().filter(c -> c.name().equals("import_sources_cobalt")).findFirst()
                .orElseThrow().chart();
        assertThat(legendColours(cobalt)).hasSizeGreaterThanOrEqualTo(6);
        assertDistinct("baseline run", charts);
        assertDistinct("policy run", ChartSet.standard(push));
    }

    @Test
    void comparisonChartsOfARunAgainstItsBaseline() {
        assertDistinct("comparison", ChartSet.comparison(baseline, push));
    }

    @Test
    void chartsOfACompareFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("compare"));
        CompareInputs.fromResults(PUBLISHED.resolve("baseline"), PUBLISHED.resolve("critical-minerals-push"), Set.of())
                .writeCsv(dir.resolve("comparison.csv"));
        assertDistinct("compare folder", new ComparisonTableCharts(dir).charts());
    }

    @Test
    void chartsOfABatchFolderWithTwoSweptParameters() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        StringBuilder design = new StringBuilder("design_point,scenario,government.capex_grant,baseline\n");
        StringBuilder summary = new StringBuilder("design_point,scenario,government.capex_grant,metric,commodity,"
                + "region,detail,year,unit,n,mean,sd,ci95_low,ci95_high\n");
        int point = 0;
        for (String scenario : List.of("baseline", "push", "restriction")) {
            for (double grant : new double[]{0, 0.2, 0.4}) {
                design.append(point).append(',').append(scenario).append(',').append(grant).append(',')
                        .append(point == 0).append('\n');
                for (int year : new int[]{2035, 2050}) {
                    double t = 1000 - 500 * grant + point + year - 2035;
                    summary.append(point).append(',').append(scenario).append(',').append(grant)
                            .append(",imports_t,copper,JP,,").append(year).append(",t,5,").append(t)
                            .append(",10,").append(t - 9).append(',').append(t + 9).append('\n');
                }
                point++;
            }
        }
        Files.writeString(dir.resolve("design.csv"), design);
        Files.writeString(dir.resolve("summary.csv"), summary);
        SweepTableCharts sweeps = new SweepTableCharts(dir);
        assertThat(sweeps.varied()).containsExactly("scenario", "government.capex_grant");
        List<NamedChart> charts = sweeps.charts();
        // one line per scenario (the other varied setting) in the last year
        assertThat(legendColours(charts.get(0).chart())).hasSize(3);
        assertDistinct("batch folder", charts);
    }

    @Test
    void liveChartsOfTheGui() throws Exception {
        List<NamedChart> charts = new ArrayList<>();
        for (LiveChart c : LiveCharts.standard(ScenarioLoader.load(Path.of("..", "scenarios", "baseline.yaml")))) {
            charts.add(new NamedChart(c.title(), "", c.chart()));
        }
        // 18 commodities: with a 10-colour cycle the 1st and 11th (rare earths and uranium) had one colour
        assertThat(seriesColours(charts.get(1).chart())).hasSize(18).doesNotHaveDuplicates();
        assertDistinct("GUI", charts);
    }

    @Test
    void theGuiAndTheReportGiveACommodityTheSameColour() throws Exception {
        LiveChart dependence = LiveCharts.standard(ScenarioLoader.load(Path.of("..", "scenarios", "baseline.yaml")))
                .get(1);
        // rare earths come first in the baseline: vermilion in the GUI as in every report chart
        assertThat(seriesColours(dependence.chart()).get(0)).isEqualTo(Palette.commodity("rare_earths"))
                .isEqualTo(Palette.VERMILLION);
    }

    @Test
    void distinctKeepsFixedColoursAndReplacesOnlyRepeats() {
        List<Color> out = Palette.distinct(List.of(Palette.BLUE, Palette.ORANGE, Palette.BLUE, Palette.BLUE));
        // the first blue stays; the repeats get the first pool colours no series asked for (not orange)
        assertThat(out).containsExactly(Palette.BLUE, Palette.ORANGE, Palette.BLUISH_GREEN, Palette.VERMILLION);
    }
}
