package kozan.chart.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kozan.cli.RealRuns;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.stats.Bounds;
import kozan.scenario.ScenarioLoader;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of report.html are the numbers of the results files. The baseline and the rare-earth export
 * restriction, cut to 2025-2029, 3 replications each, run through {@code kozan run} with the real model; then
 * {@code kozan report --baseline} and {@code kozan compare} on the two folders. Every cell of the key-year tables
 * and every headline card is parsed and compared with the value the report's rule makes of the file's number
 * ({@link Html#num}, {@link Html#pct}; "mean [low–high]" in tables, "mean unit (95% CI low to high)" on cards):
 * <ul>
 * <li>one metric's rows (jobs by class, import dependence) with summary.csv's mean, ci95_low and ci95_high;</li>
 * <li>sums the report makes (total jobs, jobs per region, import value, job-years), which summary.csv does not
 * hold, with their mean as the sum of summary.csv means and their interval recomputed from annual.csv
 * (per-replication sums, mean +/- t(0.975, n-1) sd / sqrt n, commons-math3);</li>
 * <li>the comparison cards with comparison.csv.</li>
 * </ul>
 */
class ReportNumbersMatchCsvTest {

    static final int[] YEARS = {2025, 2029};

    @TempDir
    static Path tmp;

    static Path baseRun;
    static Path scenRun;
    static Path comparison;
    static String html;
    static Scenario scenario;
    static Map<String, Map<String, String>> summary;
    static List<Map<String, String>> annual;

    @BeforeAll
    static void runAndReport() throws Exception {
        Path dir = tmp.resolve("scenarios");
        Path base = RealRuns.fiveYears("baseline.yaml", dir);
        Path restriction = RealRuns.fiveYears("rare-earth-export-restriction.yaml", dir);
        baseRun = tmp.resolve("base");
        scenRun = tmp.resolve("restricted");
        for (String[] args : List.of(
                new String[] {"run", base.toString(), "--out", baseRun.toString(), "--replications", "3", "--no-charts", "--threads", "2"},
                new String[] {"run", restriction.toString(), "--out", scenRun.toString(), "--replications", "3", "--no-charts", "--threads", "2"},
                new String[] {"report", scenRun.toString(), "--baseline", baseRun.toString()},
                new String[] {"compare", baseRun.toString(), scenRun.toString(), "--out", tmp.resolve("cmp").toString()})) {
            RealRuns.Outcome o = RealRuns.kozan(args);
            assertThat(o.code()).as("%s: %s", args[0], o.err()).isZero();
        }
        comparison = tmp.resolve("cmp/comparison.csv");
        html = Files.readString(scenRun.resolve("report.html"), StandardCharsets.UTF_8);
        scenario = ScenarioLoader.load(restriction);
        summary = RealRuns.csv(scenRun.resolve("summary.csv"), "metric", "commodity", "region", "detail", "year");
        annual = new ArrayList<>(RealRuns.csv(scenRun.resolve("annual.csv"), "replication", "year", "metric",
                "commodity", "region", "detail").values());
    }

    @Test
    void everySummaryIntervalOfARealRunStaysInsideItsMetricsRange() throws Exception {
        int shares = 0;
        for (Path run : List.of(baseRun, scenRun)) {
            for (Map<String, String> r : RealRuns.csv(run.resolve("summary.csv"), "metric", "commodity", "region",
                    "detail", "year").values()) {
                if (r.get("ci95_low").isEmpty()) {
                    continue;
                }
                Bounds b = Metrics.bounds(r.get("metric"));
                shares += b == Bounds.SHARE ? 1 : 0;
                double low = Double.parseDouble(r.get("ci95_low"));
                double high = Double.parseDouble(r.get("ci95_high"));
                assertThat(b.contains(low) && b.contains(high)).as("%s %s: [%s, %s]", run.getFileName(), r, low, high)
                        .isTrue();
                assertThat(low).as("%s", r).isLessThanOrEqualTo(Double.parseDouble(r.get("mean")));
                assertThat(high).as("%s", r).isGreaterThanOrEqualTo(Double.parseDouble(r.get("mean")));
            }
        }
        assertThat(shares).as("share rows with an interval").isPositive();
    }

    // ---- the report's display rule, applied to file values ----

    private static String fmt(double v, boolean share) {
        return share ? Html.pct(v) : Html.num(v);
    }

    /** A table cell: "mean [low–high]". */
    private static String cell(double mean, double low, double high, boolean share) {
        return fmt(mean, share) + " [" + fmt(low, share) + "–" + fmt(high, share) + "]";
    }

    /** A card: "mean unit (95% CI low to high)"; shares without unit. */
    private static String card(double mean, double low, double high, String unit) {
        boolean share = unit.isEmpty();
        return fmt(mean, share) + (share ? "" : " " + unit) + " (95% CI " + fmt(low, share) + " to " + fmt(high, share) + ")";
    }

    private static double[] summaryRow(String metric, String commodity, String region, int year) {
        Map<String, String> r = summary.get(metric + "|" + commodity + "|" + region + "||" + year);
        assertThat(r).as("summary.csv %s %s %s %d", metric, commodity, region, year).isNotNull();
        return new double[] {Double.parseDouble(r.get("mean")), Double.parseDouble(r.get("ci95_low")),
                Double.parseDouble(r.get("ci95_high"))};
    }

    /**
     * Per-replication sum of annual.csv values selected by metric (any of), commodity, region (""= national) and
     * detail "" over the given years, then {mean, low, high} with the t interval on the log scale (jobs and import
     * values cannot be negative): [mean / f, mean * f], f = exp(half / mean).
     */
    private static double[] annualSum(List<String> metrics, String commodity, String region, List<Integer> years, double scale) {
        Map<String, Double> perReplication = new LinkedHashMap<>();
        for (Map<String, String> r : annual) {
            if (metrics.contains(r.get("metric")) && (commodity == null || r.get("commodity").equals(commodity))
                    && r.get("region").equals(region) && r.get("detail").isEmpty()
                    && years.contains(Integer.parseInt(r.get("year")))) {
                perReplication.merge(r.get("replication"), Double.parseDouble(r.get("value")) * scale, Double::sum);
            }
        }
        assertThat(perReplication).as("annual.csv rows for %s %s", metrics, region).hasSize(3);
        SummaryStatistics s = new SummaryStatistics();
        perReplication.values().forEach(s::addValue);
        double half = new TDistribution(s.getN() - 1).inverseCumulativeProbability(0.975) * s.getStandardDeviation()
                / Math.sqrt(s.getN());
        double f = Math.exp(half / s.getMean());
        return new double[] {s.getMean(), s.getMean() / f, s.getMean() * f};
    }

    // ---- parsing report.html ----

    /** The cells of the row named {@code name} in the table whose caption starts with {@code caption}. */
    private static List<String> tableRow(String caption, String name) {
        int start = html.indexOf("<caption>" + Html.esc(caption));
        assertThat(start).as("table %s", caption).isNotNegative();
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher m = Pattern.compile("<tr><td>" + Pattern.quote(Html.esc(name)) + "</td>(.*?)</tr>").matcher(table);
        assertThat(m.find()).as("row %s in %s", name, caption).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher c = Pattern.compile("<td class=\"num\">(.*?)</td>").matcher(m.group(1));
        while (c.find()) {
            cells.add(c.group(1));
        }
        assertThat(cells).as("one cell per target year").hasSize(YEARS.length);
        return cells;
    }

    private static String cardValue(String title) {
        Matcher m = Pattern.compile("<div class=\"card-title\">" + Pattern.quote(Html.esc(title))
                + "</div><div class=\"card-value\">(.*?)</div>").matcher(html);
        assertThat(m.find()).as("card %s", title).isTrue();
        return m.group(1);
    }

    // ---- the checks ----

    @Test
    void jobsByClassRowsEqualSummaryCsv() {
        String[] metrics = {"jobs_direct", "jobs_indirect", "jobs_induced"};
        String[] names = {"Direct", "Indirect", "Induced"};
        for (int c = 0; c < metrics.length; c++) {
            List<String> row = tableRow("Jobs by class, Japan", names[c]);
            for (int i = 0; i < YEARS.length; i++) {
                double[] s = summaryRow(metrics[c], "", "", YEARS[i]);
                assertThat(row.get(i)).as("%s %d", names[c], YEARS[i]).isEqualTo(cell(s[0], s[1], s[2], false));
            }
        }
    }

    @Test
    void totalJobsRowAndCardEqualTheSumOfTheClasses() {
        List<String> classes = List.of("jobs_direct", "jobs_indirect", "jobs_induced");
        List<String> row = tableRow("Jobs by class, Japan", "Total");
        for (int i = 0; i < YEARS.length; i++) {
            int y = YEARS[i];
            double means = summaryRow("jobs_direct", "", "", y)[0] + summaryRow("jobs_indirect", "", "", y)[0]
                    + summaryRow("jobs_induced", "", "", y)[0];
            double[] a = annualSum(classes, "", "", List.of(y), 1);
            assertThat(a[0]).as("annual.csv and summary.csv agree on the mean").isCloseTo(means, within(1e-6 * means));
            assertThat(row.get(i)).as("Total %d", y).isEqualTo(cell(means, a[1], a[2], false));
        }
        double[] last = annualSum(classes, "", "", List.of(2029), 1);
        assertThat(cardValue("Jobs from mining in 2029")).isEqualTo(card(last[0], last[1], last[2], "persons"));
        double[] jobYears = annualSum(classes, "", "", List.of(2025, 2026, 2027, 2028, 2029), 1);
        assertThat(cardValue("Job-years 2025–2029")).isEqualTo(card(jobYears[0], jobYears[1], jobYears[2], "person-years"));
    }

    @Test
    void jobsByRegionRowsEqualTheRegionsClassSums() {
        List<String> classes = List.of("jobs_direct", "jobs_indirect", "jobs_induced");
        int checked = 0;
        for (RegionSpec r : scenario.regions()) {
            List<String> row = tableRow("Jobs by region, all classes", kozan.chart.PlaceNames.region(r.id(), r.name()));
            for (int i = 0; i < YEARS.length; i++) {
                double[] a = annualSum(classes, "", r.id(), List.of(YEARS[i]), 1);
                double means = 0;
                for (String m : classes) {
                    means += summaryRow(m, "", r.id(), YEARS[i])[0];
                }
                assertThat(a[0]).isCloseTo(means, within(1e-6 * Math.max(1, means)));
                assertThat(row.get(i)).as("%s %d", r.name(), YEARS[i]).isEqualTo(cell(means, a[1], a[2], false));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(9 * YEARS.length);
    }

    @Test
    void importDependenceRowsAndCardsEqualSummaryCsv() {
        int cards = 0;
        for (CommoditySpec c : scenario.commodities()) {
            List<String> row = tableRow("Import dependence (share", c.name());
            for (int i = 0; i < YEARS.length; i++) {
                double[] s = summaryRow("import_dependence", c.id(), "", YEARS[i]);
                assertThat(row.get(i)).as("%s %d", c.id(), YEARS[i]).isEqualTo(cell(s[0], s[1], s[2], true));
            }
            if (c.critical()) {
                double[] s = summaryRow("import_dependence", c.id(), "", 2029);
                assertThat(cardValue("Import dependence of " + c.name() + " in 2029")).isEqualTo(card(s[0], s[1], s[2], ""));
                cards++;
            }
        }
        assertThat(cards).as("critical commodities in the baseline").isEqualTo(5);
        // gold and limestone are partly mined at home: rows that are not 100.0% are among those matched
        assertThat(tableRow("Import dependence (share", "Gold").get(0)).startsWith("87.");
    }

    @Test
    void importValueRowIsTheSumOverCommoditiesInJpyBillion() {
        List<String> row = tableRow("Value of imports, all commodities", "Imports");
        for (int i = 0; i < YEARS.length; i++) {
            double means = 0;
            for (CommoditySpec c : scenario.commodities()) {
                means += summaryRow("imports_yen", c.id(), "", YEARS[i])[0] / 1e9;
            }
            double[] a = annualSum(List.of("imports_yen"), null, "", List.of(YEARS[i]), 1e-9);
            assertThat(a[0]).isCloseTo(means, within(1e-6 * means));
            assertThat(row.get(i)).as("imports %d", YEARS[i]).isEqualTo(cell(means, a[1], a[2], false));
        }
    }

    /**
     * Against the baseline: the import-dependence reduction cards are comparison.csv's rows; "Imports avoided" is
     * its import bill reduction summed over commodities in JPY billion (the restriction changes rare earths
     * only, so the interval is that row's); "Gross jobs" is direct + indirect + induced (the report's jobs), which
     * the restriction leaves unchanged; "Net jobs" is the change in employed, net_jobs total, with the
     * decomposition; the fiscal cost per gross and per net job-year are comparison.csv's.
     */
    @Test
    void comparisonCardsEqualComparisonCsv() throws Exception {
        Map<String, Map<String, String>> rows = RealRuns.csv(comparison, "measure", "commodity", "region", "class", "year");
        for (CommoditySpec c : scenario.commodities()) {
            if (c.critical()) {
                Map<String, String> r = rows.get("import_dependence_reduction_pp|" + c.id() + "|||2029");
                assertThat(cardValue("Import dependence reduction, " + c.name() + ", 2029")).isEqualTo(card(
                        Double.parseDouble(r.get("mean")), Double.parseDouble(r.get("ci95_low")),
                        Double.parseDouble(r.get("ci95_high")), "percentage points"));
            }
        }
        List<Map<String, String>> changed = new ArrayList<>();
        for (CommoditySpec c : scenario.commodities()) {
            Map<String, String> r = rows.get("import_reduction_yen|" + c.id() + "|||2029");
            if (!(r.get("mean").equals("0") && r.get("ci95_low").equals("0") && r.get("ci95_high").equals("0"))) {
                changed.add(r);
            }
        }
        // the restriction (of both rare-earth commodities) moves their imports most; a rare-earth shortfall also cuts
        // output (Leontief on the residual) and with it the use of every other input, so other commodities move a
        // little too
        assertThat(changed).extracting(r -> r.get("commodity")).contains("rare_earths", "heavy_rare_earths");
        Map<String, String> largest = changed.stream().max(java.util.Comparator.comparingDouble(
                r -> Math.abs(Double.parseDouble(r.get("mean"))))).orElseThrow();
        assertThat(largest.get("commodity")).isIn("rare_earths", "heavy_rare_earths");
        // the card is the change in the whole import bill: its mean is the sum of the commodities' mean changes
        // (paired differences: the mean of sums is the sum of means); comparison.csv has no all-commodity row, so
        // its interval is not checked here
        double total = changed.stream().mapToDouble(r -> Double.parseDouble(r.get("mean"))).sum();
        assertThat(cardValue("Imports avoided in 2029")).startsWith(fmt(total / 1e9, false) + " JPY billion (95% CI ");
        // no mine is a lever of the restriction, but the world market's price moves with it, and mines answer the
        // price: the gross jobs card is comparison.csv's total row, whatever its size
        Map<String, String> gross = rows.get("gross_jobs|||total|2029");
        assertThat(cardValue("Gross jobs in 2029")).isEqualTo(card(Double.parseDouble(gross.get("mean")),
                Double.parseDouble(gross.get("ci95_low")), Double.parseDouble(gross.get("ci95_high")), "persons"));
        // net jobs = comparison.csv's net_jobs total (the change in employed), with its decomposition in the card's
        // subtitle; the card is not the gross card
        Map<String, String> net = rows.get("net_jobs|||total|2029");
        assertThat(cardValue("Net jobs in 2029")).isEqualTo(card(Double.parseDouble(net.get("mean")),
                Double.parseDouble(net.get("ci95_low")), Double.parseDouble(net.get("ci95_high")), "persons"));
        assertThat(cardSub("Net jobs in 2029")).startsWith("change in employed = gross - change in displaced ("
                + Html.num(Double.parseDouble(rows.get("net_jobs|||displaced|2029").get("mean")))
                + ") + change in manufacturing ("
                + Html.num(Double.parseDouble(rows.get("net_jobs|||manufacturing|2029").get("mean"))) + "), vs ");
        // fiscal cost per job-year over the run: comparison.csv (all years of the two folders) has the same ratio
        int notApplicable = 0;
        for (String kind : List.of("gross", "net")) {
            Map<String, String> r = rows.get("fiscal_cost_per_" + kind + "_job_year||||2029");
            assertThat(r).as(kind).isNotNull();
            String value = cardValue("Fiscal cost per " + kind + " job-year 2025–2029");
            if (r.get("mean").isEmpty()) {
                assertThat(value).startsWith("n/a: " + kind + " job-years ").contains(" are not positive");
                notApplicable++;
            } else {
                assertThat(value).isEqualTo(Html.num(Double.parseDouble(r.get("mean"))) + " JPY");
            }
        }
        // the restriction costs manufacturing output and with it jobs, so at least one kind of job-year is not
        // positive and its card says why instead of dividing (the n/a branch is exercised on real runs)
        assertThat(notApplicable).as("cards without a cost per job-year").isPositive();
    }

    private static String cardSub(String title) {
        Matcher m = Pattern.compile("<div class=\"card-title\">" + Pattern.quote(Html.esc(title))
                + "</div><div class=\"card-value\">.*?</div><div class=\"card-sub\">(.*?)</div>").matcher(html);
        assertThat(m.find()).as("card %s", title).isTrue();
        return m.group(1);
    }
}
