package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kozan.io.Csv;
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
        // Direct jobs sum the stages; the gross total adds direct, indirect and induced.
        assertThat(Double.parseDouble(find(rows, "gross_jobs", "", "tohoku", "direct").get("mean"))).isCloseTo(30, offset(1e-9));
        assertThat(Double.parseDouble(find(rows, "gross_jobs", "", "tohoku", "induced").get("mean"))).isCloseTo(3, offset(1e-9));
        assertThat(Double.parseDouble(find(rows, "gross_jobs", "", "tohoku", "total").get("mean"))).isCloseTo(33, offset(1e-9));
        // no employed in these runs: no net jobs (net is never made up from the gross classes)
        assertThat(rows).noneMatch(r -> r.get("measure").equals("net_jobs"));
        assertThat(rows).noneMatch(r -> r.get("measure").equals("world_price"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.print(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8), true, java.util.Set.of());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("10 paired replications").contains("Import reduction, 2035 (tonnes, in each commodity's unit)")
                .contains("copper").contains("tohoku").contains("direct 30").doesNotContain("zinc")
                .contains("1 row(s) of comparison.csv have no difference in any replication").contains("narrower than CIs from independent seeds");
    }

    /**
     * Two pairs, years 2030 and 2031, region tohoku (the national rows are the same numbers). Baseline k: direct 50
     * (stage rows 40 + 10), indirect 10, induced 5, manufacturing 100, displaced 0, employed 1000 + 7k, no fiscal
     * cost. Scenario k: direct + 20 + 2k, indirect + 4, induced + 2, displaced + 15 + 2k, manufacturing - 1,
     * employed = baseline + gross - displaced + manufacturing + {@code netShift}, fiscal cost 1e9 (2030) and 2e9
     * (2031).
     */
    private static SortedMap<MetricKey, Double> jobsRun(int k, boolean policy, int year, double netShift) {
        SortedMap<MetricKey, Double> m = new TreeMap<>();
        double gross = policy ? 20 + 2 * k + 4 + 2 : 0;
        double displaced = policy ? 15 + 2 * k : 0;
        double manufacturing = policy ? -1 : 0;
        for (String region : List.of("", "tohoku")) {
            m.put(new MetricKey("jobs_direct", "", region, "", year), 50.0 + (policy ? 20 + 2 * k : 0));
            m.put(new MetricKey("jobs_direct", "", region, "construction", year), 40.0 + (policy ? 20 + 2 * k : 0));
            m.put(new MetricKey("jobs_direct", "", region, "production", year), 10.0);
            m.put(new MetricKey("jobs_indirect", "", region, "", year), 10.0 + (policy ? 4 : 0));
            m.put(new MetricKey("jobs_induced", "", region, "", year), 5.0 + (policy ? 2 : 0));
            m.put(new MetricKey("jobs_manufacturing", "", region, "", year), 100.0 + manufacturing);
            m.put(new MetricKey("jobs_displaced", "", region, "", year), displaced);
            m.put(new MetricKey("employed", "", region, "", year),
                    1000.0 + 7 * k + gross - displaced + manufacturing + (policy ? netShift : 0));
        }
        m.put(new MetricKey("fiscal_cost_yen", "", "", "", year), policy ? (year - 2029) * 1.0e9 : 0.0);
        m.put(new MetricKey("fiscal_cost_yen", "", "", "capex_grant", year), policy ? 5.0e12 : 0.0);
        return m;
    }

    private static Comparison jobsComparison(double netShift) {
        Comparison c = new Comparison();
        for (int k = 0; k < 2; k++) {
            SortedMap<MetricKey, Double> b = jobsRun(k, false, 2030, 0);
            b.putAll(jobsRun(k, false, 2031, 0));
            SortedMap<MetricKey, Double> s = jobsRun(k, true, 2030, netShift);
            s.putAll(jobsRun(k, true, 2031, netShift));
            c.add(b, s);
        }
        return c;
    }

    private static double mean(List<CSVRecord> rows, String measure, String region, String cls, int year) {
        return rows.stream().filter(r -> r.get("measure").equals(measure) && r.get("region").equals(Csv.regionCell(region))
                && r.get("class").equals(cls) && r.get("year").equals(String.valueOf(year)))
                .map(r -> Double.parseDouble(r.get("mean"))).findFirst().orElseThrow();
    }

    @Test
    void grossAndNetJobsTheirDecompositionAndFiscalCostPerJobYear() throws Exception {
        Path csv = tmp.resolve("jobs.csv");
        jobsComparison(0).writeCsv(csv);
        List<CSVRecord> rows = BatchJobTest.read(csv);
        for (String region : List.of("", "tohoku")) {
            for (int year : new int[] {2030, 2031}) {
                // gross: pair differences 20 + 4 + 2 = 26 and 22 + 4 + 2 = 28, mean 27; direct 20, 22 -> 21
                assertThat(mean(rows, "gross_jobs", region, "total", year)).isCloseTo(27, offset(1e-9));
                assertThat(mean(rows, "gross_jobs", region, "direct", year)).isCloseTo(21, offset(1e-9));
                assertThat(mean(rows, "gross_jobs", region, "indirect", year)).isCloseTo(4, offset(1e-9));
                assertThat(mean(rows, "gross_jobs", region, "induced", year)).isCloseTo(2, offset(1e-9));
                // net = change in employed: 26 - 15 - 1 = 10 and 28 - 17 - 1 = 10, mean 10
                assertThat(mean(rows, "net_jobs", region, "total", year)).isCloseTo(10, offset(1e-9));
                assertThat(mean(rows, "net_jobs", region, "displaced", year)).isCloseTo(16, offset(1e-9));
                assertThat(mean(rows, "net_jobs", region, "manufacturing", year)).isCloseTo(-1, offset(1e-9));
            }
        }
        // paired CI of gross: differences 26, 28: sd = sqrt(2), half width = t(0.975, 1) x sqrt(2) / sqrt(2) = 12.7062
        CSVRecord g = rows.stream().filter(r -> r.get("measure").equals("gross_jobs") && r.get("region").equals("JP")
                && r.get("class").equals("total") && r.get("year").equals("2030")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(g.get("ci95_low"))).isCloseTo(27 - 12.7062, offset(1e-3));
        assertThat(Double.parseDouble(g.get("ci95_high"))).isCloseTo(27 + 12.7062, offset(1e-3));
        assertThat(g.get("unit")).isEqualTo("persons");
        // the fiscal total (detail "") only, not the lever rows: 1e9 in 2030, 2e9 in 2031
        assertThat(mean(rows, "fiscal_cost_increase_yen", "", "", 2030)).isCloseTo(1.0e9, offset(1e-3));
        assertThat(mean(rows, "fiscal_cost_increase_yen", "", "", 2031)).isCloseTo(2.0e9, offset(1e-3));
        // per job-year over 2030-2031: 3e9 / (27 + 27) = 5.5556e7 gross; 3e9 / (10 + 10) = 1.5e8 net
        CSVRecord perGross = rows.stream().filter(r -> r.get("measure").equals("fiscal_cost_per_gross_job_year"))
                .findFirst().orElseThrow();
        assertThat(perGross.get("year")).isEqualTo("2031");
        assertThat(perGross.get("unit")).isEqualTo("JPY (2025) per job-year");
        assertThat(perGross.get("n")).isEqualTo("2");
        assertThat(Double.parseDouble(perGross.get("mean"))).isCloseTo(3.0e9 / 54, offset(1e-3));
        assertThat(perGross.get("ci95_low")).isEmpty();
        assertThat(mean(rows, "fiscal_cost_per_net_job_year", "", "", 2031)).isCloseTo(1.5e8, offset(1e-3));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        jobsComparison(0).print(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8), false, java.util.Set.of());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Jobs, 2030 (persons): gross = change in direct + indirect + induced jobs; net = change in employed")
                .containsPattern("(?m)^  Japan +27 \\[14, 40] +10 \\[10, 10]$")
                .contains("direct 21 [").contains("indirect 4 [4, 4]; induced 2 [2, 2]")
                .contains("net 10 = gross 27 - displaced 16 + manufacturing -1\n")
                .contains("summed over the 2 compared year(s)")
                // JPY million, 1 decimal: 3.0e9 / 54 = 55,555,555.6 JPY -> 55.6; 1.5e8 JPY -> 150.0
                .contains("Fiscal cost per job-year, 2030-2031 (JPY million (2025) per job-year)")
                .containsPattern("per gross job-year +55\\.6\n").containsPattern("per net job-year +150\\.0\n")
                .doesNotContain("tohoku");
    }

    @Test
    void noCostPerNetJobYearWhenNetJobsAreNotPositiveAndAnUnexplainedRestIsShown() throws Exception {
        // employed 12 lower than gross - displaced + manufacturing: net = 10 - 12 = -2 per year, job-years -4
        Comparison c = jobsComparison(-12);
        Path csv = tmp.resolve("negative.csv");
        c.writeCsv(csv);
        List<CSVRecord> rows = BatchJobTest.read(csv);
        assertThat(mean(rows, "net_jobs", "", "total", 2031)).isCloseTo(-2, offset(1e-9));
        CSVRecord perNet = rows.stream().filter(r -> r.get("measure").equals("fiscal_cost_per_net_job_year"))
                .findFirst().orElseThrow();
        assertThat(perNet.get("mean")).isEmpty();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.print(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8), false, java.util.Set.of());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("per net job-year").contains("n/a: net job-years -4 are not positive; the change in"
                + " fiscal cost (3,000.0 JPY million (2025)) bought no net jobs")
                .contains("net -2 = gross 27 - displaced 16 + manufacturing -1 + change in normal"
                        + " rest-of-economy employment -12");
    }

    @Test
    void printsOneFormatPerUnitAndNoiseAsZero() {
        // half the last digit shown is the tolerance: 0.05 t, 0.5 persons, JPY 50,000, 0.005 pp
        assertThat(Comparison.show("import_reduction_t", -2.3e-13)).isEqualTo("0");
        assertThat(Comparison.show("import_reduction_t", 0.05)).isEqualTo("0");
        assertThat(Comparison.show("import_reduction_t", 0.0500001)).isEqualTo("0.1");
        assertThat(Comparison.show("import_reduction_t", 1734.99)).isEqualTo("1,735.0");
        assertThat(Comparison.show("import_reduction_yen", -5858.99)).isEqualTo("0");
        assertThat(Comparison.show("import_reduction_yen", -3.0e9)).isEqualTo("-3,000.0"); // JPY million
        assertThat(Comparison.show("fiscal_cost_per_net_job_year", 5.5555e7)).isEqualTo("55.6");
        assertThat(Comparison.show("import_dependence_reduction_pp", 0.004)).isEqualTo("0");
        assertThat(Comparison.show("import_dependence_reduction_pp", 1.234)).isEqualTo("1.23");
        assertThat(Comparison.show("gross_jobs", 0.49)).isEqualTo("0");
        assertThat(Comparison.show("net_jobs", -12345.6)).isEqualTo("-12,346");
        assertThat(Comparison.show("gross_jobs", Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void noiseRowsAreNotPrintedNorCountedInTheNarrowingHeadline() {
        // copper: a real reduction of 100 t with shared noise; cobalt: float noise of about -2.3e-13 t
        Comparison c = new Comparison();
        for (int k = 0; k < 4; k++) {
            double noise = new MersenneTwisterFast(k).nextGaussian() * 80;
            SortedMap<MetricKey, Double> base = new TreeMap<>();
            SortedMap<MetricKey, Double> scen = new TreeMap<>();
            base.put(new MetricKey("imports_t", "copper", "", "", 2035), 1000 + noise);
            scen.put(new MetricKey("imports_t", "copper", "", "", 2035), 900 + noise - 0.01 * k);
            base.put(new MetricKey("imports_t", "cobalt", "", "", 2035), 0.5);
            scen.put(new MetricKey("imports_t", "cobalt", "", "", 2035), 0.5 + 2.3e-13 * (1 + k));
            c.add(base, scen);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.print(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8), false, Set.of());
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("copper").doesNotContain("cobalt").doesNotContain("e-")
                .contains("1 more row(s) differ by less than the tolerance")
                .contains("over the 1 rows whose independent-seed CI is wider than the tolerance");
    }

    @Test
    void printsOnlyTheYearsAsked() {
        Comparison c = new Comparison();
        for (int k = 0; k < 3; k++) {
            SortedMap<MetricKey, Double> base = new TreeMap<>();
            SortedMap<MetricKey, Double> scen = new TreeMap<>();
            for (int year : List.of(2030, 2031)) {
                base.put(new MetricKey("imports_t", "copper", "", "", year), 1000.0 + k);
                scen.put(new MetricKey("imports_t", "copper", "", "", year), 900.0 + 2 * k);
            }
            c.add(base, scen);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.print(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8), false, Set.of(2031));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Import reduction, 2031 (tonnes, in each commodity's unit)")
                .doesNotContain("2030");
        bytes.reset();
        c.print(new java.io.PrintWriter(bytes, true, StandardCharsets.UTF_8), false, Set.of());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Import reduction, 2030 (tonnes, in each commodity's unit)")
                .contains("Import reduction, 2031 (tonnes, in each commodity's unit)");
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
                && r.get("region").equals(Csv.regionCell(region)) && r.get("class").equals(cls)).findFirst().orElseThrow();
    }

    @Test
    void aChangeInImportDependenceKeepsItsIntervalWithinPlusMinus100PercentagePoints() {
        // two shares in [0, 1] differ by at most 1, i.e. 100 pp: 20 +- 130 is [-100, 100], not [-110, 150]
        assertThat(Comparison.low("import_dependence_reduction_pp", 20, 130)).isEqualTo(-100.0);
        assertThat(Comparison.high("import_dependence_reduction_pp", 20, 130)).isEqualTo(100.0);
        assertThat(Comparison.low("import_dependence_reduction_pp", 20, 5)).isEqualTo(15.0);
        assertThat(Comparison.high("import_dependence_reduction_pp", 20, 5)).isEqualTo(25.0);
        // tonnes, yen and jobs have no such bound
        assertThat(Comparison.low("import_reduction_t", 20, 130)).isEqualTo(-110.0);
        assertThat(Comparison.high("gross_jobs", 20, 130)).isEqualTo(150.0);
    }

    @Test
    void thePairingLineSaysNarrowerWiderOrAsWideAndNeverMinusZero() {
        assertThat(Comparison.pairingLine(0.5, 3)).startsWith("Paired CIs are 50% narrower than CIs");
        assertThat(Comparison.pairingLine(1.2, 3)).startsWith("Paired CIs are 20% wider than CIs");
        // 1 - 1.004 = -0.4% rounds to 0: not "-0% narrower"
        assertThat(Comparison.pairingLine(1.004, 6)).startsWith("Paired CIs are as wide as CIs")
                .contains("median width ratio 1.00 over the 6 rows");
    }
}
