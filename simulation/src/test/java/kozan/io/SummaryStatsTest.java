package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kozan.stats.Bounds;
import kozan.stats.SummaryStats;
import kozan.observe.Aggregation;
import kozan.observe.MetricDef;
import kozan.observe.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryStatsTest {

    @Test
    void matchesHandComputedValues() {
        // values 1,2,3,4,10: mean 4; squared deviations 9+4+1+0+36 = 50, sd = sqrt(50/4);
        // t(0.975, 4 df) = 2.7764451052; half-width = t * sd / sqrt(5) = 4.38994516543
        SummaryStats s = SummaryStats.of(new double[] {10, 2, 1, 4, 3}, 5, Bounds.UNBOUNDED);
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(4.0);
        assertThat(s.sd()).isCloseTo(3.5355339059327378, within(1e-12));
        assertThat(s.ci95Low()).isCloseTo(-0.3899451654254227, within(1e-9));
        assertThat(s.ci95High()).isCloseTo(8.389945165425424, within(1e-9));
        // type 7: h = (n-1)p; p05 -> 1 + 0.2*(2-1), p50 -> 3, p95 -> 4 + 0.8*(10-4)
        assertThat(s.p05()).isCloseTo(1.2, within(1e-12));
        assertThat(s.p50()).isEqualTo(3.0);
        assertThat(s.p95()).isCloseTo(8.8, within(1e-12));
    }

    @Test
    void singleValueHasNoSpread() {
        SummaryStats s = SummaryStats.of(new double[] {7.5, 99}, 1, Bounds.NON_NEGATIVE);
        assertThat(s.mean()).isEqualTo(7.5);
        assertThat(s.sd()).isNaN();
        assertThat(s.ci95Low()).isNaN();
        assertThat(s.p05()).isEqualTo(7.5);
        assertThat(s.p95()).isEqualTo(7.5);
    }

    @Test
    void writesCsvAndJsonForTargetYearsOnly(@TempDir Path dir) throws Exception {
        // an annual.csv as written before 2026-12 (national region "", no unit column) is still read; the summary
        // writes the nation as JP and the commodity's own unit
        Path annual = dir.resolve("annual.csv");
        Files.writeString(annual, """
                replication,year,metric,commodity,region,detail,value
                0,2030,imports_t,cu,,,10
                0,2031,imports_t,cu,,,99
                0,2030,jobs_direct,,tohoku,MINING,3
                1,2030,imports_t,cu,,,14
                1,2031,imports_t,cu,,,98
                1,2030,jobs_direct,,tohoku,MINING,5
                """);
        Units units = new Units(List.of(MetricDef.of("imports_t", "t", Aggregation.SUM, "", "")), Map.of("cu", "t Cu"));
        SummaryWriter.fromAnnualCsv(annual, Set.of(2030), units).write(dir);

        // imports_t: mean 12, sd = sqrt(8) = 2.828..., t(0.975,1) = 12.7062047362, half = 2 * 12.7062047361747
        // = 25.4124094723; non-negative, so on the log scale: f = exp(25.4124094723 / 12) = 8.31200445,
        // [12 / f, 12 * f] = [1.44369508821, 99.7440534195] (the t interval would reach -13.41).
        // jobs_direct: mean 4, half = 12.7062047362, f = exp(12.7062047362 / 4) = 23.96396,
        // [4 / f, 4 * f] = [0.166917295974, 95.8558542819] (t: -8.71).
        assertThat(Files.readAllLines(dir.resolve("summary.csv"))).containsExactly(
                "metric,commodity,region,detail,year,unit,n,mean,sd,ci95_low,ci95_high,p05,p50,p95",
                "imports_t,cu,JP,,2030,t Cu,2,12,2.82842712475,1.44369508821,99.7440534195,10.2,12,13.8",
                "jobs_direct,,tohoku,MINING,2030,,2,4,1.41421356237,0.166917295974,95.8558542819,3.1,4,4.9");
        String json = Files.readString(dir.resolve("summary.json"));
        assertThat(json).contains("\"target_years\" : [\n    2030\n  ]").contains("\"mean\" : 12,")
                .contains("\"ci95_high\" : 99.7440534195").doesNotContain("\r");
    }

    @Test
    void undefinedStatisticsAreEmptyCellsAndJsonNull(@TempDir Path dir) throws Exception {
        SummaryWriter summary = new SummaryWriter(Set.of(2040), new Units(List.of(), Map.of()));
        summary.accept(0, 2040, "x", "", "", "", 2.5);
        summary.write(dir);
        assertThat(Files.readAllLines(dir.resolve("summary.csv")).get(1)).isEqualTo("x,,JP,,2040,,1,2.5,,,,2.5,2.5,2.5");
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"sd\" : null");
    }
}
