package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path tmp;

    String out;
    String err;

    static Path resource(String name) throws Exception {
        return Path.of(MainTest.class.getResource("/scenarios/" + name).toURI());
    }

    int run(Engine engine, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(engine, new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    int run(String... args) {
        return run(new FakeEngine(0), args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("run", "validate", "schema", "bench", "reproduce", "Exit codes");
        assertThat(run("run", "--help")).isZero();
        assertThat(out).contains("--replications", "--threads", "--out", "--force", "--seed");
    }

    @Test
    void versionNamesTheGitCommit() {
        assertThat(run("--version")).isZero();
        assertThat(out).startsWith("kozan ").contains("git commit", "MASON 18");
    }

    @Test
    void schemaPrintsTheJsonSchema() throws Exception {
        assertThat(run("schema")).isZero();
        assertThat(out).contains("\"$schema\"", "horizon_years").endsWith("\n");
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out); // well-formed JSON
    }

    @Test
    void schemaBatchPrintsTheBatchFileSchema() throws Exception {
        assertThat(run("schema", "--help")).isZero();
        assertThat(out).contains("--batch");
        assertThat(run("schema", "--batch")).isZero();
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out); // well-formed JSON
        assertThat(root.path("$id").asText()).isEqualTo("urn:kozan:batch:v1");
        assertThat(root.path("properties").fieldNames()).toIterable().containsExactly("version", "name",
                "description", "scenarios", "parameters", "design", "points", "design_seed", "replications", "seed",
                "metrics", "years", "threads", "baseline");
        assertThat(root.path("required")).extracting(com.fasterxml.jackson.databind.JsonNode::asText)
                .containsExactly("name", "scenarios", "metrics", "years");
        assertThat(root.path("properties").path("design").path("enum").toString())
                .isEqualTo("[\"grid\",\"latin_hypercube\"]");
        assertThat(root.path("properties").path("replications").path("default").asInt()).isEqualTo(10);
        assertThat(root.path("$defs").path("ParameterEntry").path("properties").has("range")).isTrue();
        assertThat(out).doesNotContain("horizon_years").endsWith("\n");
    }

    @Test
    void badScenarioExitsTwoWithProblemsAndCreatesNoResults() throws Exception {
        Path results = tmp.resolve("results");
        Path bad = resource("bad/05-missing-required-field.yaml");
        assertThat(run("run", bad.toString(), "--results-root", results.toString())).isEqualTo(2);
        assertThat(err).contains(bad.toString() + ":").doesNotContain("at kozan.").doesNotContain("Exception");
        assertThat(results).doesNotExist();
    }

    @Test
    void missingFileAndUnknownOptionAreBadInput() {
        assertThat(run("run", tmp.resolve("nope.yaml").toString())).isEqualTo(2);
        assertThat(err).contains("nope.yaml");
        assertThat(run("run", "--no-such-option", "x.yaml")).isEqualTo(2);
        assertThat(err).contains("--no-such-option");
    }

    @Test
    void validateReportsEveryFile() throws Exception {
        Path good = resource("valid-minimal.yaml");
        Path bad = resource("bad/05-missing-required-field.yaml");
        assertThat(run("validate", good.toString())).isZero();
        assertThat(out).isEqualTo("OK " + good + " (scenario)\n");
        assertThat(run("validate", bad.toString(), good.toString())).isEqualTo(2);
        assertThat(out).contains("OK " + good);
        assertThat(err).contains(bad.toString());
    }

    @Test
    void runWritesResultsPrintsTableAndRefusesToOverwrite() throws Exception {
        Path scenario = resource("valid-minimal.yaml");
        Path outDir = tmp.resolve("out");
        assertThat(run("run", scenario.toString(), "--out", outDir.toString(), "--threads", "2")).isZero();
        assertThat(out).contains("results: " + outDir.toAbsolutePath(), "rare_earths", "imp.dep.2025",
                "direct mining jobs 2034: 151 persons at mines, all stages");
        try (Stream<Path> files = Files.list(outDir)) {
            // timeseries.csv (the monthly rows) only with --monthly
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "annual.csv", "impacts.csv", "summary.csv", "summary.json", "scenario.yaml", "manifest.json", "charts");
        }
        try (Stream<Path> charts = Files.list(outDir.resolve("charts"))) {
            assertThat(charts.map(p -> p.getFileName().toString())).contains("jobs_by_class.png",
                    "jobs_by_class.svg", "import_dependence.png");
        }
        assertThat(Files.readString(outDir.resolve("manifest.json"))).contains("\"replications\" : 2");

        assertThat(run("run", scenario.toString(), "--out", outDir.toString())).isEqualTo(2);
        assertThat(err).contains("already exists", "--force");
        assertThat(run("run", scenario.toString(), "--out", outDir.toString(), "--force", "--replications", "3"))
                .isZero();
        assertThat(Files.readString(outDir.resolve("manifest.json"))).contains("\"replications\" : 3");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings).hasSize(1); // no temp or old directories left
        }
    }

    @Test
    void defaultResultsPathIsScenarioNameAndRunId() throws Exception {
        Path results = tmp.resolve("results");
        assertThat(run("run", resource("valid-minimal.yaml").toString(), "--results-root", results.toString(),
                "--seed", "5")).isZero();
        try (Stream<Path> runs = Files.list(results.resolve("valid-minimal"))) {
            assertThat(runs.map(p -> p.getFileName().toString()))
                    .singleElement().asString().matches("\\d{8}T\\d{6}Z-[0-9a-f]{8}");
        }
    }

    @Test
    void unwritableResultsLocationIsAClearErrorNamingThePath() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a directory");
        Path outDir = blocker.resolve("run");
        // --out afile/sub is bad input (issue 19), refused before anything is written.
        assertThat(run("run", resource("valid-minimal.yaml").toString(), "--out", outDir.toString())).isEqualTo(2);
        assertThat(err).startsWith("error: " + blocker + " is a file, not a folder, so " + outDir.toAbsolutePath()
                + " cannot be created").doesNotContain("\tat ");
        assertThat(blocker).hasContent("a file, not a directory");
    }

    @Test
    void modelFailureIsInternalErrorAndLeavesNoDirectory() throws Exception {
        Path outDir = tmp.resolve("out");
        int code = run(new FakeEngine(0, new IllegalStateException("NaN in mine m1")), "run",
                resource("valid-minimal.yaml").toString(), "--out", outDir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err).contains("error: IllegalStateException: NaN in mine m1", "--debug").doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
        run(new FakeEngine(0, new IllegalStateException("boom")), "--debug", "run",
                resource("valid-minimal.yaml").toString(), "--out", outDir.toString());
        assertThat(err).contains("\tat ");
    }

    @Test
    void reproduceFindsIdenticalOutputOrTheFirstDifference() throws Exception {
        Path outDir = tmp.resolve("out");
        assertThat(run("run", resource("valid-minimal.yaml").toString(), "--out", outDir.toString(), "--monthly"))
                .isZero();
        assertThat(run("reproduce", outDir.toString(), "--threads", "1")).isZero();
        assertThat(out).contains("identical: 6 files match");

        assertThat(run(new FakeEngine(0.5), "reproduce", outDir.toString())).isEqualTo(1);
        assertThat(out).startsWith("different: annual.csv: line 3: value recorded");

        Path timeseries = outDir.resolve("timeseries.csv");
        List<String> lines = Files.readAllLines(timeseries);
        lines.set(3, lines.get(3).replaceAll(",[^,]*$", ",42"));
        Files.write(timeseries, lines);
        assertThat(run("reproduce", outDir.toString())).isEqualTo(1);
        assertThat(out).startsWith("different: timeseries.csv: line 4: value recorded 42, reproduced ")
                .contains("edited after the run");

        // a header cell edited: named by its position, not by the edited name itself
        Files.write(timeseries, Files.readAllLines(timeseries).stream().findFirst().map(h -> {
            List<String> all = new java.util.ArrayList<>(lines);
            all.set(0, h.replace("value", "valeu"));
            return all;
        }).orElseThrow());
        assertThat(run("reproduce", outDir.toString())).isEqualTo(1);
        assertThat(out).startsWith("different: timeseries.csv: line 1: header, column ")
                .contains(": recorded 'valeu', reproduced 'value'");

        assertThat(run("reproduce", tmp.toString())).isEqualTo(2);
        assertThat(err).contains("no manifest.json");
    }

    /** The base seed and replications a reader cites from manifest.json must be the run's: an edit is a difference. */
    @Test
    void reproduceFindsAManifestWhoseSeedOrReplicationsWereEdited() throws Exception {
        Path outDir = tmp.resolve("out");
        assertThat(run("run", resource("valid-minimal.yaml").toString(), "--out", outDir.toString(), "--seed", "11",
                "--replications", "2", "--no-charts")).isZero();
        Path manifest = outDir.resolve("manifest.json");
        String recorded = Files.readString(manifest);
        Files.writeString(manifest, recorded.replaceFirst("\"base_seed\" ?: ?11,", "\"base_seed\" : 12,"));
        assertThat(Files.readString(manifest)).isNotEqualTo(recorded);
        assertThat(run("reproduce", outDir.toString())).isEqualTo(1);
        assertThat(out).startsWith("different: manifest.json says base_seed 12 and replications 2, but its scenario"
                + " runs seed 11 with 2 replications");
        Files.writeString(manifest, recorded.replaceFirst("\"replications\" ?: ?2,", "\"replications\" : 1,"));
        assertThat(run("reproduce", outDir.toString())).isEqualTo(1);
        assertThat(out).contains("says base_seed 11 and replications 1");
        Files.writeString(manifest, recorded);
        assertThat(run("reproduce", outDir.toString())).isZero();
    }
}
