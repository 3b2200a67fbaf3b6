package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kozan.gui.compare.ComparisonModel;
import kozan.gui.compare.DiffRow;
import kozan.io.ResultsFixture;
import kozan.io.ResultsReader;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonModelTest {

    @TempDir
    static Path tmp;

    /** Fixture results are written once per name and boost into the class's temporary directory. */
    private static kozan.io.Results results(double boost, String name) throws Exception {
        String key = name + "-" + boost;
        Path dir = tmp.resolve(key);
        if (!Files.isDirectory(dir)) {
            ResultsFixture.write(dir, name, boost);
        }
        return ResultsReader.read(dir);
    }

    private ComparisonModel model(double... boosts) throws Exception {
        List<kozan.io.Results> runs = new java.util.ArrayList<>();
        for (int i = 0; i < boosts.length; i++) {
            runs.add(results(boosts[i], i == 0 ? "baseline" : "policy-" + i));
        }
        return new ComparisonModel(runs);
    }

    @Test
    void identicalRunsDifferByExactlyZero() throws Exception {
        ComparisonModel m = model(1, 1);
        List<DiffRow> rows = m.differences();
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.paired()).isTrue();
            assertThat(r.n()).isEqualTo(ResultsFixture.REPLICATIONS);
            assertThat(r.difference()).isZero();
            assertThat(r.ci95High() - r.ci95Low()).isZero();
        });
        assertThat(rows).extracting(DiffRow::year).containsOnly(2030, 2035, 2040);
    }

    @Test
    void domesticProjectsLowerRareEarthImportDependenceWithAPairedInterval() throws Exception {
        ComparisonModel m = model(1, 3);
        DiffRow ree2040 = m.differences().stream()
                .filter(r -> r.metric().startsWith("Import dependence: ") && r.metric().contains("Rare") && r.year() == 2040)
                .findFirst().orElseThrow();
        assertThat(ree2040.difference()).isLessThan(0);
        assertThat(ree2040.ci95High()).isLessThan(0);
        assertThat(ree2040.ci95Low()).isLessThan(ree2040.difference());
        assertThat(ree2040.difference()).isCloseTo(ree2040.scenarioMean() - ree2040.baselineMean(),
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void overlayHasOneBandedSeriesPerRunOverAllYears() throws Exception {
        ComparisonModel m = model(1, 2, 3);
        assertThat(m.viewNames()).contains(ComparisonModel.GROSS_JOBS_VIEW, ComparisonModel.EMPLOYED_VIEW,
                "Direct jobs (mines)");
        JFreeChart c = m.overlay(ComparisonModel.GROSS_JOBS_VIEW);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) c.getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(3);
        assertThat(data.getSeries(0).getKey().toString()).isEqualTo("baseline");
        assertThat(data.getSeries(1).getKey().toString()).isEqualTo("policy-1");
        assertThat(data.getItemCount(0)).isEqualTo(ResultsFixture.YEARS);
        assertThat(data.getEndYValue(0, 5)).isGreaterThan(data.getStartYValue(0, 5));
        Path png = tmp.resolve("overlay.png");
        Path svg = tmp.resolve("overlay.svg");
        ChartExport.png(c, png);
        ChartExport.svg(c, svg);
        assertThat(Files.size(png)).isGreaterThan(5000);
        assertThat(Files.readString(svg)).contains("<svg");
    }

    /**
     * The table's two jobs rows: the difference of jobs from mining is the gross jobs, that of employed the net
     * jobs. The fixture displaces half of the simulated jobs (manufacturing and R* unchanged), so net = gross / 2
     * per replication, hence also the paired means: 2040, boost 3 against 1.
     */
    @Test
    void differencesGiveGrossAndNetJobs() throws Exception {
        ComparisonModel m = model(1, 3);
        DiffRow gross = m.differences().stream()
                .filter(r -> r.metric().equals(ComparisonModel.GROSS_JOBS_VIEW) && r.year() == 2040).findFirst().orElseThrow();
        DiffRow net = m.differences().stream()
                .filter(r -> r.metric().equals(ComparisonModel.EMPLOYED_VIEW) && r.year() == 2040).findFirst().orElseThrow();
        assertThat(gross.difference()).isGreaterThan(100);
        assertThat(net.difference()).isCloseTo(gross.difference() / 2, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(net.paired()).isTrue();
    }

    /**
     * The overlay's band of a level is the interval of its range (Bounds.ci95), not mean +- half width: for jobs on
     * the log scale, so a few replications far apart cannot draw a band below 0; a share's band stays in 0-1.
     */
    @Test
    void overlayBandsKeepEachLevelInItsRange() throws Exception {
        ComparisonModel m = model(1, 3);
        for (String name : List.of("Direct jobs (mines)", m.viewNames().stream()
                .filter(n -> n.startsWith("Import dependence: ")).findFirst().orElseThrow())) {
            ComparisonModel.View v = m.view(name);
            YIntervalSeriesCollection data = (YIntervalSeriesCollection) m.overlay(name).getXYPlot().getDataset();
            double[][] values = v.values().apply(m.runs().get(1).annual());
            double[] mean = kozan.stats.PerPeriod.mean(values);
            double[] half = kozan.stats.PerPeriod.ci95HalfWidth(values);
            for (int p = 0; p < data.getItemCount(1); p++) {
                double[] ci = v.range().ci95(mean[p], half[p]);
                assertThat(data.getStartYValue(1, p)).as(name + " " + p).isEqualTo(ci[0]);
                assertThat(data.getEndYValue(1, p)).as(name + " " + p).isEqualTo(ci[1]);
                assertThat(v.range().contains(ci[0]) && v.range().contains(ci[1])).isTrue();
            }
        }
        assertThat(m.view("Direct jobs (mines)").range()).isEqualTo(kozan.stats.Bounds.NON_NEGATIVE);
        assertThat(m.view("Jobs displaced from the rest of the economy").range()).isEqualTo(kozan.stats.Bounds.UNBOUNDED);
    }

    @Test
    void oneRunIsNotAComparison() throws Exception {
        assertThatThrownBy(() -> model(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two");
    }
}
