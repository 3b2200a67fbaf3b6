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
 * printed value equals the matching cell of summary.csv or comparison.csv (gross and net jobs, their
 * decomposition, fiscal cost per job-year included) after the printing rule (the format
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
            // "<id>  <dep 2025>  <dep 2029>  <refined output 2029> <unit>": the 5-year run's own years (its start,
            // a fixed column, and its target year), not 2035 and 2050, which lie after it
            Matcher m = Pattern.compile("(?m)^" + c.id() + " +(\\S+) +(\\S+) +(.+)$").matcher(out);
            assertThat(m.find()).as("row of %s in%n%s", c.id(), out).isTrue();
            assertThat(m.group(1)).as("%s imp.dep.2025", c.id())
                    .isEqualTo(percent(mean(summary, "import_dependence|" + c.id() + "|||2025")));
            assertThat(m.group(2)).as("%s imp.dep.2029", c.id())
                    .isEqualTo(percent(mean(summary, "import_dependence|" + c.id() + "|||2029")));
            assertThat(m.group(3).strip()).as("%s refined output 2029", c.id()).isEqualTo(String.format(Locale.ROOT,
                    "%,.0f %s", mean(summary, "domestic_refined_output_t|" + c.id() + "|||2029"), c.unit()));
            checked++;
        }
        assertThat(checked).as("the baseline's 18 commodities (12 imported minerals and fuels, 6 domestic bulk products)")
                .isEqualTo(18);
        // baseline 2029: ~22,000 direct mine jobs (docs/validation.md); the national row of summary.csv
        // and, beside it, the official statistics' mining and quarrying count (detail jsic_c)
        assertThat(out).contains(String.format(Locale.ROOT, "direct mining jobs 2029: %,.0f persons at mines, all stages;"
                + " %,.0f in mining and quarrying as official statistics count it (JSIC C)",
                mean(summary, "jobs_direct||||2029"), mean(summary, "jobs_direct|||jsic_c|2029")));
        // limestone is the one commodity mostly mined at home: a cell that is not 100.0% must be matched too
        assertThat(out).containsPattern("(?m)^limestone +0\\.\\d%");
    }

    /**
     * batch.Comparison#show, by the unit column of comparison.csv: persons "%,.0f", percentage points "%,.2f",
     * JPY (and JPY per job-year) in millions "%,.1f", t "%,.1f"; within half the last digit shown "0"; NaN "n/a".
     */
    private static String show(String unit, double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) <= tolerance(unit)) {
            return "0";
        }
        return String.format(Locale.ROOT, "%,." + decimals(unit) + "f", v / (unit.startsWith("JPY") ? 1e6 : 1));
    }

    private static int decimals(String unit) {
        return unit.equals("persons") ? 0 : unit.equals("percentage points") ? 2 : 1;
    }

    private static double tolerance(String unit) {
        return 0.5 * (unit.startsWith("JPY") ? 1e6 : 1) * Math.pow(10, -decimals(unit));
    }

    /** Mean and both paired CI limits within the tolerance: the row prints as 0 [0, 0] and is left out. */
    private static boolean negligible(Map<String, String> r) {
        double tol = tolerance(r.get("unit"));
        return Math.abs(num(r, "mean")) <= tol && Math.abs(num(r, "ci95_low")) <= tol
                && Math.abs(num(r, "ci95_high")) <= tol;
    }

    private static double num(Map<String, String> row, String column) {
        String v = row.get(column);
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    private static final Map<String, String> MEASURES = Map.of("Import reduction", "import_reduction_t",
            "Import bill reduction", "import_reduction_yen", "Import dependence reduction",
            "import_dependence_reduction_pp", "Fiscal cost increase", "fiscal_cost_increase_yen");

    /** "mean [low, high]" as batch.Comparison prints a cell. */
    private static String cell(Map<String, String> r) {
        String u = r.get("unit");
        return show(u, num(r, "mean")) + " [" + show(u, num(r, "ci95_low")) + ", " + show(u, num(r, "ci95_high")) + "]";
    }

    private static Map<String, String> row(Map<String, Map<String, String>> rows, String key, String line) {
        Map<String, String> r = rows.get(key);
        assertThat(r).as("comparison.csv row %s for printed line '%s'", key, line).isNotNull();
        return r;
    }

    /**
     * Every printed row equals its comparison.csv row (mean and paired CI): imports and the fiscal cost one per
     * line; jobs as gross and net side by side per region, the gross classes under them and the decomposition
     * net = gross - displaced + manufacturing; the cost per gross and per net job-year. Every changed national row
     * is printed, and the closing line's median width ratio is the median of the file's paired_to_unpaired_width.
     */
    private static void printedComparisonEqualsCsv(String out, Path csv, int pairs, Set<String> years) throws Exception {
        Map<String, Map<String, String>> rows = RealRuns.csv(csv, "measure", "commodity", "region", "class", "year");
        assertThat(out).contains("Scenario minus baseline, " + pairs + " paired replications");
        Pattern section = Pattern.compile("^(Import reduction|Import bill reduction|Import dependence reduction|Fiscal cost increase), (\\d{4}) \\((.+)\\)$");
        Pattern jobsSection = Pattern.compile("^Jobs, (\\d{4}) \\(persons\\): gross = change in direct \\+ indirect \\+ induced jobs; net = change in employed$");
        Pattern simple = Pattern.compile("^  (\\S+)(?: (\\S+))? +(\\S+)  \\[(\\S+), (\\S+)](?:  (.+))?$");
        Pattern side = Pattern.compile("^  (\\S+) +(\\S+ \\[\\S+, \\S+]) +(\\S+ \\[\\S+, \\S+])$");
        Pattern byClass = Pattern.compile("^    gross by class +(.+)$");
        Pattern classCell = Pattern.compile("(direct|indirect|induced) (\\S+ \\[\\S+, \\S+])");
        Pattern decomposition = Pattern.compile("^    net from gross +net (\\S+) = gross (\\S+) - displaced (\\S+) \\+ manufacturing (\\S+)$");
        Pattern perJobYear = Pattern.compile("^  per (gross|net) job-year +(.+)$");
        String measure = null;
        String year = null;
        String region = null;
        Set<String> printed = new HashSet<>();
        for (String line : out.split("\n")) {
            Matcher sm = section.matcher(line);
            Matcher jm = jobsSection.matcher(line);
            if (sm.matches() || jm.matches()) {
                measure = sm.matches() ? MEASURES.get(sm.group(1)) : "jobs";
                year = sm.matches() ? sm.group(2) : jm.group(1);
                continue;
            }
            Matcher pm = perJobYear.matcher(line);
            if (pm.matches()) {
                String key = "fiscal_cost_per_" + pm.group(1) + "_job_year||||";
                Map<String, Map<String, String>> match = new java.util.HashMap<>();
                rows.forEach((k, v) -> {
                    if (k.startsWith(key)) {
                        match.put(k, v);
                    }
                });
                assertThat(match).as("comparison.csv row for '%s'", line).hasSize(1);
                var e = match.entrySet().iterator().next();
                double mean = num(e.getValue(), "mean");
                if (Double.isNaN(mean)) {
                    assertThat(pm.group(2)).as(line).startsWith("n/a: " + pm.group(1) + " job-years ");
                } else {
                    assertThat(pm.group(2)).as(line).isEqualTo(show(e.getValue().get("unit"), mean));
                }
                printed.add(e.getKey());
                continue;
            }
            if ("jobs".equals(measure)) {
                Matcher rm = side.matcher(line);
                Matcher cm = byClass.matcher(line);
                Matcher dm = decomposition.matcher(line);
                if (rm.matches()) {
                    region = rm.group(1).equals("Japan") ? "" : rm.group(1);
                    String gross = "gross_jobs||" + region + "|total|" + year;
                    String net = "net_jobs||" + region + "|total|" + year;
                    assertThat(rm.group(2)).as("gross, " + line).isEqualTo(cell(row(rows, gross, line)));
                    assertThat(rm.group(3)).as("net, " + line).isEqualTo(cell(row(rows, net, line)));
                    printed.add(gross);
                    printed.add(net);
                } else if (cm.matches()) {
                    Matcher c = classCell.matcher(cm.group(1));
                    int classes = 0;
                    while (c.find()) {
                        String key = "gross_jobs||" + region + "|" + c.group(1) + "|" + year;
                        assertThat(c.group(2)).as(c.group(1) + ", " + line).isEqualTo(cell(row(rows, key, line)));
                        printed.add(key);
                        classes++;
                    }
                    assertThat(classes).as(line).isEqualTo(3);
                } else if (dm.matches()) {
                    String[] keys = {"net_jobs||" + region + "|total|" + year, "gross_jobs||" + region + "|total|" + year,
                        "net_jobs||" + region + "|displaced|" + year, "net_jobs||" + region + "|manufacturing|" + year};
                    for (int i = 0; i < keys.length; i++) {
                        assertThat(dm.group(i + 1)).as(keys[i] + ", " + line).isEqualTo(show("persons", num(row(rows, keys[i], line), "mean")));
                        printed.add(keys[i]);
                    }
                }
                continue;
            }
            Matcher rm = simple.matcher(line);
            if (!rm.matches()) {
                continue;
            }
            assertThat(measure).as("a row before any section: %s", line).isNotNull();
            String key = measure + "|" + (rm.group(1).equals("Japan") ? "" : rm.group(1)) + "|||" + year;
            Map<String, String> r = row(rows, key, line);
            String u = r.get("unit");
            assertThat(List.of(rm.group(3), rm.group(4), rm.group(5))).as(line).containsExactly(
                    show(u, num(r, "mean")), show(u, num(r, "ci95_low")), show(u, num(r, "ci95_high")));
            // tonnages carry their commodity's unit on the row (t REO, t LCE, ...), as comparison.csv's unit column
            assertThat(rm.group(6)).as("unit on " + line).isEqualTo(measure.equals("import_reduction_t") ? u : null);
            printed.add(key);
        }
        List<Double> ratios = new ArrayList<>();
        int unchanged = 0;
        int negligible = 0;
        for (var e : rows.entrySet()) {
            Map<String, String> r = e.getValue();
            boolean same = num(r, "mean") == 0 && num(r, "ci95_low") == 0 && num(r, "ci95_high") == 0;
            if (same) {
                unchanged++;
                continue;
            }
            // the headline counts rows whose independent-seed CI is wider than the tolerance (not noise)
            if (!Double.isNaN(num(r, "paired_to_unpaired_width"))
                    && num(r, "unpaired_ci95_high") - num(r, "unpaired_ci95_low") > tolerance(r.get("unit"))) {
                ratios.add(num(r, "paired_to_unpaired_width"));
            }
            if (!r.get("ci95_low").isEmpty() && negligible(r)) {
                negligible++;
                if (r.get("measure").startsWith("import")) { // jobs lines show their classes, as 0 when noise
                    assertThat(printed).as("noise row not printed").doesNotContain(e.getKey());
                }
            } else if (r.get("region").isEmpty() && (years.isEmpty() || years.contains(r.get("year")))) {
                assertThat(printed).as("changed national row printed").contains(e.getKey());
            } else if (!years.isEmpty() && !years.contains(r.get("year")) && !r.get("ci95_low").isEmpty()) {
                assertThat(printed).as("row of a year not asked for").doesNotContain(e.getKey());
            }
        }
        assertThat(printed).as("rows printed").isNotEmpty();
        assertThat(out).contains(unchanged + " row(s) of comparison.csv have no difference in any replication");
        if (negligible > 0) {
            assertThat(out).contains(negligible + " more row(s) differ by less than the tolerance");
        }
        ratios.sort(null);
        double median = ratios.get(ratios.size() / 2);
        assertThat(out).contains(kozan.batch.Comparison.pairingLine(median, ratios.size()));
        assertThat(out).as("no scientific notation").doesNotContainPattern("\\de[-+]\\d");
    }

    @Test
    void compareOfTwoScenariosPrintsComparisonCsv() throws Exception {
        Path dir = tmp.resolve("cmp");
        RealRuns.Outcome o = RealRuns.kozan("compare", "--baseline", base.toString(), "--scenario",
                restriction.toString(), "--replications", "3", "--years", "2027,2028", "--threads", "2",
                "--out", dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("done: 6 runs, 0 failed");
        printedComparisonEqualsCsv(o.out(), dir.resolve("comparison.csv"), 3, Set.of());
        // the one row a reader looks for is there (its sign is the model's: buyers build precautionary stocks from the
        // other origins while China is restricted, docs/validation.md)
        assertThat(o.out()).containsPattern("(?m)^  rare_earths +-?[0-9,]+\\.\\d  \\[");
    }

    /** The regional revival changes jobs (the restriction does not in 2025-2029): gross and net per region. */
    @Test
    void compareWithJobsPrintsGrossAndNetOfComparisonCsv() throws Exception {
        Path revival = RealRuns.fiveYears("regional-revival.yaml", tmp.resolve("scenarios"));
        Path dir = tmp.resolve("cmp-revival");
        RealRuns.Outcome o = RealRuns.kozan("compare", "--baseline", base.toString(), "--scenario",
                revival.toString(), "--replications", "2", "--years", "2028,2029", "--threads", "2", "--regions",
                "--out", dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        printedComparisonEqualsCsv(o.out(), dir.resolve("comparison.csv"), 2, Set.of());
        assertThat(o.out()).containsPattern("(?m)^  Japan +-?[0-9,]+ \\[.+] +-?[0-9,]+ \\[.+]$")
                .containsPattern("(?m)^    net from gross +net ").containsPattern("(?m)^  per net job-year +");
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
        // the five-year runs have the target years 2025 and 2029 (RealRuns.fiveYears): only they are printed
        printedComparisonEqualsCsv(o.out(), dir.resolve("comparison.csv"), 3, Set.of("2025", "2029"));
        assertThat(o.out()).contains("printed: the target years [2025, 2029] of ")
                .doesNotContainPattern("(?m)^.+, 202[6-8] \\(");
        // --all-years: every year of the runs (the restriction starts in 2027, not a target year), the same comparison.csv
        Path all = tmp.resolve("cmp-folders-all");
        RealRuns.Outcome a = RealRuns.kozan("compare", baseRun.toString(), scenRun.toString(), "--all-years",
                "--out", all.toString());
        assertThat(a.code()).as(a.err()).isZero();
        printedComparisonEqualsCsv(a.out(), all.resolve("comparison.csv"), 3, Set.of());
        assertThat(a.out()).containsPattern("(?m)^Import reduction, 2027 \\(tonnes, in each commodity's unit\\)$")
                .containsPattern("(?m)^Import reduction, 2029 \\(tonnes, in each commodity's unit\\)$").doesNotContain("printed: the target years");
        assertThat(java.nio.file.Files.readString(all.resolve("comparison.csv")))
                .isEqualTo(java.nio.file.Files.readString(dir.resolve("comparison.csv")));
    }
}
