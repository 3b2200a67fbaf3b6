package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kozan.io.Manifest;
import kozan.io.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --annual-only and what reproduce says about it, and the warnings about the code a run was made with. */
class ReproduceCommandTest {

    @TempDir
    Path tmp;

    String out;
    String err;

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new FakeEngine(0), new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    Path runMinimal(String... extra) throws Exception {
        Path scenario = Path.of(getClass().getResource("/scenarios/valid-minimal.yaml").toURI());
        Path dir = tmp.resolve("run");
        List<String> args = new java.util.ArrayList<>(List.of("run", scenario.toString(), "--out", dir.toString(),
                "--no-charts"));
        args.addAll(List.of(extra));
        assertThat(run(args.toArray(String[]::new))).as(err).isZero();
        return dir;
    }

    @Test
    void annualOnlyLeavesOutTheMonthlyRowsAndSaysSoInTheManifest() throws Exception {
        Path dir = runMinimal("--annual-only");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("annual.csv",
                    "impacts.csv", "summary.csv", "summary.json", "scenario.yaml", "manifest.json");
        }
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest).contains("\"outputs\" : \"annual\"", "timeseries.csv (monthly rows) was left out for size");
        assertThat(Manifest.read(dir).annualOnly()).isTrue();

        // the same run with every output gives the same annual file and summaries
        Path full = tmp.resolve("full");
        Path scenario = Path.of(getClass().getResource("/scenarios/valid-minimal.yaml").toURI());
        assertThat(run("run", scenario.toString(), "--out", full.toString(), "--no-charts", "--monthly")).isZero();
        assertThat(Files.readString(full.resolve("manifest.json"))).contains("\"outputs\" : \"all\"");
        assertThat(Manifest.read(full).annualOnly()).isFalse();
        for (String name : List.of("annual.csv", "summary.csv", "summary.json", "scenario.yaml")) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(Files.readAllBytes(full.resolve(name)));
        }

        // reproduce reruns it annual-only too: nothing extra is produced, and all five files are compared
        assertThat(run("reproduce", dir.toString())).isZero();
        assertThat(out).startsWith("identical: 5 files match by sha256");
    }

    @Test
    void theMonthlyRowsAreOptInAndAnnualOnlyIsAcceptedAsBefore() throws Exception {
        Path dir = runMinimal(); // the default since issue 18: no timeseries.csv, and the manifest says so
        assertThat(dir.resolve("timeseries.csv")).doesNotExist();
        assertThat(Manifest.read(dir).annualOnly()).isTrue();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("run --monthly writes it");
        assertThat(run("reproduce", dir.toString())).isZero();
        assertThat(out).startsWith("identical: 5 files match by sha256");

        Path monthly = tmp.resolve("monthly");
        Path scenario = Path.of(getClass().getResource("/scenarios/valid-minimal.yaml").toURI());
        // an old command line with --annual-only still runs, and --monthly wins over it
        assertThat(run("run", scenario.toString(), "--out", monthly.toString(), "--no-charts", "--monthly",
                "--annual-only")).isZero();
        assertThat(monthly.resolve("timeseries.csv")).isRegularFile();
        assertThat(run("reproduce", monthly.toString())).isZero();
        assertThat(out).startsWith("identical: 6 files match by sha256"); // reproduce writes it again and compares it
    }

    @Test
    void aDifferentCommitOrADirtyTreeIsWarnedAbout() throws Exception {
        Path dir = runMinimal();
        Path manifest = dir.resolve("manifest.json");
        VersionInfo now = VersionInfo.current();
        String text = Files.readString(manifest);
        String other = "0123456789abcdef0123456789abcdef01234567";
        Files.writeString(manifest, text.replace("\"git_commit\" : \"" + now.gitCommit() + "\"",
                "\"git_commit\" : \"" + other + "\"").replace("\"git_dirty\" : " + now.dirty(), "\"git_dirty\" : true"));
        assertThat(Manifest.read(dir).gitCommit()).isEqualTo(other);
        assertThat(Manifest.read(dir).dirty()).isTrue();

        assertThat(run("reproduce", dir.toString())).isZero(); // the data still match: a warning, not a failure
        assertThat(err).contains("warning: recorded with kozan " + now.version() + " (git " + other + ", dirty)",
                "differences may come from the code");
        assertThat(out).startsWith("identical: ");
    }

    @Test
    void theManifestRecordsTheCodeTheRunWasMadeWith() throws Exception {
        Path dir = runMinimal();
        Manifest.Recorded m = Manifest.read(dir);
        VersionInfo now = VersionInfo.current();
        assertThat(m.gitCommit()).isEqualTo(now.gitCommit());
        assertThat(m.dirty()).isEqualTo(now.dirty());
        assertThat(m.version()).isEqualTo(now.version()).isNotEqualTo("unknown");
    }

    @Test
    void aRunFromADirtyTreeSaysSoInItsManifest() throws Exception {
        // ./kozan passes the working tree's state as these properties (they win over the build-time values)
        String commit = System.getProperty("kozan.git.commit");
        String dirty = System.getProperty("kozan.git.dirty");
        try {
            System.setProperty("kozan.git.commit", "89abcdef0123456789abcdef0123456789abcdef");
            System.setProperty("kozan.git.dirty", "true");
            Path dir = runMinimal();
            assertThat(Files.readString(dir.resolve("manifest.json")))
                    .contains("\"git_commit\" : \"89abcdef0123456789abcdef0123456789abcdef\"", "\"git_dirty\" : true");
            assertThat(run("--version")).isZero();
            assertThat(out).contains("git commit 89abcdef0123456789abcdef0123456789abcdef (uncommitted changes)");
        } finally {
            restore("kozan.git.commit", commit);
            restore("kozan.git.dirty", dirty);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
