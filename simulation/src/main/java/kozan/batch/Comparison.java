package kozan.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import kozan.io.Csv;
import kozan.observe.Metrics;
import kozan.observe.Units;
import kozan.stats.Bounds;
import kozan.stats.PairedDifference;
import kozan.stats.ReplicationCount;
import org.apache.commons.csv.CSVPrinter;

/**
 * Scenario-versus-baseline comparison from paired replications (common random numbers): import reduction per
 * commodity in tonnes, yen and percentage points of import dependence (baseline minus scenario: positive means
 * fewer imports), and jobs (scenario minus baseline) in two senses that are never mixed up:
 * <ul>
 * <li><b>gross jobs</b> = the change in direct + indirect + induced jobs (the simulated mining economy), by class;
 * <li><b>net jobs</b> = the change in {@code employed}, all employment of the region, with its decomposition
 * net = gross - change in {@code jobs_displaced} + change in {@code jobs_manufacturing} (docs/outputs.md).
 * </ul>
 * Each with a paired 95% CI and, for contrast, the Welch CI the same runs would give if their seeds were
 * independent. Also the change in fiscal cost and the fiscal cost per gross and per net job-year over the compared
 * years. Fed one replication at a time; holds only running statistics.
 */
public final class Comparison {

    /** Metrics a comparison needs from every run. */
    public static final List<String> METRICS = List.of(Metrics.IMPORTS_T, Metrics.IMPORTS_YEN, Metrics.IMPORT_DEPENDENCE,
            Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED, Metrics.JOBS_MANUFACTURING,
            Metrics.EMPLOYED, Metrics.JOBS_DISPLACED, Metrics.FISCAL_COST_YEN);
    /** Classes of gross jobs: the simulated mining economy. */
    static final List<String> GROSS_CLASSES = List.of("direct", "indirect", "induced");
    public static final List<String> COLUMNS = List.of("measure", "commodity", "region", "class", "year", "unit", "n",
            "mean", "ci95_low", "ci95_high", "unpaired_ci95_low", "unpaired_ci95_high", "paired_to_unpaired_width");

    static final String DEPENDENCE_PP = "import_dependence_reduction_pp";
    static final String GROSS = "gross_jobs";
    static final String NET = "net_jobs";
    static final String FISCAL = "fiscal_cost_increase_yen";
    static final String PER_GROSS = "fiscal_cost_per_gross_job_year";
    static final String PER_NET = "fiscal_cost_per_net_job_year";

    /**
     * One output row's identity. region "" = national; class "" for import and fiscal measures; for gross_jobs
     * "direct", "indirect", "induced" and "total" (their sum); for net_jobs "total" (the change in employed),
     * "displaced" (change in jobs_displaced) and "manufacturing" (change in jobs_manufacturing).
     */
    record Key(String measure, String commodity, String region, String cls, int year) {
        static final List<String> MEASURES = List.of("import_reduction_t", "import_reduction_yen",
                "import_dependence_reduction_pp", GROSS, NET, FISCAL, PER_GROSS, PER_NET);
        static final Comparator<Key> ORDER = Comparator.comparingInt((Key k) -> MEASURES.indexOf(k.measure()))
                .thenComparingInt(Key::year)
                .thenComparing(Key::commodity).thenComparing(Key::region)
                .thenComparing(k -> k.cls().equals("total") ? "~" : k.cls());
    }

    private final TreeMap<Key, PairedDifference> stats = new TreeMap<>(Key.ORDER);
    private int pairs;
    private Map<String, String> commodityUnits = Map.of();

    /** Commodity id -> unit ({@link Units#commodityUnits}) for the unit column of import_reduction_t ("t" when unknown). */
    public Comparison commodityUnits(Map<String, String> units) {
        this.commodityUnits = Map.copyOf(units);
        return this;
    }

    /** The unit column of a row: a tonnage in its commodity's unit, else {@link #unit(String)}. */
    String unit(Key k) {
        return k.measure().equals("import_reduction_t")
                ? commodityUnits.getOrDefault(k.commodity(), Units.DEFAULT_COMMODITY_UNIT) : unit(k.measure());
    }

    /** Adds replication k of the baseline and of the scenario (same master seed). */
    public void add(SortedMap<MetricKey, Double> baseline, SortedMap<MetricKey, Double> scenario) {
        pairs++;
        Map<Key, Double> b = measures(baseline);
        Map<Key, Double> s = measures(scenario);
        for (var e : s.entrySet()) {
            Double base = b.get(e.getKey());
            if (base == null) {
                continue;
            }
            stats.computeIfAbsent(e.getKey(), k -> new PairedDifference(k.measure().startsWith("import")
                    ? PairedDifference.Direction.BASELINE_MINUS_SCENARIO
                    : PairedDifference.Direction.SCENARIO_MINUS_BASELINE)).add(base, e.getValue());
        }
    }

    public int pairs() {
        return pairs;
    }

    /** Successful replications of the baseline and of the scenario (-1: not told, taken as the pairs). */
    private int baselineRuns = -1;
    private int scenarioRuns = -1;

    /**
     * Records how many replications each side had, so {@link #replicationNotes} can say when the sets are unequal
     * (only the replications present in both are paired).
     */
    public Comparison replicationSets(int baselineRuns, int scenarioRuns) {
        this.baselineRuns = baselineRuns;
        this.scenarioRuns = scenarioRuns;
        return this;
    }

    /** The two sides' base seeds when they differ (results folders run apart), else null. */
    private String seedsDiffer;

    /**
     * Records the base seeds of the two sides (null: not known): when they differ, replication k of the two shares
     * no random numbers, so the printout does not call them common-random-number pairs and says why.
     */
    public Comparison baseSeeds(Long baseline, Long scenario) {
        seedsDiffer = baseline != null && scenario != null && !baseline.equals(scenario)
                ? baseline + " vs " + scenario : null;
        return this;
    }

    /**
     * Unequal replication sets, too few pairs for intervals ({@link ReplicationCount}), different base seeds; empty
     * when none.
     */
    public List<String> replicationNotes() {
        List<String> notes = new ArrayList<>(ReplicationCount.comparisonNotes(baselineRuns < 0 ? pairs : baselineRuns,
                scenarioRuns < 0 ? pairs : scenarioRuns, pairs));
        if (seedsDiffer != null) {
            notes.add("the two results used different base seeds (" + seedsDiffer + "): replications are not"
                    + " common-random-number pairs, so paired intervals are not meaningful");
        }
        return notes;
    }

    /**
     * Per-run measures: national import figures per commodity; gross jobs per class and region (summed over
     * detail) and their total; employed, jobs_displaced and jobs_manufacturing per region under net_jobs; the
     * national fiscal cost.
     */
    static Map<Key, Double> measures(SortedMap<MetricKey, Double> v) {
        Map<Key, Double> out = new TreeMap<>(Key.ORDER);
        TreeMap<Key, Double> detailTotals = new TreeMap<>(Key.ORDER);
        TreeMap<Key, Double> detailSums = new TreeMap<>(Key.ORDER);
        for (var e : v.entrySet()) {
            MetricKey k = e.getKey();
            double x = e.getValue();
            switch (k.metric()) {
                case Metrics.IMPORTS_T -> importRow(out, "import_reduction_t", k, x);
                case Metrics.IMPORTS_YEN -> importRow(out, "import_reduction_yen", k, x);
                case Metrics.IMPORT_DEPENDENCE -> importRow(out, "import_dependence_reduction_pp", k, 100 * x);
                case Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED -> {
                    if (k.detail().equals(Metrics.DETAIL_JSIC_C)) {
                        break; // a weighted subtotal of jobs_direct, not a part of it
                    }
                    Key key = new Key(GROSS, "", k.region(), k.metric().substring(5), k.year());
                    // A row with detail "" is the class total; otherwise the details (stages, kinds) add up.
                    (k.detail().isEmpty() ? detailTotals : detailSums).merge(key, x, Double::sum);
                }
                case Metrics.EMPLOYED -> out.put(new Key(NET, "", k.region(), "total", k.year()), x);
                case Metrics.JOBS_DISPLACED -> out.put(new Key(NET, "", k.region(), "displaced", k.year()), x);
                case Metrics.JOBS_MANUFACTURING -> out.put(new Key(NET, "", k.region(), "manufacturing", k.year()), x);
                case Metrics.FISCAL_COST_YEN -> {
                    if (k.region().isEmpty() && k.detail().isEmpty()) {
                        out.put(new Key(FISCAL, "", "", "", k.year()), x);
                    }
                }
                default -> {
                }
            }
        }
        detailSums.forEach(out::put);
        detailTotals.forEach(out::put);
        TreeMap<Key, Double> totals = new TreeMap<>(Key.ORDER);
        for (var e : out.entrySet()) {
            Key k = e.getKey();
            if (k.measure().equals(GROSS)) {
                totals.merge(new Key(GROSS, "", k.region(), "total", k.year()), e.getValue(), Double::sum);
            }
        }
        out.putAll(totals);
        return out;
    }

    private static void importRow(Map<Key, Double> out, String measure, MetricKey k, double x) {
        if (k.region().isEmpty() && k.detail().isEmpty()) {
            out.put(new Key(measure, k.commodity(), "", "", k.year()), x);
        }
    }

    static String unit(String measure) {
        return switch (measure) {
            case "import_reduction_t" -> "t";
            case "import_reduction_yen", FISCAL -> Units.MONEY;
            case "import_dependence_reduction_pp" -> "percentage points";
            case PER_GROSS, PER_NET -> Units.MONEY + " per job-year";
            default -> "persons";
        };
    }

    /**
     * Fiscal cost per job-year over the compared years: the sum over years of the mean change in fiscal_cost_yen
     * divided by the sum over years of the mean national gross or net jobs (persons, annual means, so one year of
     * them is that many job-years). Only years with both are counted.
     *
     * @param measure  {@link #PER_GROSS} or {@link #PER_NET}
     * @param fromYear first year counted
     * @param toYear   last year counted
     * @param years    number of years counted (the compared years, not necessarily every year in between)
     * @param yen      change in fiscal cost summed over the years, JPY
     * @param jobYears gross or net job-years summed over the years
     * @param n        pairs
     */
    record CostPerJobYear(String measure, int fromYear, int toYear, int years, double yen, double jobYears, int n) {
        /** JPY per job-year; NaN when the job-years are not positive (the spending bought no jobs of that kind). */
        double value() {
            return jobYears > 0 ? yen / jobYears : Double.NaN;
        }
    }

    /** The two cost-per-job-year figures, or none when the runs have no fiscal cost or jobs in common years. */
    List<CostPerJobYear> costPerJobYear() {
        List<CostPerJobYear> out = new ArrayList<>();
        for (String measure : List.of(PER_GROSS, PER_NET)) {
            Key jobs = new Key(measure.equals(PER_GROSS) ? GROSS : NET, "", "", "total", 0);
            double yen = 0;
            double jobYears = 0;
            int n = Integer.MAX_VALUE;
            TreeSet<Integer> years = new TreeSet<>();
            for (var e : stats.entrySet()) {
                Key k = e.getKey();
                if (!k.measure().equals(FISCAL)) {
                    continue;
                }
                PairedDifference j = stats.get(new Key(jobs.measure(), "", "", "total", k.year()));
                if (j == null) {
                    continue;
                }
                yen += e.getValue().mean();
                jobYears += j.mean();
                n = Math.min(n, Math.min(e.getValue().n(), j.n()));
                years.add(k.year());
            }
            if (!years.isEmpty()) {
                out.add(new CostPerJobYear(measure, years.first(), years.last(), years.size(), yen, jobYears, n));
            }
        }
        return out;
    }

    /** Writes comparison.csv ({@link #COLUMNS}). */
    public void writeCsv(Path file) throws IOException {
        try (CSVPrinter p = BatchOutputs.printer(file)) {
            p.printRecord(COLUMNS);
            for (var e : stats.entrySet()) {
                Key k = e.getKey();
                PairedDifference d = e.getValue();
                double half = d.halfWidth();
                double unpaired = d.unpairedHalfWidth();
                p.printRecord(k.measure(), k.commodity(), Csv.regionCell(k.region()), k.cls(), k.year(), unit(k), d.n(),
                        Fmt.num(d.mean()), Fmt.num(low(k.measure(), d.mean(), half)),
                        Fmt.num(high(k.measure(), d.mean(), half)),
                        Fmt.num(low(k.measure(), d.mean(), unpaired)), Fmt.num(high(k.measure(), d.mean(), unpaired)),
                        Fmt.num(unpaired > 0 ? half / unpaired : Double.NaN));
            }
            // A ratio of summed means: no interval (blank), and no value when the job-years are not positive.
            for (CostPerJobYear c : costPerJobYear()) {
                p.printRecord(c.measure(), "", Csv.NATIONAL, "", c.toYear(), unit(c.measure()), c.n(), Fmt.num(c.value()),
                        "", "", "", "", "");
            }
        }
    }

    /**
     * Prints the headline tables: import reduction per commodity; gross and net jobs side by side per year
     * (national, plus regions when {@code regions}) with the gross classes and the net decomposition; the change in
     * fiscal cost and the cost per gross and per net job-year; then how much narrower the paired intervals are
     * than unpaired ones. Only the years in {@code years} are printed (all years when it is empty); the numbers
     * follow {@link #show(String, double)}.
     */
    public void print(PrintWriter out, boolean regions, Set<Integer> years) {
        out.printf(Locale.ROOT, "Scenario minus baseline, %d paired replications (%s), mean [95%% CI]%n", pairs,
                seedsDiffer == null ? "common random numbers" : "different base seeds: not common random numbers");
        replicationNotes().forEach(n -> out.println("note: " + n));
        List<Double> ratios = new ArrayList<>();
        int unchanged = 0;
        int negligible = 0;
        for (var e : stats.entrySet()) {
            PairedDifference d = e.getValue();
            String measure = e.getKey().measure();
            if (unchangedEverywhere(d)) {
                unchanged++;
                continue;
            }
            if (negligible(measure, d)) {
                negligible++;
            }
            if (2 * d.unpairedHalfWidth() > tolerance(measure) && !Double.isNaN(d.halfWidth())) {
                ratios.add(d.halfWidth() / d.unpairedHalfWidth());
            }
        }
        this.years = years;
        printSimple(out, List.of("import_reduction_t", "import_reduction_yen", "import_dependence_reduction_pp"));
        printJobs(out, regions);
        printSimple(out, List.of(FISCAL));
        printCostPerJobYear(out);
        if (unchanged > 0) {
            out.printf(Locale.ROOT, "%n%d row(s) of comparison.csv have no difference in any replication; import rows"
                    + " and regions without any are not shown.%n", unchanged);
        }
        if (negligible > 0) {
            out.printf(Locale.ROOT, "%d more row(s) differ by less than the tolerance in mean and both CI limits"
                    + " (numerical noise; comparison.csv has them in full); import rows among them are not shown.%n",
                    negligible);
        }
        if (!ratios.isEmpty()) {
            ratios.sort(null);
            double median = ratios.get(ratios.size() / 2);
            out.printf(Locale.ROOT, "%n%s%n", pairingLine(median, ratios.size()));
        }
        out.flush();
    }

    /** Years {@link #print} shows; empty = all. */
    private Set<Integer> years = Set.of();

    /** Rows the scenario leaves unchanged in every replication say nothing about pairing. */
    private static boolean unchangedEverywhere(PairedDifference d) {
        return d == null || d.mean() == 0 && !(d.sd() > 0);
    }

    /** A row whose mean and both CI limits are within the tolerance: it prints as 0 [0, 0]. */
    private static boolean negligible(String measure, PairedDifference d) {
        double tol = tolerance(measure);
        return Math.abs(d.mean()) <= tol && Math.abs(low(measure, d.mean(), d.halfWidth())) <= tol
                && Math.abs(high(measure, d.mean(), d.halfWidth())) <= tol;
    }

    private boolean shown(int year) {
        return years.isEmpty() || years.contains(year);
    }

    /** One section per measure and year, one line per commodity (imports) or for Japan (fiscal cost). */
    private void printSimple(PrintWriter out, List<String> measures) {
        int year = Integer.MIN_VALUE;
        String measure = "";
        for (var e : stats.entrySet()) {
            Key k = e.getKey();
            PairedDifference d = e.getValue();
            if (!measures.contains(k.measure()) || unchangedEverywhere(d) || negligible(k.measure(), d)
                    || !shown(k.year())) {
                continue;
            }
            if (!k.measure().equals(measure) || k.year() != year) {
                measure = k.measure();
                year = k.year();
                out.printf(Locale.ROOT, "%n%s, %d (%s)%n", title(measure), year,
                        measure.equals("import_reduction_t") ? "tonnes, in each commodity's unit" : shownUnit(measure));
            }
            String label = k.commodity().isEmpty() ? "Japan" : k.commodity();
            // tonnes are each commodity's own (t REO, t LCE, ...): the unit goes on the row, not the header
            String rowUnit = measure.equals("import_reduction_t") ? "  " + unit(k) : "";
            out.printf(Locale.ROOT, "  %-32s %14s  [%s, %s]%s%n", label, show(measure, d.mean()),
                    show(measure, low(measure, d.mean(), d.halfWidth())),
                    show(measure, high(measure, d.mean(), d.halfWidth())), rowUnit);
        }
    }

    /**
     * Per year: one line per region with gross and net jobs side by side, the gross classes under it and the
     * decomposition net = gross - change in displaced + change in manufacturing (and what is left, if anything:
     * a change in the rest of the economy's normal employment R*, which is exogenous, so 0 in paired runs).
     */
    private void printJobs(PrintWriter out, boolean regions) {
        TreeMap<Integer, TreeSet<String>> regionsByYear = new TreeMap<>();
        for (Key k : stats.keySet()) {
            if ((k.measure().equals(GROSS) || k.measure().equals(NET)) && (regions || k.region().isEmpty())
                    && shown(k.year())) {
                regionsByYear.computeIfAbsent(k.year(), y -> new TreeSet<>()).add(k.region());
            }
        }
        for (var y : regionsByYear.entrySet()) {
            int year = y.getKey();
            boolean header = false;
            for (String region : y.getValue()) {
                PairedDifference gross = stats.get(new Key(GROSS, "", region, "total", year));
                PairedDifference net = stats.get(new Key(NET, "", region, "total", year));
                if ((unchangedEverywhere(gross) || negligible(GROSS, gross))
                        && (unchangedEverywhere(net) || negligible(NET, net))) {
                    continue;
                }
                if (!header) {
                    out.printf(Locale.ROOT, "%nJobs, %d (persons): gross = change in direct + indirect + induced jobs;"
                            + " net = change in employed%n", year);
                    out.printf(Locale.ROOT, "  %-20s %-44s %s%n", "", "gross jobs", "net jobs");
                    header = true;
                }
                out.printf(Locale.ROOT, "  %-20s %-44s %s%n", region.isEmpty() ? "Japan" : region, cell(GROSS, gross),
                        cell(NET, net));
                List<String> classes = new ArrayList<>();
                for (String cls : GROSS_CLASSES) {
                    PairedDifference d = stats.get(new Key(GROSS, "", region, cls, year));
                    if (d != null) {
                        classes.add(cls + " " + cell(GROSS, d));
                    }
                }
                if (!classes.isEmpty()) {
                    out.printf(Locale.ROOT, "    %-18s %s%n", "gross by class", String.join("; ", classes));
                }
                PairedDifference displaced = stats.get(new Key(NET, "", region, "displaced", year));
                PairedDifference manufacturing = stats.get(new Key(NET, "", region, "manufacturing", year));
                if (gross != null && net != null && (displaced == null || manufacturing == null)) {
                    out.printf(Locale.ROOT, "    %-18s needs jobs_displaced and jobs_manufacturing, which these results"
                            + " lack (written before 2026-12?)%n", "net from gross");
                }
                if (gross != null && net != null && displaced != null && manufacturing != null) {
                    double rest = net.mean() - (gross.mean() - displaced.mean() + manufacturing.mean());
                    out.printf(Locale.ROOT, "    %-18s net %s = gross %s - displaced %s + manufacturing %s%s%n",
                            "net from gross", show(NET, net.mean()), show(GROSS, gross.mean()),
                            show(NET, displaced.mean()), show(NET, manufacturing.mean()),
                            Math.abs(rest) > tolerance(NET)
                                    ? " + change in normal rest-of-economy employment " + show(NET, rest) : "");
                }
            }
        }
    }

    private void printCostPerJobYear(PrintWriter out) {
        List<CostPerJobYear> costs = costPerJobYear();
        if (costs.isEmpty()) {
            return;
        }
        CostPerJobYear first = costs.get(0);
        // "2025-2059" only when every year in between is counted (--years can pick a few)
        String span = first.years() == first.toYear() - first.fromYear() + 1
                ? first.fromYear() + "-" + first.toYear()
                : first.years() + " years of " + first.fromYear() + "-" + first.toYear();
        out.printf(Locale.ROOT, "%nFiscal cost per job-year, %s (%s): change in fiscal_cost_yen"
                + " / change in jobs, both summed over the %d compared year(s)%n", span, shownUnit(PER_GROSS),
                first.years());
        for (CostPerJobYear c : costs) {
            String kind = c.measure().equals(PER_GROSS) ? "gross" : "net";
            String value = c.jobYears() > 0 ? show(c.measure(), c.value())
                    : "n/a: " + kind + " job-years " + show(NET, c.jobYears()) + " are not positive; the change in"
                            + " fiscal cost (" + show(FISCAL, c.yen()) + " " + shownUnit(FISCAL) + ") bought no "
                            + kind + " jobs";
            out.printf(Locale.ROOT, "  %-32s %14s%n", "per " + kind + " job-year", value);
        }
    }

    /**
     * Lower limit of a paired difference's 95% interval, mean - half width, kept inside what the difference can be:
     * a change in import dependence (percentage points) lies in [-100, 100], since both shares lie in [0, 1]; the
     * t interval of a few replications can reach past that (docs/outputs.md; the rule is
     * {@link Bounds#differenceCi95}). Other measures are unbounded.
     */
    static double low(String measure, double mean, double half) {
        return range(measure).differenceCi95(mean, half, 100)[0];
    }

    /** Upper limit, mean + half width, kept inside [-100, 100] for a change in import dependence ({@link #low}). */
    static double high(String measure, double mean, double half) {
        return range(measure).differenceCi95(mean, half, 100)[1];
    }

    /** The range of the values whose difference a measure is: import dependence is a share, the rest unbounded. */
    private static Bounds range(String measure) {
        return measure.equals(DEPENDENCE_PP) ? Bounds.SHARE : Bounds.UNBOUNDED;
    }

    private static String cell(String measure, PairedDifference d) {
        if (d == null) {
            return "n/a";
        }
        return show(measure, d.mean()) + " [" + show(measure, low(measure, d.mean(), d.halfWidth())) + ", "
                + show(measure, high(measure, d.mean(), d.halfWidth())) + "]";
    }

    private static String title(String measure) {
        return switch (measure) {
            case "import_reduction_t" -> "Import reduction";
            case "import_reduction_yen" -> "Import bill reduction";
            case "import_dependence_reduction_pp" -> "Import dependence reduction";
            default -> "Fiscal cost increase";
        };
    }

    /**
     * The printed form of a value of {@code measure}: one fixed format per unit, with thousands separators:
     * tonnes with 1 decimal, persons whole, yen in JPY million with 1 decimal, percentage points with 2 decimals.
     * A value within {@link #tolerance} (half the last digit shown, so it would round to 0) prints as "0": float
     * noise such as -2.3e-13 t is not a result. NaN prints "n/a".
     */
    static String show(String measure, double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) <= tolerance(measure)) {
            return "0";
        }
        return String.format(Locale.ROOT, "%,." + decimals(measure) + "f", v / scale(measure));
    }

    /** The unit as printed: yen in millions of constant 2025 yen. */
    static String shownUnit(String measure) {
        return scale(measure) == 1e6 ? unit(measure).replace(Units.MONEY, "JPY million (2025)") : unit(measure);
    }

    /**
     * Below this absolute value (in the unit of comparison.csv) a printed difference is 0: half the last digit
     * shown, i.e. 0.05 t, 0.5 persons, JPY 50,000, 0.005 percentage points.
     */
    static double tolerance(String measure) {
        return 0.5 * scale(measure) * Math.pow(10, -decimals(measure));
    }

    private static int decimals(String measure) {
        return switch (unit(measure)) {
            case "persons" -> 0;
            case "percentage points" -> 2;
            default -> 1;
        };
    }

    private static double scale(String measure) {
        return unit(measure).startsWith("JPY") ? 1e6 : 1;
    }

    /**
     * What pairing bought, from the median ratio of paired to independent-seed CI widths over {@code rows} rows:
     * "N% narrower", "N% wider" or "as wide" (a rounded 0 is never printed as "-0%").
     */
    public static String pairingLine(double medianWidthRatio, int rows) {
        long percent = Math.round(100 * (1 - medianWidthRatio));
        String how = percent > 0 ? percent + "% narrower than" : percent < 0 ? -percent + "% wider than" : "as wide as";
        return String.format(Locale.ROOT, "Paired CIs are %s CIs from independent seeds would be (median width ratio"
                + " %.2f over the %d rows whose independent-seed CI is wider than the tolerance).", how,
                medianWidthRatio, rows);
    }
}
