package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extends}: each merge rule on small files extending the minimal fixture (copied as base.yaml), and where
 * problems point in a chain of files. Expected positions are counted by hand in the text blocks (line 1 is the
 * first line of the block).
 */
class ScenarioCompositionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void base() throws Exception {
        Files.copy(ScenarioLoaderTest.MINIMAL, dir.resolve("base.yaml"));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Scenario load(String name, String text) throws Exception {
        return ScenarioLoader.load(write(name, text));
    }

    private List<Problem> problems(Path file) {
        try {
            ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError(file + " loaded without problems");
    }

    @Test
    void mappingsMergeDeeplyKeepingWhatTheChildDoesNotSay() throws Exception {
        Scenario s = load("child.yaml", """
                extends: base.yaml
                metadata:
                  name: child
                government:
                  exploration_subsidy: 0.4
                commodities:
                  - id: rare_earths
                    price:
                      sigma: 0.2
                """);
        assertThat(s.metadata().name()).isEqualTo("child");
        assertThat(s.metadata().title()).isEqualTo("Minimal test scenario"); // from base.yaml
        assertThat(s.government().explorationSubsidy()).isEqualTo(Timeline.constant(0.4));
        assertThat(s.government().capexGrant().valueAt(YearMonth.of(2027, 4))).isEqualTo(0.1); // kept
        assertThat(s.government().stockpileTargetDays()).isEqualTo(Timeline.constant(60)); // kept
        CommoditySpec ree = s.commodities().get(0);
        assertThat(ree.price().sigma()).isEqualTo(0.2);
        assertThat(ree.price().initial()).isEqualTo(1_500_000.0); // kept: merged into the entry, not replacing it
        assertThat(ree.importSources()).hasSize(3);
    }

    @Test
    void idListsMergeByIdInPlaceAndAppendNewIds() throws Exception {
        Scenario s = load("child.yaml", """
                extends: base.yaml
                mines:
                  - id: hishikari-cu
                    capex_yen: 5.0e9
                  - id: toyoha
                    region: tohoku
                    commodity: copper
                    lat: 42.8
                    lon: 141.0
                    ore_t: 1.0e6
                    grade: 0.01
                    capacity_t_ore_per_year: 50000
                    capex_yen: 1.0e10
                    opex_yen_per_t_ore: 10000
                    workers_per_kt_ore: 1.0
                commodities:
                  - id: copper
                    import_sources:
                      - id: Chile
                        share: 0.6
                      - id: Australia
                        share: 0.1
                        volume_t_per_year: 100000
                """);
        assertThat(s.mines()).extracting(MineSpec::id)
                .containsExactly("minamitorishima-mud", "hishikari-cu", "kosaka-prospect", "toyoha");
        assertThat(s.mines().get(1).capexYen()).isEqualTo(5.0e9);
        assertThat(s.mines().get(1).grade()).isEqualTo(0.01); // from base.yaml
        List<ImportSourceSpec> cu = s.commodities().get(1).importSources();
        assertThat(cu).extracting(ImportSourceSpec::id).containsExactly("Chile", "Peru", "Australia");
        assertThat(cu).extracting(ImportSourceSpec::share).containsExactly(0.6, 0.3, 0.1);
        assertThat(cu.get(0).volumeTPerYear()).isEqualTo(900_000.0); // merged into Chile
    }

    @Test
    void removeEntriesDeleteByIdAndARemovedIdGivenAgainIsRestatedWhole() throws Exception {
        Scenario s = load("child.yaml", """
                extends: base.yaml
                mines:
                  - remove: [kosaka-prospect, hishikari-cu]
                suppliers:
                  - remove: [tohoku-refinery]
                  - id: tohoku-refinery
                    kind: PROCESSING
                    region: kyushu
                    commodity: copper
                    capacity_per_year: 100
                events:
                  - remove: [china-ree-ban]
                """);
        assertThat(s.mines()).extracting(MineSpec::id).containsExactly("minamitorishima-mud");
        assertThat(s.suppliers()).extracting(SupplierSpec::id).containsExactly("kyushu-engineering", "tohoku-refinery");
        assertThat(s.suppliers().get(1).region()).isEqualTo("kyushu");
        assertThat(s.suppliers().get(1).commodity()).isEqualTo("copper");
        assertThat(s.events()).isEmpty();
    }

    @Test
    void listsWithoutIdsTimelinesAndSingleValuesAreReplacedWhole() throws Exception {
        Scenario s = load("child.yaml", """
                extends: base.yaml
                run:
                  target_years: [2031]
                regions:
                  - id: tohoku
                    prefectures: [2]
                government:
                  capex_grant: 0.3
                manufacturers:
                  - id: kyushu-auto
                    intensities:
                      - commodity: copper
                        t_per_bn_yen: 5
                """);
        assertThat(s.run().targetYears()).containsExactly(2031);
        assertThat(s.run().seed()).isEqualTo(42L); // the rest of run: merged
        assertThat(s.regions().get(0).prefectures()).containsExactly(2);
        assertThat(s.government().capexGrant()).isEqualTo(Timeline.constant(0.3));
        assertThat(s.manufacturers().get(0).intensities()).extracting(IntensitySpec::commodity).containsExactly("copper");
    }

    @Test
    void aMappingWhoseKindChangesReplacesTheParentsWhole() throws Exception {
        // base.yaml: exploration {kind: TRIANGULAR, min: 24, mode: 36, max: 60}; merged key by key, FIXED would keep
        // min, mode and max, which FIXED does not take
        Scenario s = load("child.yaml", """
                extends: base.yaml
                mines:
                  - id: kosaka-prospect
                    stage_durations:
                      exploration: {kind: FIXED, mean: 30}
                      closure: {mean: 12}
                """);
        assertThat(s.mines().get(2).stageDurations().exploration())
                .isEqualTo(new DistSpec(DistSpec.DistKind.FIXED, 30.0, null, null, null, null));
        assertThat(s.mines().get(2).stageDurations().closure()) // same kind: merged
                .isEqualTo(new DistSpec(DistSpec.DistKind.FIXED, 12.0, null, null, null, null));
        assertThat(s.mines().get(2).stageDurations().permitting())
                .isEqualTo(new DistSpec(DistSpec.DistKind.UNIFORM, null, null, 24.0, null, 48.0));
    }

    @Test
    void aChainOfThreeFilesMergesInOrderAndRecordsEveryFileWithItsSha256() throws Exception {
        write("middle.yaml", """
                extends: base.yaml
                government:
                  exploration_subsidy: 0.3
                  stockpile_target_days: 90
                """);
        Path child = write("child.yaml", """
                extends: middle.yaml
                metadata:
                  name: three
                government:
                  exploration_subsidy: 0.5
                """);
        Scenario s = ScenarioLoader.load(child);
        assertThat(s.metadata().name()).isEqualTo("three");
        assertThat(s.government().explorationSubsidy()).isEqualTo(Timeline.constant(0.5)); // child over middle
        assertThat(s.government().stockpileTargetDays()).isEqualTo(Timeline.constant(90)); // middle over base
        assertThat(s.calendar().horizonYears()).isEqualTo(10); // base
        assertThat(s.resolved().sources()).extracting(ScenarioSource::file)
                .containsExactly(child.toString(), dir.resolve("middle.yaml").toString(), dir.resolve("base.yaml").toString());
        for (ScenarioSource f : s.resolved().sources()) {
            assertThat(f.sha256()).as(f.file()).isEqualTo(sha256(Path.of(f.file())));
        }
        // the resolved text stands alone: it loads without the chain and says the same
        assertThat(ScenarioLoader.parse(ScenarioWriter.toYaml(s), "resolved.yaml")).isEqualTo(s);
        assertThat(ScenarioWriter.toYaml(s)).doesNotContain("extends");
    }

    @Test
    void aFileWithoutExtendsLoadsAsItAlwaysDidAndNamesItselfAsItsOnlySource() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioLoaderTest.MINIMAL);
        assertThat(s.resolved().sources()).containsExactly(
                new ScenarioSource(ScenarioLoaderTest.MINIMAL.toString(), sha256(ScenarioLoaderTest.MINIMAL)));
    }

    @Test
    void aCycleIsRejectedAtTheExtendsThatClosesIt() throws Exception {
        Path a = write("a.yaml", "extends: b.yaml\nmetadata: {name: a}\n");
        write("b.yaml", "# b\nextends: a.yaml\n");
        assertThat(problems(a)).extracting(Problem::toString).containsExactly(
                dir.resolve("b.yaml") + ":2:10: extends: extends makes a cycle: " + a + " -> " + dir.resolve("b.yaml")
                        + " -> " + a + "; a scenario cannot extend itself");
        Path self = write("self.yaml", "extends: ./self.yaml\n");
        assertThat(problems(self)).singleElement().asString().startsWith(self + ":1:10: extends: extends makes a cycle");
    }

    @Test
    void aMissingParentIsReportedAtTheExtendsWithTheClosestFileName() throws Exception {
        Path child = write("child.yaml", "version: 1\nextends: bse.yaml\n");
        assertThat(problems(child)).extracting(Problem::toString).containsExactly(child + ":2:10: extends: no such file "
                + dir.resolve("bse.yaml") + " (extends is relative to this file's folder); did you mean 'base.yaml'?");
        Path list = write("list.yaml", "extends: [base.yaml]\n");
        assertThat(problems(list)).singleElement().asString().startsWith(list + ":1:10: extends: expected the scenario file");
    }

    @Test
    void problemsPointIntoTheFileTheValueCameFrom() throws Exception {
        // middle.yaml line 3 col 25 holds a bad value the child does not touch; the child's own slips are in child.yaml
        write("middle.yaml", """
                extends: base.yaml
                government:
                  stockpile_target_days: -5
                """);
        Path child = write("child.yaml", """
                extends: middle.yaml
                mines:
                  - id: hishikari-cu
                    grade: 2
                    capex_yen: lots
                government:
                  explorashun_subsidy: 0.1
                """);
        assertThat(problems(child)).extracting(Problem::toString).containsExactly(
                child + ":4:12: mines[hishikari-cu].grade: out of range; got 2; allowed: 0 < x <= 1 (t product/t ore)",
                child + ":5:16: mines[hishikari-cu].capex_yen: expected a number; got 'lots'",
                child + ":7:3: government.explorashun_subsidy: unknown key 'explorashun_subsidy'; did you mean 'exploration_subsidy'?",
                dir.resolve("middle.yaml") + ":3:26: government.stockpile_target_days: out of range; got -5; allowed: 0 <= x <= 720 (days)");
    }

    @Test
    void semanticProblemsPointAtTheParentWhenTheValueIsTheParents() throws Exception {
        // the child removes the region a base.yaml mine refers to: the dangling reference is base.yaml's line 67
        Path child = write("child.yaml", """
                extends: base.yaml
                regions:
                  - remove: [kyushu]
                """);
        assertThat(problems(child)).extracting(Problem::toString).contains(
                dir.resolve("base.yaml") + ":67:13: mines[minamitorishima-mud].region: undefined region 'kyushu'; allowed: tohoku");
    }

    @Test
    void badDeltaEntriesAreReportedWhereTheChildWroteThem() throws Exception {
        Path child = write("child.yaml", """
                extends: base.yaml
                mines:
                  - remove: [kosaka-prospekt]
                  - region: tohoku
                  - id: hishikari-cu
                    grade: 0.02
                  - id: hishikari-cu
                    grade: 0.03
                  - {remove: [minamitorishima-mud], id: x}
                """);
        assertThat(problems(child)).extracting(Problem::toString).containsExactly(
                child + ":3:14: mines: no entry 'kosaka-prospekt' to remove; did you mean 'kosaka-prospect'?",
                child + ":4:5: mines: an entry of a list merged by id needs an 'id' (to change the entry of that id or"
                        + " add a new one), or is '- remove: [ids]'",
                child + ":7:5: mines[hishikari-cu]: id 'hishikari-cu' given twice in this list; first at 5:5; keep only one",
                child + ":9:5: mines: a remove entry holds only 'remove: [ids]'; give the other keys in an entry of their own");
    }

    @Test
    void mergeProblemsAndValueProblemsAreReportedInOnePass() throws Exception {
        Path child = write("child.yaml", """
                extends: base.yaml
                events:
                  - remove: [china-ree-bann]
                government:
                  carbon_price: lots
                """);
        assertThat(problems(child)).extracting(Problem::toString).containsExactly(
                child + ":3:14: events: no entry 'china-ree-bann' to remove; did you mean 'china-ree-ban'?",
                child + ":5:17: government.carbon_price: expected a number; got 'lots' (a timeline is a number or a"
                        + " list of {from: YYYY-MM, value: x})");
    }

    @Test
    void removeInAFileThatExtendsNothingIsReported() throws Exception {
        String base = Files.readString(dir.resolve("base.yaml")).replace("suppliers:\n", "suppliers:\n  - remove: [x]\n");
        Path file = write("full.yaml", base);
        assertThat(problems(file)).extracting(Problem::toString).containsExactly(file + ":110:5: suppliers: 'remove'"
                + " entries apply only in a file that extends another ('extends: parent.yaml' at the top); delete the entry");
    }

    @Test
    void aParentThatCannotBeParsedIsReportedInTheParent() throws Exception {
        write("broken.yaml", "metadata:\n  name: [x\n");
        Path child = write("child.yaml", "extends: broken.yaml\n");
        assertThatThrownBy(() -> ScenarioLoader.load(child)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(dir.resolve("broken.yaml") + ":3:1: YAML syntax error");
        write("v2.yaml", "version: 2\n");
        Path onV2 = write("on-v2.yaml", "extends: v2.yaml\n");
        assertThat(problems(onV2)).singleElement().asString()
                .startsWith(dir.resolve("v2.yaml") + ":1:10: version: scenario format version 2 is not supported");
    }

    @Test
    void aTableDirectoryIsRelativeToTheFileThatNamesIt() throws Exception {
        IoTableInputTest.copyBundled("japan-2015-13", dir.resolve("tables/jp13"));
        Files.writeString(dir.resolve("base.yaml"), Files.readString(dir.resolve("base.yaml"))
                + "io_table: {table: tables/jp13, mining_sector: '02', equipment_sector: '03', engineering_sector: '12',"
                + " processing_sector: '03'}\n");
        Path child = Files.createDirectories(dir.resolve("policy")).resolve("child.yaml");
        Files.writeString(child, "extends: ../base.yaml\ngovernment: {exploration_subsidy: 0.3}\n");
        // policy/tables/jp13 does not exist: the table is base.yaml's, next to base.yaml
        assertThat(ScenarioLoader.load(child).resolved().ioTable().name()).isEqualTo(dir.resolve("tables/jp13").toString());
    }

    @Test
    void noRecordOfAnIdListHasAComponentNamedRemove() {
        // the merge reads an entry with the key 'remove' as a removal: a field of that name would be unreachable
        for (Class<?> type : JsonSchemaTest.recordTypes()) {
            assertThat(Binder.keys(type)).as(type.getSimpleName()).doesNotContain(DeltaMerge.REMOVE, ScenarioChain.EXTENDS);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
