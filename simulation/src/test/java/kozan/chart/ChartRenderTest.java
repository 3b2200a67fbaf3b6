package kozan.chart;

import kozan.io.Results;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every chart type from the fixture results to PNG and SVG and checks the files: the PNG decodes at the
 * requested size and is not blank (many colours, each series colour present), the SVG parses as XML and has one
 * legend item and one coloured shape per series.
 */
class ChartRenderTest {

    static final int W = 800;
    static final int H = 500;
    static Results baseline;
    static Results policy;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        baseline = Fixtures.baseline();
        policy = Fixtures.policy();
    }

    /** Writes both formats and checks them; {@code filled} series must appear as filled areas or bars. */
    private void check(JFreeChart chart, List<String> legend, List<Color> colours, boolean filled) throws Exception {
        assertThat(chart).isNotNull();
        Path png = tmp.resolve("c.png");
        Path svg = tmp.resolve("c.svg");
        ChartExporter.png(chart, png, W, H);
        ChartExporter.svg(chart, svg, W, H);

        BufferedImage img = ImageChecks.png(png, W, H);
        assertThat(ImageChecks.colours(img)).as("not blank").hasSizeGreaterThan(20);
        for (Color c : colours) {
            assertThat(ImageChecks.count(img, c)).as("pixels of series colour %s", c).isGreaterThan(filled ? 500 : 20);
        }

        String text = Files.readString(svg);
        assertThat(ImageChecks.svg(text).getDocumentElement().getLocalName()).isEqualTo("svg");
        LegendItemCollection items = chart.getPlot().getLegendItems();
        assertThat(items.getItemCount()).isEqualTo(legend.size());
        for (String name : legend) {
            assertThat(ImageChecks.texts(text, name)).as("legend item '%s' in SVG", name).isEqualTo(1);
        }
        for (Color c : colours) {
            assertThat(filled ? ImageChecks.fills(text, c) : ImageChecks.strokes(text, c))
                    .as("SVG draws series colour %s", c).isTrue();
        }
    }

    @Test
    void jobsByClassIsAStackedAreaPerClass() throws Exception {
        check(new ResultCharts(baseline).jobsByClass(), ResultCharts.JOB_CLASS_NAMES,
                List.of(Palette.BLUE, Palette.ORANGE, Palette.BLUISH_GREEN), true);
    }

    @Test
    void jobsByRegionHasOneBarSeriesPerTargetYearAndRegionsInScenarioOrder() throws Exception {
        JFreeChart chart = new ResultCharts(baseline).jobsByRegion(List.of(2030, 2035, 2040));
        check(chart, List.of("2030", "2035", "2040"), List.of(Palette.sequential(0, 3), Palette.sequential(2, 3)), true);
        org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("Hokkaido 北海道", "Tohoku 東北", "Kanto 関東",
                "Kyushu 九州");
    }

    /** Five target years (the baseline's 2030-2059) are still five bars, light to dark, each its own blue. */
    @Test
    void fiveTargetYearsAreFiveBarsInAnOrderedRamp() throws Exception {
        JFreeChart chart = new ResultCharts(baseline).jobsByRegion(List.of(2030, 2031, 2032, 2033, 2034));
        List<Color> ramp = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ramp.add(Palette.sequential(i, 5));
        }
        assertThat(new java.util.HashSet<>(ramp)).hasSize(5);
        for (int i = 1; i < 5; i++) { // darker each year: the sum of the channels falls
            Color a = ramp.get(i - 1);
            Color b = ramp.get(i);
            assertThat(b.getRed() + b.getGreen() + b.getBlue()).isLessThan(a.getRed() + a.getGreen() + a.getBlue());
        }
        assertThat(Palette.sequential(0, 4)).isEqualTo(Palette.sequential(0, 5)); // the lightest and darkest stay
        assertThat(Palette.sequential(3, 4)).isEqualTo(Palette.sequential(4, 5));
        assertThat(chart.getCategoryPlot().getDataset().getRowCount()).isEqualTo(5);
    }

    /**
     * A run chart whose every value is 0 (a scenario without mines: no jobs, no environment) is left out of the
     * standard set; one value other than 0, in any series or bar, keeps it.
     */
    @Test
    void chartsWithOnlyZerosAreRecognised() {
        double[] x = {2025, 2026};
        JFreeChart zeros = Charts.lines("t", "s", "x", "y", x,
                List.of(Series.of("a", Palette.BLUE, new double[] {0, 0}), Series.of("b", Palette.ORANGE,
                        new double[] {Double.NaN, 0})), false, false);
        assertThat(ChartSet.anyNonZero(zeros)).isFalse();
        JFreeChart one = Charts.lines("t", "s", "x", "y", x,
                List.of(Series.of("a", Palette.BLUE, new double[] {0, 0}), Series.of("b", Palette.ORANGE,
                        new double[] {0, 1e-9})), false, false);
        assertThat(ChartSet.anyNonZero(one)).isTrue();
        assertThat(ChartSet.anyNonZero(Charts.bars("t", "s", "c", "y", List.of("k"), List.of("2030"),
                List.of(Palette.BLUE), new double[][] {{0}}, new double[][] {{0}}, new double[][] {{0}}))).isFalse();
        assertThat(ChartSet.anyNonZero(Charts.bars("t", "s", "c", "y", List.of("k"), List.of("2030"),
                List.of(Palette.BLUE), new double[][] {{2}}, new double[][] {{1}}, new double[][] {{3}}))).isTrue();
    }

    /**
     * The whiskers are the interval's own limits, not mean +- a half width: a chart of a change in a share whose
     * interval is clamped to +100 points ends its axis at 100, where a symmetric whisker would reach past it.
     */
    @Test
    void barWhiskersEndAtTheIntervalsOwnLimits() {
        JFreeChart chart = Charts.bars("t", "s", "c", "y", List.of("rare earths"), List.of("2030"),
                List.of(Palette.sequential(0, 1)), new double[][] {{60}}, new double[][] {{-20}}, new double[][] {{100}});
        org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
        org.jfree.data.Range r = plot.getRenderer().findRangeBounds(plot.getDataset());
        assertThat(r.getLowerBound()).isEqualTo(-20.0);
        assertThat(r.getUpperBound()).isEqualTo(100.0);
        java.awt.image.BufferedImage img = chart.createBufferedImage(400, 300);
        assertThat(img.getWidth()).isEqualTo(400); // draws without error
    }

    @Test
    void jobsByRegionOverTimeUsesTheFixedRegionColours() throws Exception {
        check(new ResultCharts(baseline).jobsByRegionOverTime(),
                List.of("Hokkaido 北海道", "Tohoku 東北", "Kanto 関東", "Kyushu 九州"),
                List.of(Palette.region("hokkaido"), Palette.region("tohoku"), Palette.region("kanto"),
                        Palette.region("kyushu")), false);
    }

    @Test
    void importDependenceHasOneLinePerCommodityWithFixedColours() throws Exception {
        check(new ResultCharts(baseline).importDependence(), List.of("Copper", "Limestone", "Lithium", "Rare earths"),
                List.of(Palette.commodity("copper"), Palette.commodity("lithium"), Palette.commodity("rare_earths")),
                false);
    }

    @Test
    void importSourcesStackSharesToOne() throws Exception {
        JFreeChart chart = new ResultCharts(baseline).importSources("rare_earths");
        check(chart, List.of("Australia", "China", "Vietnam"),
                List.of(Palette.source("china"), Palette.source("vietnam"), Palette.source("australia")), true);
        org.jfree.data.xy.TableXYDataset d = (org.jfree.data.xy.TableXYDataset) chart.getXYPlot().getDataset();
        for (int i = 0; i < d.getItemCount(); i++) {
            double sum = 0;
            for (int s = 0; s < d.getSeriesCount(); s++) {
                sum += d.getYValue(s, i);
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void worldPricesAreIndexedToTheFirstYear() throws Exception {
        JFreeChart chart = new ResultCharts(baseline).worldPrices();
        check(chart, List.of("Copper", "Limestone", "Lithium", "Rare earths"), List.of(Palette.commodity("lithium")), false);
        org.jfree.data.xy.XYDataset d = chart.getXYPlot().getDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            assertThat(d.getYValue(s, 0)).isEqualTo(100.0);
        }
    }

    @Test
    void minePipelineStacksStagesInLifeCycleOrder() throws Exception {
        check(new ResultCharts(baseline).minePipeline(), List.of("Prospect", "Exploration", "Feasibility", "Permitting",
                "Construction", "Production", "Closure", "Reclaimed"),
                List.of(Palette.stage("PRODUCTION"), Palette.stage("PROSPECT")), true);
    }

    @Test
    void environmentHasThreePanelsWithUnits() throws Exception {
        JFreeChart chart = new ResultCharts(baseline).environment();
        check(chart, List.of("Water withdrawn", "Water recycled", "Greenhouse gases", "Land disturbed (total)",
                "Land reclaimed (total)"), List.of(Palette.BLUE, Palette.VERMILLION), false);
        org.jfree.chart.plot.CombinedDomainXYPlot plot = (org.jfree.chart.plot.CombinedDomainXYPlot) chart.getPlot();
        assertThat(plot.getSubplots()).hasSize(3);
        assertThat(plot.getSubplots().get(0).getRangeAxis().getLabel()).isEqualTo("million m³/yr");
        assertThat(plot.getSubplots().get(1).getRangeAxis().getLabel()).isEqualTo("thousand t CO2e/yr");
    }

    @Test
    void fanChartShowsMedianAndTwoBands() throws Exception {
        JFreeChart chart = new ResultCharts(baseline).importDependenceFan("rare_earths");
        Color c = Palette.commodity("rare_earths");
        check(chart, List.of("Median", "Central 50% of replications", "Central 95% of replications"),
                List.of(Palette.tint(c, 0.25), Palette.tint(c, 0.5)), true);
        org.jfree.data.xy.IntervalXYDataset d = (org.jfree.data.xy.IntervalXYDataset) chart.getXYPlot().getDataset();
        for (int i = 0; i < d.getItemCount(0); i++) {
            // the 95% band contains the 50% band, which contains the median
            assertThat(d.getStartYValue(0, i)).isLessThanOrEqualTo(d.getStartYValue(1, i));
            assertThat(d.getStartYValue(1, i)).isLessThanOrEqualTo(d.getYValue(1, i));
            assertThat(d.getEndYValue(1, i)).isLessThanOrEqualTo(d.getEndYValue(0, i));
        }
        check(new ResultCharts(baseline).jobsFan(), List.of("Median", "Central 50% of replications",
                "Central 95% of replications"), List.of(Palette.tint(Palette.BLUE, 0.5)), true);
    }

    @Test
    void comparisonChartsShowDifferencesWithBands() throws Exception {
        ComparisonCharts cc = new ComparisonCharts(baseline, policy);
        check(cc.importDependenceReduction(), List.of("Copper", "Lithium", "Rare earths"),
                List.of(Palette.commodity("rare_earths"), Palette.commodity("lithium")), false);
        check(cc.grossAndNetJobs(), List.of(ComparisonCharts.GROSS_JOBS, ComparisonCharts.NET_JOBS,
                ResultCharts.JOB_CLASS_NAMES.get(0), ResultCharts.JOB_CLASS_NAMES.get(1),
                ResultCharts.JOB_CLASS_NAMES.get(2)),
                List.of(Palette.BLACK, Palette.VERMILLION), false);
        check(cc.importReductionYen(), List.of("Imports avoided"), List.of(Palette.VERMILLION), false);
    }

    @Test
    void sweepShowsOneLinePerTargetYearOverTheParameter() throws Exception {
        JFreeChart chart = SweepCharts.response("Domestic project scale (multiple)", new double[]{2.0, 1.0},
                List.of(policy, baseline), SweepCharts.JOBS_TOTAL, "", List.of(2035, 2040));
        check(chart, List.of("2035", "2040"), List.of(Palette.sequential(1, 2)), false);
        org.jfree.data.xy.XYDataset d = chart.getXYPlot().getDataset();
        assertThat(d.getXValue(0, 0)).isEqualTo(1.0);
        assertThat(d.getYValue(0, 1)).as("more jobs at the larger scale").isGreaterThan(d.getYValue(0, 0));
    }

    @Test
    void chartSetWritesPngAndSvgForEveryStandardChart() throws Exception {
        Path dir = Fixtures.copy(Fixtures.baselineDir(), tmp.resolve("run"));
        List<Path> files = ChartSet.drawAll(dir);
        List<NamedChart> charts = ChartSet.standard(baseline);
        assertThat(files).hasSize(2 * charts.size());
        assertThat(charts).extracting(NamedChart::name).contains("jobs_by_class", "jobs_by_region",
                "import_dependence", "import_sources_rare_earths", "world_prices", "mine_pipeline", "environment",
                "fan_jobs_total", "fan_import_dependence_lithium").doesNotContain("import_sources_limestone");
        for (Path f : files) {
            assertThat(f).startsWith(dir.resolve("charts")).isNotEmptyFile();
        }
        ImageChecks.png(dir.resolve("charts/jobs_by_class.png"), ChartExporter.WIDTH, ChartExporter.HEIGHT);
    }

    @Test
    void oneReplicationAndFewMetricsGiveTheChartsTheyCanWithoutFansOrIntervals() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("single"));
        List<String> lines = Files.readAllLines(Fixtures.baselineDir().resolve("annual.csv"));
        List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) {
            if (l.startsWith("0,") && (l.contains(",jobs_") || l.contains(",import_dependence,"))) {
                kept.add(l);
            }
        }
        Files.write(dir.resolve("annual.csv"), kept);
        Results single = kozan.io.ResultsReader.read(dir);
        assertThat(single.annual().replicationCount()).isEqualTo(1);
        List<NamedChart> charts = ChartSet.standard(single);
        assertThat(charts).extracting(NamedChart::name)
                .containsExactly("jobs_by_class", "jobs_by_region", "jobs_by_region_over_time", "import_dependence");
        ChartSet.write(charts, dir.resolve("charts"));
        ImageChecks.png(dir.resolve("charts/jobs_by_region.png"), ChartExporter.WIDTH, ChartExporter.HEIGHT);
        String html = kozan.chart.report.HtmlReport.render(single, null);
        assertThat(html).contains("1 replication(s)").doesNotContain("(95% CI ").contains("No manifest.json");
    }
}
