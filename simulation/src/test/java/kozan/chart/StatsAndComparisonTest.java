package kozan.chart;

import kozan.io.Results;
import kozan.io.ResultsReader;
import kozan.io.SeriesKey;
import kozan.stats.PerPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsAndComparisonTest {

    @TempDir
    Path tmp;

    @Test
    void quantilesInterpolateLinearlyAndSkipNaN() {
        double[][] v = {{1, 5}, {2, Double.NaN}, {3, 7}, {4, 9}};
        assertThat(PerPeriod.quantile(v, 0.5)).containsExactly(2.5, 7.0);
        assertThat(PerPeriod.quantile(v, 0.25)[0]).isEqualTo(1.75);
        assertThat(PerPeriod.mean(v)).containsExactly(2.5, 7.0);
    }

    @Test
    void confidenceIntervalUsesTheTDistribution() {
        // n = 4, sd = sqrt(5/3); t(3, 0.975) = 3.182446305
        double[][] v = {{1}, {2}, {3}, {4}};
        assertThat(PerPeriod.ci95HalfWidth(v)[0]).isCloseTo(3.182446305 * Math.sqrt(5.0 / 3) / 2, within(1e-8));
        assertThat(PerPeriod.ci95HalfWidth(new double[][]{{7}})[0]).isZero();
    }

    @Test
    void scalePicksReadableUnits() {
        assertThat(Scale.of(24e6, "m3/yr")).isEqualTo(new Scale(1e6, "million m³/yr"));
        assertThat(Scale.of(5_000, "ha")).isEqualTo(new Scale(1, "ha"));
        assertThat(Scale.of(3.5e11, "JPY")).isEqualTo(new Scale(1e9, "JPY billion"));
    }

    @Test
    void differencesArePairedByReplicationNumberAndYear() throws Exception {
        Results a = results("a", """
                replication,year,metric,commodity,region,detail,value
                0,2030,jobs_direct,,,,100
                1,2030,jobs_direct,,,,200
                2,2030,jobs_direct,,,,300
                0,2031,jobs_direct,,,,110
                1,2031,jobs_direct,,,,210
                2,2031,jobs_direct,,,,310
                """);
        // the scenario lacks replication 0 and has an extra year: only pairs (1, 2) and years 2030-2031 count
        Results b = results("b", """
                replication,year,metric,commodity,region,detail,value
                1,2030,jobs_direct,,,,203
                2,2030,jobs_direct,,,,305
                1,2031,jobs_direct,,,,211
                2,2031,jobs_direct,,,,311
                1,2032,jobs_direct,,,,1
                2,2032,jobs_direct,,,,1
                """);
        Comparison c = new Comparison(a.annual(), b.annual());
        assertThat(c.pairs()).isEqualTo(2);
        assertThat(c.x()).containsExactly(2030, 2031);
        double[][] d = c.difference(a.annual().values(SeriesKey.of("jobs_direct")),
                b.annual().values(SeriesKey.of("jobs_direct")));
        assertThat(d).isDeepEqualTo(new double[][]{{3, 1}, {5, 1}});
        Series s = Comparison.meanWithCi("net", Palette.BLACK, d, kozan.stats.Bounds.UNBOUNDED, 1);
        assertThat(s.y()).containsExactly(4, 1);
        // paired differences 3 and 5: sd = sqrt(2), t(1, 0.975) = 12.7062047
        assertThat(s.high()[0] - s.y()[0]).isCloseTo(12.7062047 * Math.sqrt(2) / Math.sqrt(2), within(1e-6));
        assertThat(s.high()[1]).isEqualTo(s.low()[1]);
        // changes in a share, in percentage points: two pairs 30 and 90 give 60 +- 381, which a change in a share
        // cannot reach; the band stops at -100 and +100 (a reduction, unit -100, uses the same range)
        double[][] wide = {{30, 0}, {90, 0}}; // percentage points: mean 60, half width 381
        Series clamped = Comparison.meanWithCi("dependence", Palette.BLACK, wide, kozan.stats.Bounds.SHARE, -100);
        assertThat(clamped.low()[0]).isEqualTo(-100.0);
        assertThat(clamped.high()[0]).isEqualTo(100.0);
        assertThat(Comparison.meanWithCi("jobs", Palette.BLACK, wide, kozan.stats.Bounds.UNBOUNDED, 1).high()[0])
                .isCloseTo(60 + 12.7062047 * Math.sqrt(1800) / Math.sqrt(2), within(1e-4));
        // one common year as a PairedDifference (the GUI's table): the same pairs, the same interval
        var at2030 = c.at(a.annual().values(SeriesKey.of("jobs_direct")), b.annual().values(SeriesKey.of("jobs_direct")),
                "2030");
        assertThat(at2030.n()).isEqualTo(2);
        assertThat(at2030.mean()).isEqualTo(4.0);
        assertThat(at2030.halfWidth()).isCloseTo(12.7062047, within(1e-6));
        assertThat(c.at(a.annual().values(SeriesKey.of("jobs_direct")), b.annual().values(SeriesKey.of("jobs_direct")),
                "2032").n()).as("a year only the scenario has").isZero();
    }

    @Test
    void totalsUseTheNationalRowsOrSumRegionsWithoutDoubleCounting() throws Exception {
        Results r = results("t", """
                replication,year,metric,commodity,region,detail,value
                0,2030,jobs_direct,,kanto,PRODUCTION,10
                0,2030,jobs_direct,,kanto,CONSTRUCTION,5
                0,2030,jobs_direct,,tohoku,PRODUCTION,7
                0,2030,jobs_induced,,kanto,,4
                0,2030,jobs_induced,,tohoku,,2
                0,2030,jobs_induced,,,,6
                0,2030,mines_in_stage,,,PRODUCTION,3
                0,2030,mines_in_stage,,,,99
                """);
        assertThat(Totals.national(r.annual(), "jobs_direct", "")[0][0]).isEqualTo(22);
        assertThat(Totals.region(r.annual(), "jobs_direct", "", "kanto")[0][0]).isEqualTo(15);
        assertThat(Totals.national(r.annual(), "jobs_induced", "")[0][0]).isEqualTo(6);
        assertThat(Totals.national(r.annual(), "mines_in_stage", "")[0][0]).as("writer's total wins").isEqualTo(99);
    }

    @Test
    void comparingAScenarioWithItselfGivesZeroDifference() throws Exception {
        Results base = Fixtures.baseline();
        Comparison c = new Comparison(base.annual(), base.annual());
        double[][] v = base.annual().values(SeriesKey.commodity("imports_t", "lithium"));
        for (double[] row : c.difference(v, v)) {
            for (double x : row) {
                assertThat(x).isZero();
            }
        }
    }

    private Results results(String name, String annual) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(name));
        Files.writeString(d.resolve("annual.csv"), annual);
        return ResultsReader.read(d);
    }
}
