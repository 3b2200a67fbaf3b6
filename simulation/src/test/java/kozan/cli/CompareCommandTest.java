package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int compare(String... args) {
        CommandLine cli = new CommandLine(new CompareCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void runsBothScenariosPairedAndWritesTheComparison() throws Exception {
        // A deeper export ban (0.95 instead of 0.5 of Chinese rare-earth supply, 2027-07 to 2028-06).
        Path base = Path.of("src/test/resources/scenarios/valid-minimal.yaml");
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(base).replace("    depth: 0.5", "    depth: 0.95"));
        Path dir = tmp.resolve("cmp");
        int code = compare("--baseline", base.toString(), "--scenario", policy.toString(), "--replications", "3",
                "--years", "2027,2028", "--threads", "2", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 paired replications").contains("Import bill reduction, 2028 (JPY million (2025))")
                .contains("done: 6 runs, 0 failed");
        for (String f : new String[] {"comparison.csv", "runs.csv", "summary.csv", "differences.csv", "manifest.json"}) {
            assertThat(dir.resolve(f)).exists();
        }
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("comparison.csv");
        assertThat(Files.readAllLines(dir.resolve("comparison.csv")).get(0)).isEqualTo(String.join(",",
                kozan.batch.Comparison.COLUMNS));
        assertThat(Files.readString(dir.resolve("comparison.csv"))).contains("import_reduction_yen,rare_earths,JP,,2028,JPY (2025),3,")
                .contains("import_reduction_t,rare_earths,JP,,2028,t REO,3,").contains("net_jobs,,JP,total,2027,persons,3,");
    }

    /** valid-minimal.yaml (run.replications: 2) on a 3-year horizon, 2025 to 2027. */
    private Path shortMinimal(String name) throws Exception {
        String minimal = Files.readString(Path.of("src/test/resources/scenarios/valid-minimal.yaml"));
        return Files.writeString(tmp.resolve(name), minimal.replace("horizon_years: 10", "horizon_years: 3")
                .replace("target_years: [2030, 2034]", "target_years: [2027]"));
    }

    @Test
    void withItsDefaultsCompareRunsTenPairsOfTwoScenarioFiles() throws Exception {
        Path a = shortMinimal("a.yaml"); // says replications: 2, fewer than the default 10
        Path b = shortMinimal("b.yaml");
        Path dir = tmp.resolve("cmp");
        // 'compare A.yaml B.yaml': what a new user tries first; no --replications
        assertThat(compare(a.toString(), b.toString(), "--threads", "2", "--out", dir.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("compare: 10 paired replications of " + a + " and " + b)
                .contains("Scenario minus baseline, 10 paired replications").contains("done: 20 runs, 0 failed")
                .doesNotContain("note:");
        assertThat(err.toString()).doesNotContain("warning");
        assertThat(dir.resolve("comparison.csv")).exists();
    }

    @Test
    void yearsOutsideTheHorizonAreRefusedBeforeAnyRun() throws Exception {
        Path a = shortMinimal("a.yaml");
        Path dir = tmp.resolve("cmp");
        assertThat(compare("--baseline", a.toString(), "--scenario", a.toString(), "--years", "2026,2200",
                "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--years [2200] is outside the horizon of " + a + " (2025 to 2027)");
        assertThat(out.toString()).isEmpty();
        assertThat(dir).doesNotExist();
    }

    @Test
    void unequalAndTooSmallReplicationSetsAreWarnedAndNoted() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        String head = "replication,year,metric,commodity,region,detail,value\n";
        // a 1-replication run against a 4-replication run: only replication 0 is in both
        Files.writeString(a.resolve("annual.csv"), head + "0,2030,imports_t,copper,,,100\n");
        Files.writeString(b.resolve("annual.csv"), head + "0,2030,imports_t,copper,,,90\n1,2030,imports_t,copper,,,91\n"
                + "2,2030,imports_t,copper,,,92\n3,2030,imports_t,copper,,,93\n");
        assertThat(compare(a.toString(), b.toString(), "--out", tmp.resolve("c").toString())).isZero();
        String unequal = "unequal replication sets: the baseline has 1, the scenario 4; only the 1 replication"
                + " present in both is paired";
        String small = "1 pair (n = 1): no 95% intervals, which need n >= 2 pairs";
        assertThat(err.toString()).contains("warning: " + unequal).contains("warning: " + small);
        assertThat(out.toString()).contains("note: " + unequal).contains("note: " + small);
    }

    /** A results folder with only annual.csv: copper imports of two replications in 2030. */
    private Path resultsFolder(String name, double replication0, double replication1) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("annual.csv"), "replication,year,metric,commodity,region,detail,value\n"
                + "0,2030,imports_t,copper,,," + (int) replication0 + "\n1,2030,imports_t,copper,,," + (int) replication1 + "\n");
        return dir;
    }

    @Test
    void comparesExistingResultsAndRejectsBadInput() throws Exception {
        Path a = resultsFolder("a", 100, 110);
        Path b = resultsFolder("b", 90, 99);
        Files.writeString(a.resolve("manifest.json"), "{\"seeds\": {\"base_seed\": 1}}");
        Files.writeString(b.resolve("manifest.json"), "{\"seeds\": {\"base_seed\": 2}}");
        assertThat(compare(a.toString(), b.toString(), "--out", tmp.resolve("c").toString())).isZero();
        assertThat(err.toString()).contains("different base seeds (1 vs 2)").doesNotContain("unequal")
                .doesNotContain("pair (n ="); // 2 replications each: equal sets with intervals
        // the printout does not call them common random numbers, and says why under its header
        assertThat(out.toString()).contains("2 paired replications (different base seeds: not common random numbers)")
                .contains("note: the two results used different base seeds (1 vs 2)")
                .doesNotContain("(common random numbers)");
        assertThat(Files.readString(tmp.resolve("c/comparison.csv")))
                .contains("import_reduction_t,copper,JP,,2030,t,2,10.5,"); // folders of before 2026-12: "" read, "t"
        assertThat(compare(a.toString())).isEqualTo(2);
        assertThat(compare("--baseline", "nope.yaml", "--scenario", "nope.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("nope.yaml");
    }

    /**
     * compare RESULTS_A RESULTS_B writes like every other command: never into a folder the user owns (with or
     * without --force, touching nothing), an existing comparison is replaced only with --force, and the folder it
     * writes carries a manifest.json naming what was compared.
     */
    @Test
    void comparingResultsFoldersNeverWritesIntoTheUsersFolder() throws Exception {
        Path a = resultsFolder("a", 100, 110);
        Path b = resultsFolder("b", 90, 99);
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("report.html"), "my precious report");
        Files.writeString(mine.resolve("notes.txt"), "notes");
        for (String[] force : new String[][] {{}, {"--force"}}) {
            List<String> args = new java.util.ArrayList<>(List.of(a.toString(), b.toString(), "--out", mine.toString()));
            args.addAll(List.of(force));
            assertThat(compare(args.toArray(String[]::new))).isEqualTo(2);
            assertThat(err.toString()).contains(mine + " exists and is not a Kozan results folder");
            assertThat(Files.readString(mine.resolve("report.html"))).isEqualTo("my precious report");
            try (var list = Files.list(mine)) {
                assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html", "notes.txt");
            }
        }
        Path c = tmp.resolve("c");
        assertThat(compare(a.toString(), b.toString(), "--out", c.toString())).isZero();
        String manifest = Files.readString(c.resolve("manifest.json"));
        assertThat(manifest).contains("\"kind\" : \"compare\"").contains(a.toAbsolutePath().normalize().toString())
                .contains("\"comparison.csv\" : \"");
        assertThat(compare(a.toString(), b.toString(), "--out", c.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("results directory already exists: " + c.toAbsolutePath().normalize());
        assertThat(compare(a.toString(), b.toString(), "--out", c.toString(), "--force")).isZero();
    }
}
