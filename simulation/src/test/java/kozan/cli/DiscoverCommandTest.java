package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kozan discover} on a batch folder whose runs.csv plants a box: files, the box found, bad expressions. */
class DiscoverCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int discover(String... args) {
        CommandLine cli = new CommandLine(new DiscoverCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /**
     * 600 runs, parameters a and b uniform on [0, 10] and a scenario column that is not numeric; import dependence
     * of rare earths in 2040 is 0.9 when a in [2, 5] and b >= 6, else 0.5; one failed run (no values).
     */
    private Path batch() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        StringBuilder b = new StringBuilder("design_point,scenario,a,b,replication,seed,status,error,"
                + "import_dependence{commodity=rare_earths}@2040,jobs_direct@2040\n");
        SplittableRandom rng = new SplittableRandom(20261205);
        for (int i = 0; i < 600; i++) {
            double a = 10 * rng.nextDouble();
            double bb = 10 * rng.nextDouble();
            double dep = a >= 2 && a <= 5 && bb >= 6 ? 0.9 : 0.5;
            b.append(i).append(",base,").append(a).append(',').append(bb).append(",0,x1,ok,,").append(dep)
                    .append(",20000\n");
        }
        b.append("600,base,1,1,0,x1,failed,boom,,\n");
        Files.writeString(dir.resolve("runs.csv"), b);
        return dir;
    }

    @Test
    void findsThePlantedBoxAndWritesItsFiles() throws Exception {
        Path dir = tmp.resolve("found");
        int code = discover(batch().toString(), "--where", "import_dependence[commodity=rare_earths,year=2040] > 0.8",
                "--threshold", "0.95", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        Map<String, Map<String, String>> box = RealRuns.csv(dir.resolve("box.csv"), "parameter");
        assertThat(Double.parseDouble(box.get("a").get("low"))).isCloseTo(2, within(0.3));
        assertThat(Double.parseDouble(box.get("a").get("high"))).isCloseTo(5, within(0.3));
        assertThat(Double.parseDouble(box.get("b").get("low"))).isCloseTo(6, within(0.3));
        assertThat(box.get("b")).containsEntry("high", box.get("b").get("data_max"));
        assertThat(box.get("a")).containsEntry("restricted", "true");
        assertThat(Files.readAllLines(dir.resolve("trajectory.csv")).get(1)).startsWith("0,600,");
        assertThat(dir.resolve("charts").resolve("prim_trajectory.svg")).exists();
        assertThat(out.toString()).contains("1 failed runs left out", "a in [", "b in [");
    }

    /**
     * A Latin-hypercube batch's added baseline (design point 0) has empty cells for the parameters its
     * baseline.parameters leaves out (docs/batch.md): b is still a numeric parameter PRIM restricts, the baseline's
     * runs are left out and counted, and only a column with text in it is reported as not numeric.
     */
    @Test
    void anAddedBaselinesEmptyCellsLeaveItsRunsOutNotTheParameter() throws Exception {
        Path batch = batch();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(batch.resolve("runs.csv"))) {
            // a text parameter column after b: the header's name, then one value for every run
            String[] cells = line.split(",", 5);
            lines.add(String.join(",", cells[0], cells[1], cells[2], cells[3], lines.isEmpty() ? "mine_list" : "[a;b]",
                    cells[4]));
        }
        for (int r = 0; r < 3; r++) {
            // the baseline lists only a (inside the box): b keeps the scenario's own value, so its cell is empty
            lines.add("0,base,3,,[a;b]," + r + ",x1,ok,,0.9,20000");
        }
        Files.write(batch.resolve("runs.csv"), lines);
        Path dir = tmp.resolve("lhs");
        int code = discover(batch.toString(), "--where", "import_dependence[commodity=rare_earths,year=2040] > 0.8",
                "--threshold", "0.95", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 runs left out: an empty parameter cell", "b in [",
                "not numeric, not used: mine_list\n");
        Map<String, Map<String, String>> box = RealRuns.csv(dir.resolve("box.csv"), "parameter");
        assertThat(box).containsOnlyKeys("a", "b");
        assertThat(Double.parseDouble(box.get("b").get("low"))).isCloseTo(6, within(0.3));
        assertThat(Files.readAllLines(dir.resolve("trajectory.csv")).get(1)).startsWith("0,600,");
        assertThat(Files.readString(dir.resolve("manifest.json")))
                .contains("\"runs_without_parameter_values_left_out\" : 3");
    }

    /** A batch of baseline runs only (every run has an empty parameter cell): exit 2 saying so, nothing written. */
    @Test
    void aBatchWithoutAValueForEveryParameterInAnyRunIsExit2SayingWhatDiscoverNeeds() throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("baselines"));
        Files.writeString(batch.resolve("runs.csv"), "design_point,scenario,a,b,replication,seed,status,error,"
                + "jobs_direct@2040\n0,base,3,,0,x1,ok,,20000\n0,base,3,,1,x1,ok,,20000\n");
        Path never = tmp.resolve("never");
        assertThat(discover(batch.toString(), "--where", "jobs_direct[year=2040] > 1", "--out", never.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: " + batch + ": 2 successful runs, none with a value for every"
                + " swept parameter (a, b; an empty cell is an added baseline's unlisted parameter): discover needs a"
                + " batch that varies parameters, a grid or Latin hypercube whose design points give them values"
                + System.lineSeparator());
        assertThat(never).doesNotExist();
    }

    @Test
    void theDefaultFolderIsUnderTheResultsRootAndIsReplacedOnlyWithForce() throws Exception {
        String[] args = {batch().toString(), "--where", "import_dependence[commodity=rare_earths,year=2040] > 0.8",
                "--results-root", tmp.resolve("root").toString()};
        assertThat(discover(args)).as(err.toString()).isZero();
        // <results-root>/discover/<batch folder name>
        Path dir = tmp.resolve("root/discover/batch");
        assertThat(dir.resolve("box.csv")).exists();
        assertThat(discover(args)).isEqualTo(2);
        assertThat(err.toString()).contains("results directory already exists: " + dir, "use --force");
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertThat(discover(forced)).as(err.toString()).isZero();
    }

    @Test
    void aBadExpressionIsExit2WithACaretAndWritesNothing() throws Exception {
        Path batch = batch();
        Object[][] cases = {
                {"import_dependence[commodity=rare_earths,year=2040] 0.8",
                        "expected a comparison (>, >=, <, <=, ==, !=) (column 52)", 51},
                {"import_dependence[colour=red,year=2040] > 0.8", "unknown key 'colour'", 18},
                {"jobs_direct[year=2040] > 1 and (jobs_direct[year=2040] < 5", "missing ')' at the end", 58},
                {"jobs_total[year=2040] > 1", "the batch kept no value jobs_total@2040", 0},
                {"import_dependence[commodity=gold,year=2040] > 1",
                        "of import_dependence it kept [import_dependence{commodity=rare_earths}@2040]", 0},
        };
        for (Object[] c : cases) {
            err.getBuffer().setLength(0);
            Path never = tmp.resolve("never");
            assertThat(discover(batch.toString(), "--where", (String) c[0], "--out", never.toString()))
                    .as((String) c[0]).isEqualTo(2);
            assertThat(err.toString()).contains((String) c[1]);
            // the caret line: two spaces, then the column's offset
            assertThat(err.toString()).contains("\n  " + " ".repeat((Integer) c[2]) + "^");
            assertThat(never).doesNotExist();
        }
    }
}
