package kozan.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kozan.observe.Metrics;
import kozan.stats.PairedDifference;
import org.apache.commons.csv.CSVPrinter;

/**
 * Scenario-versus-baseline comparison from paired replications (common random numbers): import reduction per
 * commodity in tonnes, yen and percentage points of import dependence (baseline minus scenario: positive means
 * fewer imports) and net jobs by class and region (scenario minus baseline), each with a paired 95% CI and,
 * for contrast, the Welch CI the same runs would give if their seeds were independent.
 * Fed one replication at a time; holds only running statistics.
 */
public final class Comparison {

    /** Metrics a comparison needs from every run. */
    public static final List<String> METRICS = List.of(Metrics.IMPORTS_T, Metrics.IMPORTS_YEN, Metrics.IMPORT_DEPENDENCE,
            Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED, Metrics.JOBS_MANUFACTURING);
    static final List<String> JOB_CLASSES = List.of("direct", "indirect", "induced", "manufacturing");
    public static final List<String> COLUMNS = List.of("measure", "commodity", "region", "class", "year", "unit", "n",
            "mean", "ci95_low", "ci95_high", "unpaired_ci95_low", "unpaired_ci95_high", "paired_to_unpaired_width");

    /** One output row's identity. region "" = national; class "" for import measures, "total" = all classes. */
    record Key(String measure, String commodity, String region, String cls, int year) {
        static final List<String> MEASURES = List.of("import_reduction_t", "import_reduction_yen",
                "import_dependence_reduction_pp", "net_jobs");
        static final Comparator<Key> ORDER = Comparator.comparingInt((Key k) -> MEASURES.indexOf(k.measure()))
                .thenComparingInt(Key::year)
                .thenComparing(Key::commodity).thenComparing(Key::region)
                .thenComparing(k -> k.cls().equals("total") ? "~" : k.cls());
    }

    private final TreeMap<Key, PairedDifference> stats = new TreeMap<>(Key.ORDER);
    private int pairs;

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
            // Import measures: baseline minus scenario (a reduction is positive); jobs: scenario minus baseline.
            stats.computeIfAbsent(e.getKey(), k -> new PairedDifference(k.measure().equals("net_jobs")
                    ? PairedDifference.Direction.SCENARIO_MINUS_BASELINE
                    : PairedDifference.Direction.BASELINE_MINUS_SCENARIO)).add(base, e.getValue());
        }
    }

    public int pairs() {
        return pairs;
    }

    /** Per-run measures: national import figures per commodity, jobs per class and region (summed over detail). */
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
                case Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED, Metrics.JOBS_MANUFACTURING -> {
                    if (k.detail().equals(Metrics.DETAIL_JSIC_C)) {
                        break; // a weighted subtotal of jobs_direct, not a part of it
                    }
                    Key key = new Key("net_jobs", "", k.region(), k.metric().substring(5), k.year());
                    // A row with detail "" is the class total; otherwise the details (stages, kinds) add up.
                    (k.detail().isEmpty() ? detailTotals : detailSums).merge(key, x, Double::sum);
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
            if (k.measure().equals("net_jobs")) {
                totals.merge(new Key("net_jobs", "", k.region(), "total", k.year()), e.getValue(), Double::sum);
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
            case "import_reduction_yen" -> "JPY";
            case "import_dependence_reduction_pp" -> "percentage points";
            default -> "persons";
        };
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
                p.printRecord(k.measure(), k.commodity(), k.region(), k.cls(), k.year(), unit(k.measure()), d.n(),
                        Fmt.num(d.mean()), Fmt.num(d.mean() - half), Fmt.num(d.mean() + half),
                        Fmt.num(d.mean() - unpaired), Fmt.num(d.mean() + unpaired),
                        Fmt.num(unpaired > 0 ? half / unpaired : Double.NaN));
            }
        }
    }

    /**
     * Prints the headline table: import reduction per commodity and net jobs per class (national, plus regions
     * when {@code regions}), then how much narrower the paired intervals are than unpaired ones.
     */
    public void print(PrintWriter out, boolean regions) {
        out.printf(Locale.ROOT, "Scenario minus baseline, %d paired replications (common random numbers), mean [95%% CI]%n",
                pairs);
        int year = Integer.MIN_VALUE;
        String measure = "";
        List<Double> ratios = new ArrayList<>();
        int unchanged = 0;
        for (var e : stats.entrySet()) {
            Key k = e.getKey();
            PairedDifference d = e.getValue();
            double half = d.halfWidth();
            double unpaired = d.unpairedHalfWidth();
            // Rows the scenario leaves unchanged in every replication say nothing about pairing; leave them out.
            if (d.mean() == 0 && !(d.sd() > 0)) {
                unchanged++;
                continue;
            }
            if (unpaired > 0 && !Double.isNaN(half)) {
                ratios.add(half / unpaired);
            }
            if (k.measure().equals("net_jobs") && !k.region().isEmpty() && !regions) {
                continue;
            }
            if (!k.measure().equals(measure) || k.year() != year) {
                measure = k.measure();
                year = k.year();
                out.printf(Locale.ROOT, "%n%s, %d (%s)%n", title(measure), year, unit(measure));
            }
            String label = k.measure().equals("net_jobs")
                    ? (k.region().isEmpty() ? "Japan" : k.region()) + " " + k.cls() : k.commodity();
            out.printf(Locale.ROOT, "  %-32s %14s  [%s, %s]%n", label, show(d.mean()), show(d.mean() - half),
                    show(d.mean() + half));
        }
        if (unchanged > 0) {
            out.printf(Locale.ROOT, "%n%d row(s) with no difference in any replication are not shown (see comparison.csv).%n",
                    unchanged);
        }
        if (!ratios.isEmpty()) {
            ratios.sort(null);
            double median = ratios.get(ratios.size() / 2);
            out.printf(Locale.ROOT, "%nPaired CIs are %.0f%% narrower than CIs from independent seeds would be"
                    + " (median width ratio %.2f over %d rows).%n", 100 * (1 - median), median, ratios.size());
        }
        out.flush();
    }

    private static String title(String measure) {
        return switch (measure) {
            case "import_reduction_t" -> "Import reduction";
            case "import_reduction_yen" -> "Import bill reduction";
            case "import_dependence_reduction_pp" -> "Import dependence reduction";
            default -> "Net jobs";
        };
    }

    private static String show(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v != 0)
                ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
