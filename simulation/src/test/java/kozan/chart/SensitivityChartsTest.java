package kozan.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index charts of a sensitivity folder: which charts, parameter order, bar heights and whiskers. */
class SensitivityChartsTest {

    @TempDir
    Path tmp;

    @Test
    void sobolBarsAreOrderedByTotalIndexWithTheirIntervals() throws Exception {
        Files.writeString(tmp.resolve("indices.csv"), """
                parameter,output,method,index,estimate,ci95_low,ci95_high
                p1,y 2040,sobol,S1,0.05,0.01,0.09
                p1,y 2040,sobol,ST,0.1,0.08,0.12
                p2,y 2040,sobol,S1,0.4,0.3,0.5
                p2,y 2040,sobol,ST,0.5,0.45,0.55
                p3,y 2040,sobol,S1,0.2,0.1,0.3
                p3,y 2040,sobol,ST,0.3,0.25,0.35
                """);
        var charts = new SensitivityCharts(tmp).charts();
        assertThat(charts).extracting(NamedChart::name).containsExactly("sobol_y_2040");
        XYPlot plot = charts.get(0).chart().getXYPlot();
        // horizontal bars: the axis lists bottom to top, so the largest ST (p2) is last, at the top
        assertThat(((SymbolAxis) plot.getDomainAxis()).getSymbols()).containsExactly("p1", "p3", "p2");
        IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(0);
        IntervalXYDataset whiskers = (IntervalXYDataset) plot.getDataset(1);
        assertThat(bars.getSeriesKey(1)).isEqualTo("ST");
        // ST bars bottom to top (items by position): p1, p3, p2, with the CSV's intervals as whiskers
        assertThat(bars.getYValue(1, 2)).isEqualTo(0.5);
        assertThat(whiskers.getStartYValue(1, 2)).isEqualTo(0.45);
        assertThat(whiskers.getEndYValue(1, 2)).isEqualTo(0.55);
        assertThat(bars.getYValue(1, 0)).isEqualTo(0.1);
        // p2's bars sit around its symbol's position 2: S1 above (2 - 0.4 + 0.4 + 0.2 = 2.2), ST below (1.8), so
        // each pair reads S1 then ST from the top, as the legend does
        assertThat(bars.getXValue(0, 2)).isEqualTo(2.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bars.getXValue(1, 2)).isEqualTo(1.8, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void morrisHasMuStarBarsAndTheMuSigmaPlane() throws Exception {
        Files.writeString(tmp.resolve("indices.csv"), """
                parameter,output,method,index,estimate,ci95_low,ci95_high
                a,jobs_direct 2040,morris,mu_star,3,2,4
                a,jobs_direct 2040,morris,mu,-3,-4,-2
                a,jobs_direct 2040,morris,sigma,1,0.5,1.5
                b,jobs_direct 2040,morris,mu_star,9,8,10
                b,jobs_direct 2040,morris,mu,9,8,10
                b,jobs_direct 2040,morris,sigma,0,0,0
                """);
        var charts = new SensitivityCharts(tmp).charts();
        assertThat(charts).extracting(NamedChart::name).containsExactly("morris_mu_star_jobs_direct_2040",
                "morris_jobs_direct_2040");
        IntervalXYDataset plane = (IntervalXYDataset) charts.get(1).chart().getXYPlot().getDataset();
        // point of a: (mu*, sigma) = (3, 1), mu* interval [2, 4] on x, sigma's [0.5, 1.5] on y
        assertThat(plane.getXValue(0, 0)).isEqualTo(3);
        assertThat(plane.getStartXValue(0, 0)).isEqualTo(2);
        assertThat(plane.getYValue(0, 0)).isEqualTo(1);
        assertThat(plane.getEndYValue(0, 0)).isEqualTo(1.5);
    }
}
