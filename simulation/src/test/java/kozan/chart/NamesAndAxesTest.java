package kozan.chart;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names as people write them (proper case, English and Japanese) and axes a constant series can be read on. */
class NamesAndAxesTest {

    @Test
    void placeNamesAreProperCase() {
        assertThat(Labels.place("new_caledonia")).isEqualTo("New Caledonia");
        assertThat(Labels.place("south_africa")).isEqualTo("South Africa");
        assertThat(Labels.place("usa")).isEqualTo("USA");
        assertThat(Labels.place("democratic_republic_of_the_congo")).isEqualTo("Democratic Republic of the Congo");
        // ids of metrics and levers stay sentence case, with their abbreviations
        assertThat(Labels.pretty("rare_earths")).isEqualTo("Rare earths");
        assertThat(Labels.pretty("rd_budget")).isEqualTo("R&D budget");
    }

    @Test
    void panelsComparingTheSameRunsNameEachRunOnceInTheLegend() {
        double[] x = {2025, 2026};
        JFreeChart chart = Charts.panels("t", "s", "Year", List.of("Price", "Use"), List.of(
                List.of(Series.of("Baseline", Palette.GREY, new double[] {1, 2}),
                        Series.of("Restriction", Palette.VERMILLION, new double[] {1, 3})),
                List.of(Series.of("Baseline", Palette.GREY, new double[] {5, 6}),
                        Series.of("Restriction", Palette.VERMILLION, new double[] {5, 4}),
                        Series.of("Stock", Palette.BLUE, new double[] {0, 1}))), x);
        org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            names.add(items.get(i).getLabel());
        }
        assertThat(names).containsExactly("Baseline", "Restriction", "Stock");
    }

    @Test
    void importSourcesOfTheBaselineAreProperCase() throws Exception {
        JFreeChart nickel = new ResultCharts(kozan.io.ResultsReader.read(DistinctSeriesColoursTest.PUBLISHED
                .resolve("baseline"))).importSources("nickel");
        List<String> names = new java.util.ArrayList<>();
        org.jfree.chart.LegendItemCollection items = nickel.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            names.add(items.get(i).getLabel());
        }
        assertThat(names).contains("New Caledonia").doesNotContain("New caledonia");
    }

    @Test
    void regionsAndPrefecturesHaveEnglishAndJapaneseNames() {
        assertThat(PlaceNames.region("hokkaido", "Hokkaido")).isEqualTo("Hokkaido 北海道");
        assertThat(PlaceNames.region("kinki", null)).isEqualTo("Kinki 近畿");
        assertThat(PlaceNames.region("", null)).isEqualTo("Japan 日本").isEqualTo(PlaceNames.region("JP", null));
        // a region that is not a conventional block keeps its own name, with nothing invented
        assertThat(PlaceNames.region("north_east", null)).isEqualTo("North East");
        assertThat(PlaceNames.japanese("Aomori")).isEqualTo("青森県");
        assertThat(PlaceNames.order("hokkaido")).isLessThan(PlaceNames.order("okinawa"));
    }

    @Test
    void chartFontsDrawJapanese() {
        // the logical SansSerif font falls back to an installed CJK font (fonts-noto-cjk, .ci/run and README):
        // without one, 北海道 would be drawn as empty boxes
        Font tick = ChartStyle.TICK;
        assertThat(tick.canDisplayUpTo("Hokkaido 北海道 関東 九州")).as("install fonts-noto-cjk").isEqualTo(-1);
    }

    /** Tick labels of the chart's range axis as drawn at the default export size. */
    static List<String> tickLabels(JFreeChart chart) {
        BufferedImage img = new BufferedImage(ChartExporter.WIDTH, ChartExporter.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, ChartExporter.WIDTH, ChartExporter.HEIGHT), info);
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        List<?> ticks = axis.refreshTicks(g, new AxisState(), info.getPlotInfo().getDataArea(), RectangleEdge.LEFT);
        g.dispose();
        return ticks.stream().map(t -> ((ValueTick) t).getText()).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void aConstantShareGetsDistinctTickLabelsEndingAt100Percent() {
        double[] x = {2030, 2031, 2032, 2033};
        double[] one = {1, 1, 1, 1};
        JFreeChart fan = Charts.fan("Import dependence", "", "Year", "Import dependence (%)", x,
                new Band(one, one, one, one, one), Palette.BLUE, true);
        List<String> labels = tickLabels(fan);
        assertThat(labels).doesNotHaveDuplicates().hasSizeGreaterThan(2).contains("100%");
        // widened to 10 percentage points below the value, not above 100%
        assertThat(fan.getXYPlot().getRangeAxis().getRange().getLowerBound()).isCloseTo(0.9,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fan.getXYPlot().getRangeAxis().getUpperBound()).isEqualTo(1.0);
    }

    @Test
    void aConstantQuantityGetsARangeOfTenPerCentAroundIt() {
        double[] x = {2030, 2031, 2032};
        double[] v = {5000, 5000, 5000};
        JFreeChart fan = Charts.fan("Jobs", "", "Year", "Jobs (persons)", x, new Band(v, v, v, v, v), Palette.BLUE,
                false);
        List<String> labels = tickLabels(fan);
        assertThat(labels).doesNotHaveDuplicates().hasSizeGreaterThan(2);
        // 10% of 5,000 = 500 wide around it: 4,750 to 5,250
        assertThat(fan.getXYPlot().getRangeAxis().getRange().getLength()).isCloseTo(500,
                org.assertj.core.data.Offset.offset(1e-6));
    }
}
