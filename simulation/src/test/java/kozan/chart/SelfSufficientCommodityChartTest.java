package kozan.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import kozan.io.ResultsReader;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline import-dependence chart leaves out commodities that stay self-sufficient (median below 0.5% in every
 * year): the domestic bulk products of the whole-industry baseline (issue #13) would otherwise add lines on zero.
 */
class SelfSufficientCommodityChartTest {

    @TempDir
    Path tmp;

    @Test
    void aCommodityWhoseImportDependenceStaysBelowHalfAPercentIsLeftOut() throws Exception {
        Path dir = Fixtures.copy(Fixtures.baselineDir(), tmp.resolve("run"));
        Path annual = dir.resolve("annual.csv");
        List<String> lines = Files.readAllLines(annual, StandardCharsets.UTF_8);
        List<String> extra = new ArrayList<>();
        String firstYear = null;
        for (String l : lines) {
            String[] f = l.split(",", -1);
            // copy each national copper row: "aggregates" at 0.4% (left out), "dolomite" at 0.6% in one year (kept)
            if (f.length == 7 && f[2].equals("import_dependence") && f[3].equals("copper") && f[4].isEmpty()) {
                firstYear = firstYear == null ? f[1] : firstYear;
                extra.add(String.join(",", f[0], f[1], f[2], "aggregates", "", "", "0.004"));
                extra.add(String.join(",", f[0], f[1], f[2], "dolomite", "", "", f[1].equals(firstYear) ? "0.006" : "0"));
            }
        }
        assertThat(extra).isNotEmpty();
        Files.write(annual, extra, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        JFreeChart chart = new ResultCharts(ResultsReader.read(dir)).importDependence();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < chart.getXYPlot().getDataset().getSeriesCount(); i++) {
            names.add(String.valueOf(chart.getXYPlot().getDataset().getSeriesKey(i)));
        }
        assertThat(names).contains("Copper", "Dolomite").doesNotContain("Aggregates");
    }
}
