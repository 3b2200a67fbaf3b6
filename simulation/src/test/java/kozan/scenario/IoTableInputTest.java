package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kozan.scenario.io.IoTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IO table is a scenario input: read and checked by the loader, carried by the loaded scenario. */
class IoTableInputTest {
    static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid-minimal.yaml");

    @TempDir
    Path tmp;

    /** Copies a bundled table's files into dir (a table directory a scenario can name). */
    static Path copyBundled(String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : List.of("sectors.csv", "transactions_bn_yen.csv")) {
            try (InputStream in = IoTableInputTest.class.getResourceAsStream("/kozan/io/" + name + "/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }

    /** The minimal fixture with an io_table block appended; returns the file. */
    private Path scenario(String ioTable) throws IOException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, Files.readString(MINIMAL) + ioTable);
        return f;
    }

    /** 1-based number of the last line of a file. */
    private static int lastLine(Path f) throws IOException {
        return Files.readAllLines(f).size();
    }

    private static List<Problem> problems(Path f, List<ScenarioLoader.Override> overrides) {
        try {
            ScenarioLoader.load(f, overrides);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected " + f + " to be rejected");
    }

    @Test
    void theLoadedScenarioCarriesItsTable() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL);
        IoTable t = s.resolved().ioTable();
        assertThat(t.name()).isEqualTo("japan-2015-37");
        assertThat(t.compensationPerEmployeeYen()).isEqualTo(s.ioTable().compensationPerEmployeeYen());
        // copies of the record keep it; the file format does not show it
        assertThat(Schema.with(s, "mode", Mode.IO_PARITY).resolved()).isSameAs(s.resolved());
        assertThat(ScenarioWriter.toYaml(s)).doesNotContain("resolved");
        assertThat(Schema.components(Scenario.class)).extracting(Schema.Comp::key).doesNotContain("resolved");
        // a scenario built in code reads its bundled table
        Scenario built = new Scenario(s.version(), s.metadata(), s.calendar(), s.mode(), s.run(), s.regions(), s.labor(),
                s.commodities(), s.mineDefaults(), s.mines(), s.prospectGenerators(), s.suppliers(), s.manufacturers(),
                s.government(), s.events(), s.ioTable());
        assertThat(built).isEqualTo(s);
        assertThat(built.resolved().ioTable().valueAddedRatios()).containsExactly(t.valueAddedRatios());
    }

    @Test
    void aTableDirectoryIsRelativeToTheScenarioFile() throws Exception {
        copyBundled("japan-2015-13", tmp.resolve("tables/jp13"));
        Scenario s = ScenarioLoader.load(scenario("io_table: {table: tables/jp13, mining_sector: '02', "
                + "equipment_sector: '03', engineering_sector: '12', processing_sector: '03'}\n"));
        IoTable own = s.resolved().ioTable();
        IoTable bundled = IoTable.load("japan-2015-13", null, s.ioTable().compensationPerEmployeeYen());
        assertThat(own.name()).isEqualTo(tmp.resolve("tables/jp13").toString());
        assertThat(own.sectorCodes()).isEqualTo(bundled.sectorCodes());
        assertThat(own.leontiefInverse()).isDeepEqualTo(bundled.leontiefInverse());
        assertThat(own.employmentCoefficients()).containsExactly(bundled.employmentCoefficients());
    }

    @Test
    void anUnknownTableIsReportedAtItsLine() throws Exception {
        Path f = scenario("io_table:\n  table: japan-2099-99\n");
        assertThat(problems(f, List.of())).singleElement().hasToString(f + ":" + lastLine(f)
                + ":10: io_table.table: unknown IO table 'japan-2099-99'; allowed: a bundled table"
                + " (japan-2015-37, japan-2015-13) or a table directory relative to the scenario file (there is no"
                + " directory 'japan-2099-99' there)");
    }

    @Test
    void anUnknownTableFromAnOverrideNamesTheOverride() {
        assertThat(problems(MINIMAL, List.of(new ScenarioLoader.Override("io_table.table", "japan-2099-99"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isZero();
                    assertThat(p.path()).isEqualTo("io_table.table");
                    assertThat(p.message()).startsWith("unknown IO table 'japan-2099-99'")
                            .endsWith("(set by override io_table.table)");
                });
    }

    @Test
    void sectorCodesTheTableLacksAreReportedAtTheirLines() throws Exception {
        String yaml = Files.readString(MINIMAL).replace("    kind: ENGINEERING\n", "    kind: ENGINEERING\n    io_sector: '99'\n")
                + "io_table:\n  table: japan-2015-13\n";
        Path f = tmp.resolve("sectors.yaml");
        Files.writeString(f, yaml);
        int ioSectorLine = yaml.lines().toList().indexOf("    io_sector: '99'") + 1;
        int tableLine = lastLine(f); // defaults are reported at the io_table mapping
        String codes13 = "01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11, 12, 13";
        // the 13-sector table has none of the default 37-sector codes 06, 30, 66 and 27 except 06
        assertThat(problems(f, List.of())).extracting(Problem::toString).containsExactly(
                f + ":" + ioSectorLine + ":16: suppliers[kyushu-engineering].io_sector: IO table japan-2015-13 has no"
                        + " sector '99'; allowed: " + codes13,
                f + ":" + tableLine + ":3: io_table.equipment_sector: IO table japan-2015-13 has no sector '30'; allowed: "
                        + codes13,
                f + ":" + tableLine + ":3: io_table.engineering_sector: IO table japan-2015-13 has no sector '66'; allowed: "
                        + codes13,
                f + ":" + tableLine + ":3: io_table.processing_sector: IO table japan-2015-13 has no sector '27'; allowed: "
                        + codes13);
    }

    @Test
    void aMissingTableFileIsReportedAtTheTable() throws Exception {
        Path dir = copyBundled("japan-2015-37", tmp.resolve("own"));
        Files.delete(dir.resolve("transactions_bn_yen.csv"));
        Path f = scenario("io_table:\n  table: own\n");
        assertThat(problems(f, List.of())).singleElement().hasToString(f + ":" + lastLine(f)
                + ":10: io_table.table: cannot read IO table 'own': the table directory has no transactions_bn_yen.csv");
    }

    @Test
    void aNonNumericCellIsReportedWithItsRowAndColumn() throws Exception {
        Path dir = copyBundled("japan-2015-37", tmp.resolve("own"));
        Path tx = dir.resolve("transactions_bn_yen.csv");
        Files.writeString(tx, Files.readString(tx).replace("\n27,非鉄金属,0,", "\n27,非鉄金属,zero,"));
        Path f = scenario("io_table: {table: own}\n");
        assertThat(problems(f, List.of())).singleElement().hasToString(f + ":" + lastLine(f)
                + ":19: io_table.table: cannot read IO table 'own': transactions_bn_yen.csv: row '27', column '01': not a"
                + " number: 'zero'");
    }

    @Test
    void aShortRowIsReportedAsWrongDimensions() throws Exception {
        Path dir = copyBundled("japan-2015-37", tmp.resolve("own"));
        Path tx = dir.resolve("transactions_bn_yen.csv");
        List<String> lines = Files.readAllLines(tx);
        int row27 = lines.indexOf(lines.stream().filter(l -> l.startsWith("27,")).findFirst().orElseThrow());
        lines.set(row27, String.join(",", List.of(lines.get(row27).split(",")).subList(0, 20)));
        Files.write(tx, lines);
        Path f = scenario("io_table:\n  table: own\n");
        assertThat(problems(f, List.of())).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lastLine(f));
            assertThat(p.path()).isEqualTo("io_table.table");
            assertThat(p.message()).isEqualTo("cannot read IO table 'own': transactions_bn_yen.csv: row '27' has 20 cells,"
                    + " so it lacks column '35' (cell 21)");
        });
    }

    @Test
    void aSectorsFileWithoutSectorsIsReported() throws Exception {
        Path dir = copyBundled("japan-2015-37", tmp.resolve("own"));
        Files.writeString(dir.resolve("sectors.csv"), "code,name_ja,name_en\n");
        Path f = scenario("io_table:\n  table: own\n");
        assertThat(problems(f, List.of())).singleElement().extracting(Problem::message).asString()
                .startsWith("cannot read IO table 'own': sectors.csv: no sectors");
    }

    @Test
    void aBlankTableNameIsReported() throws Exception {
        Path f = scenario("io_table:\n  table: ''\n");
        assertThat(problems(f, List.of())).singleElement().hasToString(f + ":" + lastLine(f)
                + ":10: io_table.table: cannot read IO table '': no table named: give a bundled table [japan-2015-37,"
                + " japan-2015-13] or a table directory");
    }

    @Test
    void programmaticScenariosNeedAReadableTable() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL);
        IoTableSpec unknown = new IoTableSpec("japan-2099-99", "06", "30", "66", "27", 4.8e6);
        assertThatThrownBy(() -> ResolvedInputs.of(unknown, tmp)).isInstanceOf(kozan.scenario.io.IoTableException.class)
                .hasMessageContaining("neither a bundled table");
        assertThat(ResolvedInputs.of(s.ioTable(), null)).isEqualTo(s.resolved());
    }
}
