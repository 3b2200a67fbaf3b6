package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import kozan.io.ImpactsComparison;
import kozan.io.ImpactsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --baseline A --scenario B} writes the paired impacts.csv from the impact tables its runs keep in
 * memory, and it is the file {@code compare RESULTS_A RESULTS_B} writes from two {@code kozan run} folders of the
 * same scenarios, replications and seed, byte for byte (issue #13 item 5; docs/outputs.md "impacts.csv").
 */
class CompareImpactsTest {

    @TempDir
    Path tmp;

    @Test
    void comparingScenariosWritesTheImpactsOfComparingTheirRunFolders() throws Exception {
        Path base = Path.of("src/test/resources/scenarios/valid-minimal.yaml");
        Path policy = policyAndRunFolders(base);
        Path fromFolders = tmp.resolve("folders");
        RealRuns.Outcome f = RealRuns.kozan("compare", tmp.resolve("ra").toString(), tmp.resolve("rb").toString(),
                "--years", "2029,2034", "--out", fromFolders.toString());
        assertThat(f.code()).as(f.err()).isZero();

        Path fromScenarios = tmp.resolve("scenarios");
        RealRuns.Outcome c = RealRuns.kozan("compare", "--baseline", base.toString(), "--scenario", policy.toString(),
                "--replications", "2", "--seed", "7", "--years", "2029,2034", "--threads", "2", "--out",
                fromScenarios.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("written: " + fromScenarios.resolve(ImpactsCsv.FILE));

        List<String> expected = Files.readAllLines(fromFolders.resolve(ImpactsCsv.FILE));
        List<String> actual = Files.readAllLines(fromScenarios.resolve(ImpactsCsv.FILE));
        // not a trivial file: both years, and the ban moves some employment (a non-zero difference)
        assertThat(expected).anyMatch(l -> l.startsWith("2029,")).anyMatch(l -> l.startsWith("2034,"))
                .noneMatch(l -> l.startsWith("2030,"))
                .anyMatch(l -> l.matches("\\d+,[^,]*,[^,]*,[^,]*,-?[1-9].*|\\d+,[^,]*,[^,]*,[^,]*,-?0\\.\\d*[1-9].*"));
        assertThat(actual).isEqualTo(expected);
        // the batch manifest lists (and hashes) it like the other outputs
        assertThat(Files.readString(fromScenarios.resolve("manifest.json"))).contains("\"" + ImpactsCsv.FILE + "\"");
    }

    /**
     * Without --years both forms compare every year (and print the target years), so the same pairs give the same
     * comparison.csv and fiscal cost per job-year, and impacts.csv for the target years; before, the scenario form recorded only the target
     * years and summed the cost over those five, a different figure from the folder form's 35.
     */
    @Test
    void withoutYearsBothFormsCompareEveryYearAndAgreeOnTheCostPerJobYear() throws Exception {
        Path base = Path.of("src/test/resources/scenarios/valid-minimal.yaml");
        Path policy = policyAndRunFolders(base);
        Path fromFolders = tmp.resolve("folders");
        RealRuns.Outcome f = RealRuns.kozan("compare", tmp.resolve("ra").toString(), tmp.resolve("rb").toString(),
                "--out", fromFolders.toString());
        assertThat(f.code()).as(f.err()).isZero();
        Path fromScenarios = tmp.resolve("scenarios");
        RealRuns.Outcome c = RealRuns.kozan("compare", "--baseline", base.toString(), "--scenario", policy.toString(),
                "--replications", "2", "--seed", "7", "--threads", "2", "--out", fromScenarios.toString());
        assertThat(c.code()).as(c.err()).isZero();

        List<String> comparison = Files.readAllLines(fromScenarios.resolve("comparison.csv"));
        for (int year = 2025; year <= 2034; year++) { // valid-minimal: 10 years from 2025
            String y = "," + year + ",";
            assertThat(comparison).as("year %d", year).anyMatch(l -> l.contains(y));
        }
        // the same rows; the numbers agree to a millionth, or a thousandth of a unit (the folders keep 12 digits of
        // each value, and a difference of close values, e.g. regions' employment of millions, loses some of them)
        List<String> folders = Files.readAllLines(fromFolders.resolve("comparison.csv"));
        assertThat(comparison).hasSameSizeAs(folders);
        for (int i = 0; i < comparison.size(); i++) {
            String[] a = comparison.get(i).split(",", -1);
            String[] b = folders.get(i).split(",", -1);
            assertThat(String.join(",", List.of(a).subList(0, 7))).isEqualTo(String.join(",", List.of(b).subList(0, 7)));
            for (int k = 7; i > 0 && k < a.length; k++) {
                if (!a[k].equals(b[k])) {
                    double x = Double.parseDouble(a[k]);
                    assertThat(x).as(comparison.get(i)).isCloseTo(Double.parseDouble(b[k]),
                            org.assertj.core.api.Assertions.within(Math.max(1e-3, 1e-6 * Math.abs(x))));
                }
            }
        }
        // impacts.csv: the scenario form keeps the runs' tables in memory for the target years only (valid-minimal:
        // 2030 and 2034; every year would cost ~5 MB a run), row for row the folder form's rows of those years
        List<String> impacts = Files.readAllLines(fromScenarios.resolve(ImpactsCsv.FILE));
        assertThat(impacts).anyMatch(l -> l.startsWith("2030,")).anyMatch(l -> l.startsWith("2034,"))
                .noneMatch(l -> l.startsWith("2031,"));
        assertThat(impacts).isEqualTo(Files.readAllLines(fromFolders.resolve(ImpactsCsv.FILE)).stream()
                .filter(l -> !l.matches("\\d{4},.*") || l.startsWith("2030,") || l.startsWith("2034,")).toList());
        assertThat(costLines(c.out())).hasSize(3).isEqualTo(costLines(f.out()));
        assertThat(costLines(c.out()).get(0)).contains("Fiscal cost per job-year, 2025-2034 (");
        assertThat(c.out()).contains("printed: the target years");
    }

    /**
     * valid-minimal (10 years) and a policy copy with twice the workforce per kt of ore of its producing mine (3.0
     * instead of 1.5: more direct jobs; its support policies and export ban move no job in these years), each run
     * into ra and rb with 2 replications and seed 7.
     *
     * @return the policy scenario file
     */
    private Path policyAndRunFolders(Path base) throws Exception {
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(base)
                .replace("workers_per_kt_ore: 1.5", "workers_per_kt_ore: 3.0"));
        for (Path[] s : new Path[][] {{base, tmp.resolve("ra")}, {policy, tmp.resolve("rb")}}) {
            RealRuns.Outcome o = RealRuns.kozan("run", s[0].toString(), "--out", s[1].toString(), "--no-charts",
                    "--replications", "2", "--seed", "7", "--threads", "2");
            assertThat(o.code()).as(o.err()).isZero();
        }
        return policy;
    }

    /** The printed fiscal cost per job-year: its heading and the per gross and per net lines. */
    private static List<String> costLines(String out) {
        return out.lines().filter(l -> l.startsWith("Fiscal cost per job-year") || l.contains("per gross job-year")
                || l.contains("per net job-year")).toList();
    }

    @Test
    void afterAResumeWithoutTheEarlierRunsTablesNoImpactsFileIsWrittenAndTheUserIsTold() throws Exception {
        // replication 0 of both ran before --resume (no tables in this process), replication 1 after it
        var row = Map.of(new ImpactsComparison.Key(2030, "", "", "direct"), new double[] {3, 0, 0, 0});
        Map<Integer, Map<ImpactsComparison.Key, double[]>> tables = Map.of(1, row);
        StringWriter err = new StringWriter();
        Path target = tmp.resolve(ImpactsCsv.FILE);
        assertThat(CompareCommand.writeImpacts(tables, tables, 2, target, new PrintWriter(err, true))).isFalse();
        assertThat(target).doesNotExist();
        assertThat(err.toString()).contains("impacts.csv not written: 1 of the 2 pairs were run before --resume");
        // every pair held: written (the one pair's difference is 3 - 3 = 0)
        assertThat(CompareCommand.writeImpacts(tables, tables, 1, target, new PrintWriter(err, true))).isTrue();
        assertThat(Files.readAllLines(target)).containsExactly(String.join(",", ImpactsComparison.HEADER),
                "2030,JP,,direct,0,0,0,0,,");
    }
}
