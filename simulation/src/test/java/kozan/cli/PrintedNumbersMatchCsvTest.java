package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers {@code kozan run} and {@code kozan compare} print are the numbers of the files they write: every
 * printed value equals the matching cell of summary.csv or comparison.csv after the printing rule (the format
 * strings of ResultTable and batch.Comparison#show, restated here). A wrong column, row, year or sign in the
 * printed table, or a table computed differently from the file, fails. Real model, baseline and export
 * restriction cut to 2025-2029, 3 replications.
 */
class PrintedNumbersMatchCsvTest {

    @TempDir
    static Path tmp;

    static Path base;
    static Path restriction;
    static Path baseRun;
    static RealRuns.Outcome baseRunOutcome;

    @BeforeAll
    static void runBoth() throws Exception {
        base = RealRuns.fiveYears("baseline.yaml", tmp.resolve("scenarios"));
        restriction = RealRuns.fiveYears("rare-earth-export-restriction.yaml", tmp.resolve("scenarios"));
        baseRun = tmp.resolve("base");
        baseRunOutcome = RealRuns.kozan("run", base.toString(), "--out", baseRun.toString(), "--replications", "3",
                "--no-charts", "--threads", "2");
        assertThat(baseRunOutcome.code()).as(baseRunOutcome.err()).isZero();
    }

    /** ResultTable's rule for a dependence cell: "%.1f%%" of 100 x the mean share. */
    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static double mean(Map<String, Map<String, String>> summary, String key) {
        Map<String, String> row = summary.get(key);
        assertThat(row).as("summary.csv row %s", key).isNotNull();
        return Double.parseDouble(row.get("mean"));
    }

    @Test
    void runTableEqualsSummaryCsv() throws Exception {
        Map<String, Map<String, String>> summary = RealRuns.csv(baseRun.resolve("summary.csv"), "metric", "commodity",
                "region", "detail", "year");
        Scenario s = ScenarioLoader.load(base);
        String out = baseRunOutcome.out();
        int checked = 0;
        for (CommoditySpec c : s.commodities()) {
            // "<id>  <dep 2025>  -  -  <refined output 2029> <unit>": 2035 and 2050 lie after the 5-year run
            Matcher m = Pattern.compile("(?m)^" + c.id() + " +(\\S+) +- +- +(.+)$").matcher(out);
            assertThat(m.find()).as("row of %s in%n%s", c.id(), out).isTrue();
            assertThat(m.group(1)).as("%s imp.dep.2025", c.id())
                    .isEqualTo(percent(mean(summary, "import_dependence|" + c.id() + "|||2025")));
            assertThat(m.group(2).strip()).as("%s refined output 2029", c.id()).isEqualTo(String.format(Locale.ROOT,
                    "%,.0f %s", mean(summary, "domestic_refined_output_t|" + c.id() + "|||2029"), c.unit()));
            checked++;
        }
        assertThat(checked).isEqualTo(11);
        // baseline 2029: ~6,200 direct mine jobs (docs/validation.md); the national row of summary.csv
        assertThat(out).contains(String.format(Locale.ROOT, "direct mine jobs 2029: %,.0f persons",
                mean(summary, "jobs_direct||||2029")));
        // limestone is the one commodity mostly mined at home: a cell that is not 100.0% must be matched too
        assertThat(out).containsPattern("(?m)^limestone +0\\.\\d%");
    }

    /** batch.Comparison#show: "%.3e" from 1e6 up or below 1e-3 (not 0), else "%,.2f"; NaN "n/a". */
    private static String show(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v != 0)
                ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%,.2f", v);
    }

    private static double num(Map<String, String> row, String column) {
        String v = row.get(column);
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    private static final Map<String, String> MEASURES = Map.of("Import reduction", "import_reduction_t",
            "Import bill reduction", "import_reduction_yen", "Import dependence reduction",
            "import_dependence_reduction_pp", "Net jobs", "net_jobs");

    /**
     * Every printed row equals its comparison.csv row (mean and paired CI), every changed national row is printed,
     * and the closing line's median width ratio is the median of the file's paired_to_unpaired_width column.
     */
    private static void printedComparisonEqualsCsv(String out, Path csv, int pairs) throws Exception {
        Map<String, Map<String, String>> rows = RealRuns.csv(csv, "measure", "commodity", "region", "class", "year");
        assertThat(out).contains("Scenario minus baseline, " + pairs + " paired replications");
        Pattern section = Pattern.compile("^(Import reduction|Import bill reduction|Import dependence reduction|Net jobs), (\\d{4}) \\((.+)\\)$");
        Pattern row = Pattern.compile("^  (\\S+)(?: (\\S+))? +(\\S+)  \\[(\\S+), (\\S+)]$");
        String measure = null;
        String year = null;
        Set<String> printed = new HashSet<>();
        for (String line : out.split("\n")) {
            Matcher sm = section.matcher(line);
            if (sm.matches()) {
                measure = MEASURES.get(sm.group(1));
                year = sm.group(2);
                continue;
            }
            Matcher rm = row.matcher(line);
            if (!rm.matches()) {
                continue;
            }
            assertThat(measure).as("a row before any section: %s", line).isNotNull();
            String key = measure.equals("net_jobs")
                    ? "net_jobs||" + (rm.group(1).equals("Japan") ? "" : rm.group(1)) + "|" + rm.group(2) + "|" + year
                    : measure + "|" + rm.group(1) + "|||" + year;
            Map<String, String> r = rows.get(key);
            assertThat(r).as("comparison.csv row for printed line '%s'", line).isNotNull();
            assertThat(List.of(rm.group(3), rm.group(4), rm.group(5))).as(line).containsExactly(
                    show(num(r, "mean")), show(num(r, "ci95_low")), show(num(r, "ci95_high")));
            printed.add(key);
        }
        List<Double> ratios = new ArrayList<>();
        int unchanged = 0;
        for (var e : rows.entrySet()) {
            Map<String, String> r = e.getValue();
            boolean same = num(r, "mean") == 0 && num(r, "ci95_low") == 0 && num(r, "ci95_high") == 0;
            if (same) {
                unchanged++;
                continue;
            }
            if (!Double.isNaN(num(r, "paired_to_unpaired_width"))) {
                ratios.add(num(r, "paired_to_unpaired_width"));
            }
            if (r.get("region").isEmpty()) {
                assertThat(printed).as("changed national row printed").contains(e.getKey());
            }
        }
        assertThat(printed).as("rows printed").isNotEmpty();
        assertThat(out).contains(unchanged + " row(s) with no difference in any replication are not shown");
        ratios.sort(null);
        double median = ratios.get(ratios.size() / 2);
        assertThat(out).contains(String.format(Locale.ROOT, "Paired CIs are %.0f%% narrower than CIs from independent "
                + "seeds would be (median width ratio %.2f over %d rows).", 100 * (1 - median), median, ratios.size()));
    }

    @Test
    void compareOfTwoScenariosPrintsComparisonCsv() throws Exception {
        Path dir = tmp.resolve("cmp");
        RealRuns.Outcome o = RealRuns.kozan("compare", "--baseline", base.toString(), "--scenario",
                restriction.toString(), "--replications", "3", "--years", "2027,2028", "--threads", "2",
                "--out", dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("done: 6 runs, 0 failed");
        printedComparisonEqualsCsv(o.out(), dir.resolve("comparison.csv"), 3);
        // the restriction cuts rare-earth imports: the one row a reader looks for is there and positive
        assertThat(o.out()).containsPattern("(?m)^  rare_earths +[0-9,]+\\.\\d\\d  \\[");
    }

    @Test
    void compareOfTwoResultsFoldersPrintsComparisonCsv() throws Exception {
        Path scenRun = tmp.resolve("restricted");
        RealRuns.Outcome run = RealRuns.kozan("run", restriction.toString(), "--out", scenRun.toString(),
                "--replications", "3", "--no-charts", "--threads", "2");
        assertThat(run.code()).as(run.err()).isZero();
        Path dir = tmp.resolve("cmp-folders");
        RealRuns.Outcome o = RealRuns.kozan("compare", baseRun.toString(), scenRun.toString(), "--regions",
                "--out", dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        printedComparisonEqualsCsv(o.out(), dir.resolve("comparison.csv"), 3);
    }
}
