package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kozan.io.Csv;
import kozan.io.ImpactsCsv;
import kozan.io.Manifest;
import kozan.observe.Metrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * impacts.csv of a real run (the baseline cut to 5 years, 2 replications) agrees with annual.csv and adds up
 * (docs/outputs.md, docs/design/jobs-issue-13.md 5.1): per replication, year and region, the all-industry employment
 * of each effect equals annual.csv's jobs_direct / jobs_indirect / jobs_induced; sectors add up to the all-industry
 * row and regions to the national row, in every column; value added of the direct, indirect and induced effects
 * equals value_added_yen's mining, suppliers + supply_chain and induced details, and their sum the total; the manifest lists the
 * file and reproduce checks it; a comparison of two results folders writes their paired differences.
 */
class ImpactsConsistencyTest {

    @TempDir
    static Path tmp;

    static Path results;
    static Map<String, Map<String, String>> impacts;
    static Map<String, Map<String, String>> annual;
    static List<String> regions;

    @BeforeAll
    static void run() throws Exception {
        Path scenario = RealRuns.fiveYears("baseline.yaml", tmp.resolve("in"));
        results = tmp.resolve("out");
        RealRuns.Outcome o = RealRuns.kozan("run", scenario.toString(), "--out", results.toString(), "--no-charts",
                "--replications", "2", "--annual-only");
        assertThat(o.code()).as(o.err()).isZero();
        impacts = RealRuns.csv(results.resolve(ImpactsCsv.FILE), "replication", "year", "region", "industry", "effect");
        annual = RealRuns.csv(results.resolve(Csv.ANNUAL), "replication", "year", "metric", "commodity", "region", "detail");
        regions = impacts.values().stream().map(r -> r.get("region")).filter(r -> !r.isEmpty()).distinct().toList();
    }

    static double value(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    static String key(String rep, String year, String region, String industry, String effect) {
        return rep + "|" + year + "|" + region + "|" + industry + "|" + effect;
    }

    @Test
    void theHeaderAndTheManifest() throws Exception {
        assertThat(Files.readAllLines(results.resolve(ImpactsCsv.FILE)).get(0))
                .isEqualTo("replication,year,region,industry,effect,employment,labour_income_yen,value_added_yen,output_yen");
        assertThat(Manifest.read(results).files()).anySatisfy(f -> assertThat(f.path()).isEqualTo(ImpactsCsv.FILE));
        assertThat(regions).hasSize(9);
        Set<String> years = new HashSet<>();
        impacts.values().forEach(r -> years.add(r.get("replication") + "|" + r.get("year")));
        assertThat(years).hasSize(2 * 5);
    }

    @Test
    void employmentByEffectEqualsAnnualJobsForEveryRegionAndTheNation() {
        Map<String, String> metricOf = Map.of("direct", Metrics.JOBS_DIRECT, "indirect", Metrics.JOBS_INDIRECT,
                "induced", Metrics.JOBS_INDUCED);
        int checked = 0;
        for (Map<String, String> row : impacts.values()) {
            if (!row.get("industry").isEmpty()) {
                continue;
            }
            String metric = metricOf.get(row.get("effect"));
            Map<String, String> a = annual.get(row.get("replication") + "|" + row.get("year") + "|" + metric + "||"
                    + row.get("region") + "|");
            assertThat(a).as("annual row for %s", row).isNotNull();
            double jobs = value(a, "value");
            assertThat(value(row, "employment")).as("%s", row).isCloseTo(jobs, within(1e-9 * Math.max(1, jobs)));
            checked++;
        }
        assertThat(checked).isEqualTo(2 * 5 * (9 + 1) * 3);
        // something to compare: the baseline has direct, indirect and induced jobs in 2029
        for (String effect : metricOf.keySet()) {
            assertThat(value(impacts.get(key("0", "2029", "", "", effect)), "employment")).as(effect).isGreaterThan(100);
        }
    }

    @Test
    void sectorsAddUpToTheAllIndustryRowAndRegionsToTheNationInEveryColumn() {
        Map<String, double[]> sectorSums = new HashMap<>();
        Map<String, double[]> regionSums = new HashMap<>();
        for (Map<String, String> row : impacts.values()) {
            String rep = row.get("replication");
            String year = row.get("year");
            String region = row.get("region");
            String industry = row.get("industry");
            String effect = row.get("effect");
            if (!industry.isEmpty()) {
                add(sectorSums, key(rep, year, region, "", effect), row);
            }
            if (!region.isEmpty()) {
                add(regionSums, key(rep, year, "", industry, effect), row);
            }
        }
        assertThat(sectorSums).isNotEmpty();
        sectorSums.forEach((k, sums) -> assertSame(k, sums));
        regionSums.forEach((k, sums) -> assertSame(k, sums));
        // direct effects are all in the mining sector
        assertThat(impacts.values()).filteredOn(r -> r.get("effect").equals("direct") && !r.get("industry").isEmpty())
                .allSatisfy(r -> assertThat(r.get("industry")).isEqualTo("06"));
    }

    private static void add(Map<String, double[]> sums, String key, Map<String, String> row) {
        double[] s = sums.computeIfAbsent(key, k -> new double[4]);
        for (int q = 0; q < 4; q++) {
            s[q] += value(row, ImpactsCsv.VALUES.get(q));
        }
    }

    private static void assertSame(String key, double[] sums) {
        Map<String, String> total = impacts.get(key);
        assertThat(total).as(key).isNotNull();
        for (int q = 0; q < 4; q++) {
            double t = value(total, ImpactsCsv.VALUES.get(q));
            assertThat(sums[q]).as(key + " " + ImpactsCsv.VALUES.get(q)).isCloseTo(t, within(1e-9 * Math.max(1, Math.abs(t))));
        }
    }

    @Test
    void comparingTwoResultsFoldersWritesTheirImpactsDifferences() throws Exception {
        // the run against itself: every pair is identical, so every difference and CI bound is 0
        Path cmp = tmp.resolve("cmp");
        RealRuns.Outcome o = RealRuns.kozan("compare", results.toString(), results.toString(), "--out", cmp.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("written: " + cmp.resolve(ImpactsCsv.FILE));
        Map<String, Map<String, String>> diff = RealRuns.csv(cmp.resolve(ImpactsCsv.FILE), "year", "region", "industry", "effect");
        long perReplication = impacts.keySet().stream().filter(k -> k.startsWith("0|")).count();
        assertThat(diff).hasSize((int) perReplication);
        assertThat(diff.values()).allSatisfy(r -> {
            for (String c : List.of("employment", "labour_income_yen", "value_added_yen", "output_yen",
                    "employment_ci_low", "employment_ci_high")) {
                assertThat(value(r, c)).as(c).isZero();
            }
        });
        // a second compare into the same folder needs --force and leaves the files as they were
        RealRuns.Outcome again = RealRuns.kozan("compare", results.toString(), results.toString(), "--out", cmp.toString());
        assertThat(again.code()).isEqualTo(2);
    }

    @Test
    void reproduceChecksTheImpactTable() throws Exception {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(results)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        RealRuns.Outcome same = RealRuns.kozan("reproduce", copy.toString());
        assertThat(same.code()).as(same.out() + same.err()).isZero();
        assertThat(same.out()).startsWith("identical: 5 files match"); // annual, impacts, summary x2, scenario
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(copy.resolve(ImpactsCsv.FILE)));
        lines.set(2, lines.get(2).replaceAll(",[^,]*$", ",42"));
        Files.write(copy.resolve(ImpactsCsv.FILE), lines);
        RealRuns.Outcome edited = RealRuns.kozan("reproduce", copy.toString());
        assertThat(edited.code()).isEqualTo(1);
        assertThat(edited.out()).startsWith("different: impacts.csv: line 3");
    }

    @Test
    void valueAddedOfEachEffectEqualsAnnualValueAddedDetails() {
        for (String rep : List.of("0", "1")) {
            for (int year = 2025; year <= 2029; year++) {
                String y = Integer.toString(year);
                double mining = value(annual.get(rep + "|" + y + "|" + Metrics.VALUE_ADDED_YEN + "|||mining"), "value");
                // indirect = the supplier agents and the IO chain beyond them
                double suppliers = value(annual.get(rep + "|" + y + "|" + Metrics.VALUE_ADDED_YEN + "|||suppliers"), "value")
                        + value(annual.get(rep + "|" + y + "|" + Metrics.VALUE_ADDED_YEN + "|||supply_chain"), "value");
                assertThat(value(impacts.get(key(rep, y, "", "", "direct")), "value_added_yen"))
                        .isCloseTo(mining, within(1e-9 * mining));
                assertThat(value(impacts.get(key(rep, y, "", "", "indirect")), "value_added_yen"))
                        .isCloseTo(suppliers, within(1e-9 * suppliers));
                double induced = value(annual.get(rep + "|" + y + "|" + Metrics.VALUE_ADDED_YEN + "|||induced"), "value");
                assertThat(value(impacts.get(key(rep, y, "", "", "induced")), "value_added_yen"))
                        .isCloseTo(induced, within(1e-9 * induced));
                double total = value(annual.get(rep + "|" + y + "|" + Metrics.VALUE_ADDED_YEN + "|||"), "value");
                double sum = 0;
                for (String effect : List.of("direct", "indirect", "induced")) {
                    sum += value(impacts.get(key(rep, y, "", "", effect)), "value_added_yen");
                }
                assertThat(sum).isCloseTo(total, within(1e-9 * total));
                assertThat(mining).isPositive();
            }
        }
    }
}
