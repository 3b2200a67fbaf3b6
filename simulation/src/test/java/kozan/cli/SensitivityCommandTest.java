package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kozan sensitivity --test-function}: the files it writes, their repeatability, and its bad-input contract. */
class SensitivityCommandTest {

    @TempDir
    Path tmp;

    @Test
    void sobolWritesIndicesAndConvergenceNearTheAnalyticValues() throws Exception {
        Path out = tmp.resolve("ishigami");
        RealRuns.Outcome o = RealRuns.kozan("sensitivity", "--test-function", "ishigami", "--samples", "4096",
                "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("indices.csv"));
        assertThat(lines.get(0)).isEqualTo("parameter,output,method,index,estimate,ci95_low,ci95_high");
        assertThat(lines).hasSize(1 + 3 * 2);
        Map<String, Map<String, String>> rows = RealRuns.csv(out.resolve("indices.csv"), "parameter", "index");
        assertThat(rows.keySet()).containsExactly("x1|S1", "x1|ST", "x2|S1", "x2|ST", "x3|S1", "x3|ST");
        assertThat(rows.get("x2|S1")).containsEntry("output", "y").containsEntry("method", "sobol");
        // analytic S2 = 0.442411 (TestFunctionsTest)
        assertThat(Double.parseDouble(rows.get("x2|S1").get("estimate"))).isBetween(0.43, 0.455);
        assertThat(Files.readAllLines(out.resolve("convergence.csv")).get(0))
                .isEqualTo("parameter,output,index,samples,estimate,ci95_low,ci95_high");
        assertThat(RealRuns.csv(out.resolve("convergence.csv"), "parameter", "index", "samples"))
                .containsKeys("x1|S1|512", "x1|S1|1024", "x1|S1|2048", "x1|S1|4096");
        assertThat(o.out()).contains("analytic").contains("0.4424");
    }

    @Test
    void sameSeedSameBytes() throws Exception {
        for (String method : new String[] {"morris", "sobol"}) {
            String[] common = {"sensitivity", "--test-function", "sobol-g", "--a", "0,1,4.5,9,99,99", "--method", method,
                    "--samples", "64", "--seed", "5"};
            Path first = tmp.resolve(method + "-1");
            Path second = tmp.resolve(method + "-2");
            assertThat(RealRuns.kozan(concat(common, "--out", first.toString())).code()).isZero();
            assertThat(RealRuns.kozan(concat(common, "--out", second.toString())).code()).isZero();
            assertThat(Files.readAllBytes(second.resolve("indices.csv")))
                    .isEqualTo(Files.readAllBytes(first.resolve("indices.csv")));
        }
        // another seed moves the Morris trajectories and so the indices
        Path other = tmp.resolve("morris-seed-6");
        assertThat(RealRuns.kozan("sensitivity", "--test-function", "sobol-g", "--a", "0,1,4.5,9,99,99", "--method",
                "morris", "--samples", "64", "--seed", "6", "--out", other.toString()).code()).isZero();
        assertThat(Files.readString(other.resolve("indices.csv")))
                .isNotEqualTo(Files.readString(tmp.resolve("morris-1").resolve("indices.csv")));
    }

    @Test
    void forceReplacesOnlyItsOwnFolder() throws Exception {
        Path out = tmp.resolve("g");
        String[] args = {"sensitivity", "--test-function", "sobol-g", "--a", "1", "--samples", "8", "--out", out.toString()};
        assertThat(RealRuns.kozan(args).code()).isZero();
        RealRuns.Outcome again = RealRuns.kozan(args);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(RealRuns.kozan(concat(args, "--force")).code()).isZero();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void badInputExitsTwoWithOneMessageAndWritesNothing() {
        String twentyOne = String.join(",", java.util.Collections.nCopies(21, "1"));
        String[][] cases = {
                {"--test-function", "sobol-g", "--a", "0,-1", "--a value 2 is '-1'; every a must be a number >= 0"},
                {"--test-function", "sobol-g", "--a", twentyOne, "--a has 21 values; sobol-g takes 1 to 20"},
                {"--test-function", "sobol-g", "--a", "1,x", "--a value 2 is 'x'"},
                {"--test-function", "sobol-g", "sobol-g needs --a"},
                {"--test-function", "rosenbrock", "unknown --test-function 'rosenbrock'; allowed: ishigami, sobol-g"},
                {"--test-function", "ishigami", "--samples", "1", "--samples must be at least 2, got 1"},
                {"--test-function", "ishigami", "--method", "fast", "--method must be morris or sobol, got 'fast'"},
                {"--test-function", "ishigami", "--a", "1", "--a is for sobol-g"},
                {"--test-function", "ishigami", "--method", "morris", "--levels", "5", "--levels must be an even number"},
                {"give --test-function"},
        };
        for (String[] c : cases) {
            Path out = tmp.resolve("bad");
            String[] args = new String[c.length + 2];
            args[0] = "sensitivity";
            System.arraycopy(c, 0, args, 1, c.length - 1);
            args[c.length] = "--out";
            args[c.length + 1] = out.toString();
            RealRuns.Outcome o = RealRuns.kozan(args);
            assertThat(o.code()).as(String.join(" ", args) + ": " + o.err()).isEqualTo(2);
            assertThat(o.err()).startsWith("error: ").contains(c[c.length - 1]);
            assertThat(o.err().strip().lines()).as(o.err()).hasSize(1);
            assertThat(out).doesNotExist();
        }
    }
}
