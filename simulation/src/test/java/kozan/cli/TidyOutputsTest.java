package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kozan.io.Csv;
import kozan.io.Hashes;
import kozan.io.Json;
import kozan.io.Results;
import kozan.io.ResultsReader;
import kozan.io.SeriesKey;
import kozan.model.random.Seeds;
import kozan.observe.Metrics;
import kozan.scenario.SeedText;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17 item 7, read as a user reads the files: a run, a comparison of two runs and a batch (real model,
 * baseline cut to 2025-2029, 2 replications) write the nation as region JP in every CSV (pandas reads "" as NaN),
 * a unit per row with the commodity's own unit and constant 2025 yen, and seeds as text no reader takes for a
 * number; a seed in that text is accepted as input; a results directory written before the change (national
 * region "", no unit column, manifest format 1) is still read, compared and reproduced.
 */
class TidyOutputsTest {

    @TempDir
    static Path tmp;
    static Path run;
    static Path comparison;
    static Path batch;

    @BeforeAll
    static void runCompareAndBatch() throws Exception {
        Path scenario = RealRuns.fiveYears("baseline.yaml", tmp.resolve("scenarios"));
        run = tmp.resolve("run");
        assertThat(RealRuns.kozan("run", scenario.toString(), "--replications", "2", "--no-charts", "--monthly",
                "--out", run.toString()).code()).isZero();
        // the same run with its base seed 20250101 = 0x134FDF5 given as seed text
        Path again = tmp.resolve("again");
        assertThat(RealRuns.kozan("run", scenario.toString(), "--replications", "2", "--no-charts", "--seed",
                "x000000000134fdf5", "--out", again.toString()).code()).isZero();
        assertThat(Files.readString(again.resolve(Csv.ANNUAL))).isEqualTo(Files.readString(run.resolve(Csv.ANNUAL)));
        comparison = tmp.resolve("cmp");
        RealRuns.Outcome c = RealRuns.kozan("compare", run.toString(), again.toString(), "--out", comparison.toString());
        assertThat(c.code()).as(c.err()).isZero();
        Path spec = Files.writeString(tmp.resolve("scenarios/sweep.yaml"), """
                version: 1
                name: tidy
                scenarios: [baseline.yaml]
                parameters:
                  - path: government.exploration_subsidy
                    values: [0, 0.5]
                replications: 2
                seed: x000000000134fdf5
                metrics: [imports_t, jobs_direct, {name: employed, region: JP}]
                years: [2029]
                """);
        batch = tmp.resolve("batch");
        RealRuns.Outcome b = RealRuns.kozan("batch", spec.toString(), "--out", batch.toString());
        assertThat(b.code()).as(b.err()).isZero();
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(in)
                     .setFormat(Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }

    static List<Path> csvFiles(Path... dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void noCsvOfARunACompareOrABatchHasAnEmptyRegionField() throws Exception {
        List<String> withRegion = new ArrayList<>();
        for (Path f : csvFiles(run, comparison, batch)) {
            List<CSVRecord> rows = read(f);
            if (rows.isEmpty() || !rows.get(0).isMapped("region")) {
                continue;
            }
            withRegion.add(tmp.relativize(f).toString());
            assertThat(rows).as(f.toString()).noneMatch(r -> r.get("region").isEmpty());
            assertThat(rows).as(f.toString()).anyMatch(r -> r.get("region").equals("JP"));
        }
        assertThat(withRegion).containsExactlyInAnyOrder("run/annual.csv", "run/timeseries.csv", "run/impacts.csv",
                "run/summary.csv", "cmp/comparison.csv", "cmp/impacts.csv", "batch/summary.csv",
                "batch/differences.csv", "batch/runs_long.csv");
        JsonNode summary = Json.read(run.resolve(Csv.SUMMARY_JSON));
        summary.path("rows").forEach(r -> assertThat(r.path("region").asText()).isNotEmpty());
    }

    @Test
    void everyRowHasItsUnitCommoditySpecificAndIn2025Yen() throws Exception {
        Map<String, String> expected = Map.of(
                "imports_t|rare_earths", "t REO", "domestic_mine_output_t|lithium", "t LCE",
                "imports_t|uranium", "t U3O8", "imports_t|copper", "t Cu", "imports_t|limestone", "t",
                "world_price|rare_earths", "JPY (2025)/t REO", "imports_yen|copper", "JPY (2025)",
                "import_dependence|cobalt", "share (0-1)", "jobs_direct|", "persons");
        for (String file : List.of(Csv.ANNUAL, Csv.TIMESERIES, Csv.SUMMARY_CSV)) {
            List<CSVRecord> rows = read(run.resolve(file));
            assertThat(rows.get(0).isMapped("unit")).as(file).isTrue();
            expected.forEach((key, unit) -> {
                String[] mc = key.split("\\|", -1);
                List<CSVRecord> of = rows.stream().filter(r -> r.get("metric").equals(mc[0])
                        && r.get("commodity").equals(mc[1])).toList();
                assertThat(of).as(file + " " + key).isNotEmpty().allMatch(r -> r.get("unit").equals(unit));
            });
        }
        assertThat(read(batch.resolve("summary.csv"))).filteredOn(r -> r.get("commodity").equals("rare_earths"))
                .isNotEmpty().allMatch(r -> r.get("unit").equals("t REO"));
        assertThat(read(batch.resolve("runs_long.csv"))).filteredOn(r -> r.get("commodity").equals("lithium"))
                .isNotEmpty().allMatch(r -> r.get("unit").equals("t LCE"));
        assertThat(read(comparison.resolve("comparison.csv")))
                .filteredOn(r -> r.get("measure").equals("import_reduction_t") && r.get("commodity").equals("uranium"))
                .isNotEmpty().allMatch(r -> r.get("unit").equals("t U3O8"));
    }

    @Test
    void seedsAreTextThatReadsBackExactly() throws Exception {
        for (String file : List.of("runs.csv", "runs_long.csv")) {
            for (CSVRecord r : read(batch.resolve(file))) {
                String seed = r.get("seed");
                // as read.csv or read_csv would try it: not a number, so the column stays exact text
                assertThatThrownBy(() -> Double.parseDouble(seed)).isInstanceOf(NumberFormatException.class);
                assertThat(SeedText.parse(seed)).as(file)
                        .isEqualTo(Seeds.master(20250101L, Integer.parseInt(r.get("replication"))));
            }
        }
        JsonNode seeds = Json.read(run.resolve(Csv.MANIFEST)).path("seeds");
        assertThat(seeds.path("base_seed_text").asText()).isEqualTo("x000000000134fdf5");
        for (int k = 0; k < 2; k++) {
            assertThat(SeedText.parse(seeds.path("master_seeds_text").get(k).asText()))
                    .isEqualTo(seeds.path("master_seeds").get(k).asLong()).isEqualTo(Seeds.master(20250101L, k));
        }
    }

    /**
     * A copy of the run in the layout before manifest format 2: national region "", no unit column in annual.csv
     * and timeseries.csv, the manifest's format 1 and hashes of those files.
     */
    static Path legacyCopy(Path dir, String name, boolean slip) throws IOException {
        Path old = Files.createDirectories(tmp.resolve(name));
        for (String f : List.of(Csv.ANNUAL, Csv.TIMESERIES, "impacts.csv", Csv.SUMMARY_CSV)) {
            List<CSVRecord> rows = read(dir.resolve(f));
            List<String> header = new ArrayList<>(rows.get(0).getParser().getHeaderNames());
            boolean dropUnit = !f.equals(Csv.SUMMARY_CSV);
            if (dropUnit) {
                header.remove("unit");
            }
            StringWriter text = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(text, Csv.FORMAT)) {
                p.printRecord(header);
                for (int i = 0; i < rows.size(); i++) {
                    List<String> cells = new ArrayList<>();
                    for (String h : header) {
                        String v = rows.get(i).get(h);
                        cells.add(h.equals("region") ? Csv.region(v) : v);
                    }
                    if (slip && f.equals(Csv.ANNUAL) && i == 0) {
                        cells.set(cells.size() - 1, "1");
                    }
                    p.printRecord(cells);
                }
            }
            Files.writeString(old.resolve(f), text.toString(), StandardCharsets.UTF_8);
        }
        ObjectNode summaryJson = (ObjectNode) Json.read(dir.resolve(Csv.SUMMARY_JSON));
        summaryJson.path("rows").forEach(r -> ((ObjectNode) r).put("region", Csv.region(r.path("region").asText())));
        Json.write(old.resolve(Csv.SUMMARY_JSON), summaryJson);
        Files.copy(dir.resolve(Csv.SCENARIO), old.resolve(Csv.SCENARIO));
        ObjectNode manifest = (ObjectNode) Json.read(dir.resolve(Csv.MANIFEST));
        manifest.put("format", 1);
        ((ObjectNode) manifest.path("seeds")).remove(List.of("base_seed_text", "master_seeds_text"));
        for (JsonNode f : (ArrayNode) manifest.path("files")) {
            Path p = old.resolve(f.path("path").asText());
            ((ObjectNode) f).put("sha256", Hashes.sha256(p)).put("bytes", Files.size(p));
        }
        Json.write(old.resolve(Csv.MANIFEST), manifest);
        return old;
    }

    @Test
    void aDirectoryWrittenBeforeTheChangeIsStillReadComparedAndReproduced() throws Exception {
        Path old = legacyCopy(run, "old", false);
        assertThat(Files.readAllLines(old.resolve(Csv.ANNUAL)).get(0))
                .isEqualTo("replication,year,metric,commodity,region,detail,value");
        assertThat(Files.readString(old.resolve(Csv.ANNUAL))).contains(",rare_earths,,,");

        Results now = ResultsReader.read(run);
        Results before = ResultsReader.read(old);
        SeriesKey nationalJobs = SeriesKey.region(Metrics.JOBS_DIRECT, "");
        assertThat(before.annual().values(nationalJobs)).isDeepEqualTo(now.annual().values(nationalJobs));
        assertThat(before.annual().keys()).isEqualTo(now.annual().keys());

        Path cmp = tmp.resolve("cmp-old");
        RealRuns.Outcome c = RealRuns.kozan("compare", old.toString(), run.toString(), "--out", cmp.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(read(cmp.resolve("comparison.csv"))).noneMatch(r -> r.get("region").isEmpty());

        RealRuns.Outcome r = RealRuns.kozan("reproduce", old.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("identical: 6 files match, 1 by sha256 and 5 by content");

        // and a value that differs is still found
        Path slipped = legacyCopy(run, "old-slip", true);
        RealRuns.Outcome s = RealRuns.kozan("reproduce", slipped.toString());
        assertThat(s.code()).isEqualTo(1);
        assertThat(s.out()).contains("different: annual.csv: line 2: value recorded 1, reproduced ");
    }
}
