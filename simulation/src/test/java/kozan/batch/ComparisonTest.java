package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    @TempDir
    Path tmp;

    /** One run: imports and jobs with replication noise shared by both scenarios. */
    private static SortedMap<MetricKey, Double> run(int k, boolean policy) {
        MersenneTwisterFast shared = new MersenneTwisterFast(k);
        double noise = shared.nextGaussian() * 80;
        SortedMap<MetricKey, Double> m = new TreeMap<>();
        double imports = 1000 + noise - (policy ? 100 + 0.01 * k : 0);
        m.put(new MetricKey("imports_t", "copper", "", "", 2035), imports);
        m.put(new MetricKey("imports_yen", "copper", "", "", 2035), imports * 1.5e6);
        m.put(new MetricKey("import_dependence", "copper", "", "", 2035), imports / 2000);
        m.put(new MetricKey("jobs_direct", "", "tohoku", "construction", 2035), 50 + noise / 10 + (policy ? 20 : 0));
        m.put(new MetricKey("jobs_direct", "", "tohoku", "production", 2035), 30.0 + (policy ? 10 : 0));
        m.put(new MetricKey("jobs_induced", "", "tohoku", "", 2035), 12.0 + (policy ? 3 : 0));
        m.put(new MetricKey("world_price", "copper", "", "", 2035), 1.0);
        m.put(new MetricKey("imports_t", "zinc", "", "", 2035), 10.0 + noise);
        return m;
    }

    @Test
    void pairedReductionsAndNetJobsWithNarrowerIntervals() throws Exception {
        Comparison c = new Comparison();
        for (int k = 0; k < 10; k++) {
            c.add(run(k, false), run(k, true));
        }
        Path csv = tmp.resolve("comparison.csv");
        c.writeCsv(csv);
        List<CSVRecord> rows = BatchJobTest.read(csv);
        try (var p = BatchJobTest.parser(csv)) {
            assertThat(p.getHeaderNames()).isEqualTo(Comparison.COLUMNS);
        }
        CSVRecord t = find(rows, "import_reduction_t", "copper", "", "");
        assertThat(t.get("unit")).isEqualTo("t");
        assertThat(t.get("n")).isEqualTo("10");
        assertThat(Double.parseDouble(t.get("mean"))).isCloseTo(100.045, offset(1e-9));
        assertThat(Double.parseDouble(t.get("paired_to_unpaired_width"))).isLessThan(0.01);
        assertThat(Double.parseDouble(t.get("ci95_low"))).isLessThan(100.045);
        assertThat(Double.parseDouble(find(rows, "import_reduction_yen", "copper", "", "").get("mean")))
                .isCloseTo(100.045 * 1.5e6, offset(1e-3));
        assertThat(Double.parseDouble(find(rows, "import_dependence_reduction_pp", "copper", "", "").get("mean")))
                .isCloseTo(100.045 / 2000 * 100, offset(1e-9));
        // Direct jobs sum the stages; total adds every class.
        assertThat(Double.parseDouble(find(rows, "net_jobs", "", "tohoku", "direct").get("mean"))).isCloseTo(30, offset(1e-9));
        assertThat(Double.parseDouble(find(rows, "net_jobs", "", "tohoku", "induced").get("mean"))).isCloseTo(3, offset(1e-9));
        assertThat(Double.parseDouble(find(rows, "net_jobs", "", "tohoku", "total").get("mean"))).isCloseTo(33, offset(1e-9));
        assertThat(rows).noneMatch(r -> r.get("measure").equals("world_price"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.print(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8), true);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("10 paired replications").contains("Import reduction, 2035 (t)")
                .contains("copper").contains("tohoku direct").doesNotContain("zinc")
                .contains("1 row(s) with no difference in any replication are not shown").contains("narrower than CIs from independent seeds");
    }

    @Test
    void readsTwoResultsFolders() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        String head = "replication,year,metric,commodity,region,detail,value\n";
        StringBuilder x = new StringBuilder(head);
        StringBuilder y = new StringBuilder(head);
        for (int k = 0; k < 5; k++) {
            x.append(k).append(",2030,imports_t,copper,,,").append(500 + k * 10).append('\n');
            x.append(k).append(",2031,imports_t,copper,,,").append(1).append('\n');
            y.append(k).append(",2030,imports_t,copper,,,").append(480 + k * 10 + k).append('\n');
        }
        Files.writeString(a.resolve("annual.csv"), x);
        Files.writeString(b.resolve("annual.csv"), y);
        Comparison c = CompareInputs.fromResults(a, b, Set.of(2030));
        assertThat(c.pairs()).isEqualTo(5);
        c.writeCsv(tmp.resolve("c.csv"));
        List<CSVRecord> rows = BatchJobTest.read(tmp.resolve("c.csv"));
        assertThat(rows).hasSize(1);
        assertThat(Double.parseDouble(rows.get(0).get("mean"))).isCloseTo(18, offset(1e-9));
    }

    private static CSVRecord find(List<CSVRecord> rows, String measure, String commodity, String region, String cls) {
        return rows.stream().filter(r -> r.get("measure").equals(measure) && r.get("commodity").equals(commodity)
                && r.get("region").equals(region) && r.get("class").equals(cls)).findFirst().orElseThrow();
    }
}
