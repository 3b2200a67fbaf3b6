package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code kozan io multipliers}: the values of docs/design/jobs-issue-13.md section 4 (computed there with numpy from
 * the same MIC 2015 tables; 4.71 M JPY per employee, propensity 0.7), the aligned table and the bad-input contract.
 */
class MultipliersCliTest {

    String out;
    String err;

    int run(String... args) {
        RealRuns.Outcome r = RealRuns.kozan(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    /** The CSV values of one sector, after code and name (IoCommand.Multipliers.CSV_HEADER order). */
    double[] csvRow(String code) {
        String line = out.lines().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
        String[] cells = line.split(",");
        return Arrays.stream(cells, cells.length - 10, cells.length).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void miningOf37SectorsHasTheDesignsMultipliers() {
        assertThat(run("io", "multipliers", "--csv")).isZero();
        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", IoCommand.Multipliers.CSV_HEADER));
        assertThat(out.lines().count()).isEqualTo(1 + 37);
        double[] v = csvRow("06");
        assertThat(v[0]).isCloseTo(847.9, within(0.05));      // output 2015, JPY bn
        assertThat(v[1]).isCloseTo(43.6, within(0.05));       // direct jobs per JPY bn
        assertThat(v[2]).isCloseTo(1.729, within(1e-3));      // Type I output multiplier
        assertThat(v[3]).isCloseTo(2.239, within(1e-3));      // Type II output multiplier
        assertThat(v[4]).isCloseTo(80.8, within(0.05));       // Type I jobs per JPY bn
        assertThat(v[5]).isCloseTo(106.2, within(0.05));      // Type II jobs per JPY bn
        // the design prints 1.85 / 2.44 (two decimals): 80.784 / 43.577 = 1.854, 106.243 / 43.577 = 2.438
        assertThat(v[6]).isCloseTo(1.854, within(1e-3));
        assertThat(v[7]).isCloseTo(2.438, within(1e-3));
        assertThat(v[6]).isCloseTo(v[4] / v[1], within(1e-9));
        // e is proportional to v (one wage), so income multipliers equal employment multipliers
        assertThat(v[8]).isCloseTo(v[6], within(1e-9));
        assertThat(v[9]).isCloseTo(v[7], within(1e-9));
    }

    @Test
    void otherSectorsOfTheDesignTable() {
        assertThat(run("io", "multipliers", "--csv", "--sectors", "37")).isZero();
        double[] machinery = csvRow("30");
        assertThat(machinery[2]).isCloseTo(1.902, within(1e-3));
        assertThat(machinery[3]).isCloseTo(2.459, within(1e-3));
        assertThat(machinery[4]).isCloseTo(88.2, within(0.05));
        assertThat(machinery[5]).isCloseTo(116.0, within(0.05));
        double[] business = csvRow("66");
        assertThat(business[2]).isCloseTo(1.586, within(1e-3));
        assertThat(business[3]).isCloseTo(2.246, within(1e-3));
        assertThat(business[6]).isCloseTo(1.43, within(5e-3));
        assertThat(business[7]).isCloseTo(1.88, within(5e-3));
    }

    @Test
    void miningOf13Sectors() {
        assertThat(run("io", "multipliers", "--sectors", "13", "--csv")).isZero();
        assertThat(out.lines().count()).isEqualTo(1 + 13);
        double[] v = csvRow("02");
        assertThat(v[2]).isCloseTo(1.753, within(1e-3));
        assertThat(v[3]).isCloseTo(2.296, within(1e-3));
        assertThat(v[4]).isCloseTo(83.9, within(0.05));
        assertThat(v[5]).isCloseTo(112.3, within(0.05));
        // 83.884 / 43.577 = 1.925 (the design table prints 1.93; 1.925 rounds to 1.92 or 1.93 at the last bit);
        // 112.313 / 43.577 = 2.577 (design 2.58)
        assertThat(v[6]).isCloseTo(1.925, within(1e-3));
        assertThat(v[7]).isCloseTo(2.577, within(1e-3));
    }

    @Test
    void theAlignedTableNamesUnitsBaseYearAndEverySector() {
        assertThat(run("io", "multipliers")).isZero();
        assertThat(out).contains("2015 yen", "JPY bn", "Type I", "Type II", "propensity 0.7", "4.71 M JPY");
        List<String> rows = out.lines().filter(l -> l.matches("^\\d\\d .*")).toList();
        assertThat(rows).hasSize(37);
        String mining = rows.stream().filter(l -> l.startsWith("06 ")).findFirst().orElseThrow();
        assertThat(mining).contains("Mining", "847.9", "43.6", "1.729", "2.239", "80.8", "106.2", "1.85", "2.44");
        // aligned: every row as long as the first; office supplies (68) pays no compensation, so its employment and
        // income multipliers are undefined: n/a, not Infinity
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSameSizeAs(rows.get(0)));
        assertThat(rows.stream().filter(l -> l.startsWith("68 ")).findFirst().orElseThrow()).contains("n/a")
                .doesNotContain("Infinity", "NaN");
    }

    @Test
    void badInputIsExitTwoWithOneClearMessage() {
        assertThat(run("io", "multipliers", "--sectors", "12")).isEqualTo(2);
        assertThat(err).contains("--sectors 12", "allowed: 13, 37");
        assertThat(out).isEmpty();
        assertThat(run("io", "multipliers", "--sectors", "x")).isEqualTo(2);
        assertThat(err).contains("'x' is not an int");
        assertThat(run("io")).isEqualTo(2);
        assertThat(err).contains("needs a subcommand: multipliers");
    }

    @Test
    void helpIsTrue() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("io", "Print multipliers of the bundled 2015 input-output tables");
        assertThat(run("io", "multipliers", "--help")).isZero();
        assertThat(out).contains("--sectors", "--csv", "2015 yen");
    }
}
