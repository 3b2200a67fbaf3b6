package kozan.io;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ResultsReaderTest {

    @TempDir
    static Path shared;
    static Path dir;

    @TempDir
    Path tmp;

    @BeforeAll
    static void write() throws Exception {
        dir = ResultsFixture.write(shared.resolve("run"), "fixture-baseline", 1.0);
    }

    @Test
    void readsAnnualSeriesForEveryReplicationAndYear() throws Exception {
        Results r = ResultsReader.read(dir);
        SeriesTable t = r.annual();
        assertThat(t.replications()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(t.periods()).hasSize(16).startsWith("2025").endsWith("2040");
        assertThat(t.x()[0]).isEqualTo(2025.0);
        assertThat(t.keys("jobs_direct")).contains(new SeriesKey("jobs_direct", "", "kanto", "PRODUCTION"),
                new SeriesKey("jobs_direct", "", "", "PRODUCTION"));
        double[][] dep = t.values(SeriesKey.commodity("import_dependence", "limestone"));
        assertThat(dep[3][5]).isBetween(0.0, 0.01);
    }

    @Test
    void annualSumsEqualTheMonthlyValuesTheyRollUp() throws Exception {
        SeriesKey k = SeriesKey.commodity("imports_t", "rare_earths");
        SeriesTable monthly = ResultsReader.readMonthly(dir, key -> key.equals(k));
        assertThat(monthly.keys()).containsExactly(k);
        assertThat(monthly.periodCount()).isEqualTo(16 * 12);
        assertThat(monthly.periods().get(13)).isEqualTo("2026-02");
        assertThat(monthly.x()[13]).isCloseTo(2026 + 1 / 12.0, within(1e-12));
        double[][] m = monthly.values(k);
        double[][] a = ResultsReader.read(dir).annual().values(k);
        for (int rep = 0; rep < 8; rep++) {
            double sum2031 = 0;
            for (int mo = 0; mo < 12; mo++) {
                sum2031 += m[rep][(2031 - 2025) * 12 + mo];
            }
            assertThat(a[rep][6]).isCloseTo(sum2031, within(1e-6 * sum2031));
        }
    }

    @Test
    void readsSummaryManifestAndScenario() throws Exception {
        Results r = ResultsReader.read(dir);
        assertThat(r.summaryYears()).containsExactly(2030, 2035, 2040);
        SummaryRow row = r.summary(SeriesKey.commodity("world_price", "copper"), 2035).orElseThrow();
        assertThat(row.n()).isEqualTo(8);
        assertThat(row.unit()).isEqualTo("JPY/t");
        assertThat(row.ci95Low()).isLessThan(row.mean()).isLessThan(row.ci95High());
        assertThat(r.unit("co2e_t")).isEqualTo("t CO2e");
        assertThat(r.manifest().get("replications").asInt()).isEqualTo(8);
        assertThat(r.scenarioName()).isEqualTo("fixture-baseline");
        assertThat(r.metadata().get("title").toString()).contains("<test>");
    }

    @Test
    void onlyAnnualCsvIsRequired() throws Exception {
        Files.createDirectories(tmp.resolve("bare"));
        Files.copy(dir.resolve("annual.csv"), tmp.resolve("bare/annual.csv"));
        Results r = ResultsReader.read(tmp.resolve("bare"));
        assertThat(r.summary()).isEmpty();
        assertThat(r.manifest().isMissingNode()).isTrue();
        assertThat(r.scenario()).isEmpty();
        assertThat(r.scenarioName()).isEqualTo("bare");
    }

    @Test
    void missingValuesAreNaNAndEmptyDimensionsAreKept() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("sparse"));
        Files.writeString(d.resolve("annual.csv"), """
                replication,year,metric,commodity,region,detail,value
                0,2030,co2e_t,,,,10
                0,2031,co2e_t,,,,12
                1,2031,co2e_t,,,,
                """);
        SeriesTable t = ResultsReader.read(d).annual();
        double[][] v = t.values(SeriesKey.of("co2e_t"));
        assertThat(v[0]).containsExactly(10, 12);
        assertThat(v[1][0]).isNaN();
        assertThat(v[1][1]).isNaN();
    }

    @Test
    void badInputNamesTheFileTheLineAndTheProblem() throws Exception {
        assertThatThrownBy(() -> ResultsReader.read(tmp.resolve("nope")))
                .isInstanceOf(ResultsFormatException.class).hasMessageContaining("not a directory");
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> ResultsReader.read(tmp.resolve("empty")))
                .isInstanceOf(ResultsFormatException.class).hasMessageContaining("no annual.csv");
        Path d = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(d.resolve("annual.csv"), "replication,year,metric,value\n0,2030,x,1\n");
        assertThatThrownBy(() -> ResultsReader.read(d)).isInstanceOf(ResultsFormatException.class)
                .hasMessageContaining("lacks column 'commodity'");
        Files.writeString(d.resolve("annual.csv"), "replication,year,metric,commodity,region,detail,value\n"
                + "0,2030,x,,,,1.5\n0,2031,x,,,,abc\n");
        assertThatThrownBy(() -> ResultsReader.read(d)).isInstanceOf(ResultsFormatException.class)
                .hasMessageContaining("annual.csv:2: value is not a number: 'abc'");
    }
}
