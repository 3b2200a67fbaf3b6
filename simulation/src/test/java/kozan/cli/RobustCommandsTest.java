package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproductions of issue 19 through the command line (docs/robustness.md): each ends with exit 2, a message
 * naming the cause and no stack trace, and leaves what the user owns unchanged. The model is the fast FakeEngine.
 */
class RobustCommandsTest {

    @TempDir
    Path tmp;

    String out;
    String err;

    int kozan(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new FakeEngine(0), new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path runDir(String name) throws Exception {
        Path dir = tmp.resolve(name);
        assertThat(kozan("run", MainTest.resource("valid-minimal.yaml").toString(), "--out", dir.toString(),
                "--no-charts")).as(err).isZero();
        return dir;
    }

    @Test
    void forceReplacesOnlyAKozanResultsFolder() throws Exception {
        String scenario = MainTest.resource("valid-minimal.yaml").toString();
        Path thesis = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter1.tex"), "mine");
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThat(kozan("run", scenario, "--out", thesis.toString(), "--force")).isEqualTo(2);
        assertThat(err).startsWith("error: " + thesis + " exists and is not a Kozan results folder").doesNotContain("\tat ");
        assertThat(kozan("run", scenario, "--out", notes.toString(), "--force")).isEqualTo(2);
        assertThat(err).startsWith("error: " + notes + " is a file, not a results folder");
        assertThat(kozan("run", scenario, "--out", "", "--force")).isEqualTo(2);
        assertThat(err).contains("empty path");
        assertThat(kozan("run", scenario, "--out", ".", "--force")).isEqualTo(2);
        assertThat(err).contains("current folder");
        assertThat(thesis.resolve("chapter1.tex")).hasContent("mine");
        assertThat(notes).hasContent("mine");
        Path done = runDir("done");
        assertThat(kozan("run", scenario, "--out", done.toString(), "--force", "--no-charts")).as(err).isZero();
    }

    @Test
    void reproduceOnADamagedManifestOrABatchFolderIsBadInput() throws Exception {
        Path dir = runDir("run");
        Path manifest = dir.resolve("manifest.json");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.substring(0, text.length() / 2));
        assertThat(kozan("reproduce", dir.toString())).isEqualTo(2);
        assertThat(err).startsWith("error: " + manifest + ":").contains("not valid JSON").doesNotContain("\tat ");
        Files.writeString(manifest, "");
        assertThat(kozan("reproduce", dir.toString())).isEqualTo(2);
        assertThat(err).contains(manifest + " is empty");
        Files.writeString(manifest, "{\"kind\": \"batch\", \"files_sha256\": {}}");
        assertThat(kozan("reproduce", dir.toString())).isEqualTo(2);
        assertThat(err).contains(dir + " holds the results of a batch");
        Path partial = Files.createDirectories(tmp.resolve("b.partial"));
        Files.writeString(partial.resolve("batch-state.json"), "{}");
        assertThat(kozan("reproduce", partial.toString())).isEqualTo(2);
        assertThat(err).contains("unfinished batch folder");
        assertThat(kozan("reproduce", tmp.resolve("none").toString())).isEqualTo(2);
        assertThat(err).contains("does not exist");
    }

    @Test
    void chartAndReportOnATruncatedCsvNameTheFileAndLine() throws Exception {
        Path dir = runDir("run");
        Path annual = dir.resolve("annual.csv");
        List<String> lines = Files.readAllLines(annual);
        // Line 3 cut after its sixth field: "replication,year,metric,commodity,region,detail" without unit and value.
        String cut = String.join(",", List.of(lines.get(2).split(",", -1)).subList(0, 6));
        Files.writeString(annual, lines.get(0) + "\n" + lines.get(1) + "\n" + cut + "\n");
        for (String command : new String[] {"chart", "report"}) {
            assertThat(kozan(command, dir.toString())).as(command).isEqualTo(2);
            assertThat(err).as(command).contains(annual + ":3: the row has 6 field(s) but the header has 8")
                    .doesNotContain("Index for header").doesNotContain("\tat ");
        }
        Path other = runDir("other");
        Files.writeString(other.resolve("manifest.json"), "{\"kozan\": ");
        for (String command : new String[] {"chart", "report"}) {
            assertThat(kozan(command, other.toString())).as(command).isEqualTo(2);
            assertThat(err).as(command).contains(other.resolve("manifest.json") + ":1:").contains("not valid JSON");
        }
    }

    @Test
    void reportNeverOverwritesAFileKozanDidNotWrite() throws Exception {
        Path dir = runDir("run");
        Path thesis = Files.writeString(tmp.resolve("thesis.tex"), "mine");
        assertThat(kozan("report", dir.toString(), "-o", thesis.toString())).isEqualTo(2);
        assertThat(err).contains(thesis + " exists and is not a Kozan report");
        assertThat(thesis).hasContent("mine");
        assertThat(kozan("report", dir.toString())).as(err).isZero();
        assertThat(kozan("report", dir.toString())).as("its own report is replaced").isZero();
    }

    @Test
    void compareNamesTheRealCauseAndExitsTwo() throws Exception {
        Path a = runDir("a");
        Path b = runDir("b");
        assertThat(kozan("compare", a.toString(), b.toString(), "--years", "1900", "--out", tmp.resolve("c").toString()))
                .isEqualTo(2);
        assertThat(err).contains("--years [1900]: none of them is in " + a.resolve("annual.csv") + ", which has the years [")
                .doesNotContain("no replication is present");
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        Files.writeString(batch.resolve("batch-state.json"), "{}");
        assertThat(kozan("compare", a.toString(), batch.toString(), "--out", tmp.resolve("c").toString())).isEqualTo(2);
        assertThat(err).contains(batch + " is a batch results folder");
        Path file = Files.writeString(tmp.resolve("c.txt"), "mine");
        assertThat(kozan("compare", a.toString(), b.toString(), "--out", file.toString())).isEqualTo(2);
        assertThat(err).contains(file + " is a file");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aTenMegabyteOneLineFileIsRefusedInSeconds() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.yaml"), "metadata: {name: " + "x".repeat(10_000_000) + "}\n");
        long start = System.nanoTime();
        assertThat(kozan("validate", big.toString())).isEqualTo(2);
        assertThat(kozan("run", big.toString(), "--out", tmp.resolve("out").toString())).isEqualTo(2);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds (the YAML reader took 30 s and more)").isLessThan(10);
        assertThat(err).contains(big + ":1: the line has 10000018 characters, more than the limit of 65536");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void validateRefusesDevicesAndFoldersAtOnce() throws Exception {
        assertThat(kozan("validate", "/dev/zero", tmp.toString())).isEqualTo(2);
        assertThat(err).contains("/dev/zero is not a regular file").contains(tmp + " is a folder, not a file")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        for (String command : new String[] {"run", "bench", "batch"}) {
            assertThat(kozan(command, "/dev/zero")).as(command).isEqualTo(2);
            assertThat(err).as(command).contains("/dev/zero is not a regular file").doesNotContain("\tat ");
        }
    }
}
