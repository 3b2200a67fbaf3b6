package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IO table is checked input for the command line: an unknown table or sector is exit 2 with the line of the bad
 * value from validate and run, and a copy of a bundled table's directory runs exactly like the bundled table.
 */
class IoTableCliTest {
    static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid-minimal.yaml");

    @TempDir
    Path tmp;

    String err;

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new ModelEngine(), new PrintWriter(o), new PrintWriter(e), args);
        err = e.toString();
        return code;
    }

    /** The minimal fixture, shortened to 3 years, with text appended; returns the file. */
    private Path scenario(String name, String replace, String with, String append) throws Exception {
        String yaml = Files.readString(MINIMAL).replace("horizon_years: 10", "horizon_years: 3")
                .replace("target_years: [2030, 2034]", "target_years: [2027]").replace(replace, with) + append;
        Path f = tmp.resolve(name);
        Files.writeString(f, yaml);
        return f;
    }

    private static int lineOf(Path f, String line) throws Exception {
        return Files.readAllLines(f).indexOf(line) + 1;
    }

    @Test
    void anUnknownTableIsExitTwoWithItsLineFromValidateAndRun() throws Exception {
        Path f = scenario("bad-table.yaml", "", "", "io_table:\n  table: japan-2099-99\n");
        String where = f + ":" + lineOf(f, "  table: japan-2099-99") + ":10: io_table.table: unknown IO table 'japan-2099-99'";
        assertThat(run("validate", f.toString())).isEqualTo(2);
        assertThat(err).contains(where);
        Path out = tmp.resolve("out");
        assertThat(run("run", f.toString(), "--out", out.toString(), "--no-charts")).isEqualTo(2);
        assertThat(err).contains(where);
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownSupplierSectorIsExitTwoWithItsLine() throws Exception {
        Path f = scenario("bad-sector.yaml", "    kind: ENGINEERING\n", "    kind: ENGINEERING\n    io_sector: '99'\n", "");
        assertThat(run("validate", f.toString())).isEqualTo(2);
        assertThat(err).contains(f + ":" + lineOf(f, "    io_sector: '99'")
                + ":16: suppliers[kyushu-engineering].io_sector: IO table japan-2015-37 has no sector '99'; allowed: 01, 06,");
    }

    @Test
    void aCopyOfABundledTableDirectoryRunsLikeTheBundledTable() throws Exception {
        Path tables = Files.createDirectories(tmp.resolve("tables/japan-37"));
        for (String file : List.of("sectors.csv", "transactions_bn_yen.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/kozan/io/japan-2015-37/" + file)) {
                Files.copy(in, tables.resolve(file));
            }
        }
        Path bundled = scenario("bundled.yaml", "", "", "io_table:\n  table: japan-2015-37\n");
        Path copy = scenario("copy.yaml", "", "", "io_table:\n  table: tables/japan-37\n");
        assertThat(run("validate", copy.toString())).isZero();
        for (Path f : List.of(bundled, copy)) {
            assertThat(run("run", f.toString(), "--out", tmp.resolve("out-" + f.getFileName()).toString(), "--no-charts",
                    "--monthly", "--replications", "2", "--seed", "5", "--threads", "1")).as(err).isZero();
        }
        for (String csv : List.of("timeseries.csv", "annual.csv", "summary.csv")) {
            byte[] a = Files.readAllBytes(tmp.resolve("out-bundled.yaml").resolve(csv));
            byte[] b = Files.readAllBytes(tmp.resolve("out-copy.yaml").resolve(csv));
            assertThat(b).as(csv).isNotEmpty().isEqualTo(a);
        }
    }
}
