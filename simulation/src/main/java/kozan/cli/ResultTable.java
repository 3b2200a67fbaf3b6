package kozan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import kozan.io.AnnualRows;
import kozan.io.Csv;
import kozan.io.SeriesKey;
import kozan.io.SeriesTable;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Scenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The short table {@code kozan run} prints: per commodity the import dependence in 2025, 2035 and 2050 (or, for a run
 * that covers none of them, in its own target years) and the domestic refined output, plus national direct mining and
 * quarrying jobs (jobs_direct); means over replications, from the run's annual table in memory
 * ({@link kozan.io.AnnualTable}) or read back from annual.csv in one streaming pass.
 */
final class ResultTable {

    static final int[] DEPENDENCE_YEARS = {2025, 2035, 2050};
    /** Columns of import dependence at most: a run that covers none of DEPENDENCE_YEARS shows its own target years. */
    static final int MAX_COLUMNS = 3;
    static final int OUTPUT_YEAR = 2035;

    private ResultTable() {
    }

    /** Mean over replications of (metric, commodity, year) values. */
    private static final class Means {
        final Map<String, double[]> sums = new LinkedHashMap<>(); // key -> {sum, count}

        void add(String key, double v) {
            double[] s = sums.computeIfAbsent(key, k -> new double[2]);
            s[0] += v;
            s[1]++;
        }

        Double mean(String key) {
            double[] s = sums.get(key);
            return s == null ? null : s[0] / s[1];
        }
    }

    /** Reads annual.csv of {@code resultsDir}. */
    static void print(Path resultsDir, Scenario scenario, PrintWriter out) throws IOException {
        print(resultsDir, null, scenario, out);
    }

    /**
     * @param annual the run's annual table (as reading annual.csv gives it), or null to read annual.csv; a key's
     *               replications are taken in replication order either way, so the means are the same
     */
    static void print(Path resultsDir, SeriesTable annual, Scenario scenario, PrintWriter out) throws IOException {
        int firstYear = scenario.calendar().start().getYear();
        int lastYear = scenario.calendar().monthOf(scenario.steps() - 1).getYear();
        int outputYear = Math.max(firstYear, Math.min(OUTPUT_YEAR, lastYear));
        int[] dependenceYears = dependenceYears(scenario.run().targetYears(), firstYear, lastYear);

        Means means = new Means();
        // jobs_direct may come as national total, per region, per stage or per region and stage: keep each level
        Map<String, TreeMap<Integer, Double>> jobLevels = new LinkedHashMap<>();
        AnnualRows rows = (replication, year, metric, commodity, region, detail, value) -> {
            boolean national = region.isEmpty() && detail.isEmpty();
            if (metric.equals(Metrics.IMPORT_DEPENDENCE) && national && contains(dependenceYears, year)) {
                means.add(metric + "|" + commodity + "|" + year, value);
            } else if (metric.equals(Metrics.DOMESTIC_REFINED_OUTPUT_T) && national && year == outputYear) {
                means.add(metric + "|" + commodity, value);
            } else if (metric.equals(Metrics.JOBS_DIRECT) && year == outputYear && region.isEmpty()
                    && detail.equals(Metrics.DETAIL_JSIC_C)) {
                means.add(Metrics.DETAIL_JSIC_C, value); // the official statistics' basis, printed beside the total
            } else if (metric.equals(Metrics.JOBS_DIRECT) && year == outputYear
                    && !detail.equals(Metrics.DETAIL_JSIC_C)) { // a weighted subtotal, not a part
                String level = (region.isEmpty() ? "national" : "region") + "/" + (detail.isEmpty() ? "total" : "stage");
                jobLevels.computeIfAbsent(level, k -> new TreeMap<>()).merge(replication, value, Double::sum);
            }
        };
        if (annual != null) {
            int[] reps = annual.replications();
            List<String> periods = annual.periods();
            for (SeriesKey k : annual.keys()) {
                double[][] v = annual.values(k);
                for (int p = 0; p < periods.size(); p++) {
                    int year = Integer.parseInt(periods.get(p));
                    for (int r = 0; r < reps.length; r++) {
                        if (!Double.isNaN(v[r][p])) { // NaN: no row (annual.csv holds no NaN)
                            rows.accept(reps[r], year, k.metric(), k.commodity(), k.region(), k.detail(), v[r][p]);
                        }
                    }
                }
            }
        } else {
            CSVFormat format = Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
            try (Reader in = Files.newBufferedReader(resultsDir.resolve(Csv.ANNUAL), StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
                for (CSVRecord row : parser) {
                    rows.accept(Integer.parseInt(row.get("replication")), Integer.parseInt(row.get("year")),
                            row.get("metric"), row.get("commodity"), Csv.region(row.get("region")), row.get("detail"),
                            Double.parseDouble(row.get("value")));
                }
            }
        }

        // the first column is as wide as the longest commodity id (at least 16), so the columns stay aligned
        int width = Math.max(16, scenario.commodities().stream().mapToInt(c -> c.id().length()).max().orElse(0));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "commodity"));
        for (int year : dependenceYears) {
            header.append(String.format(Locale.ROOT, " %13s", "imp.dep." + year));
        }
        out.println(header.append(String.format(Locale.ROOT, " %24s", "refined output " + outputYear)));
        for (CommoditySpec c : scenario.commodities()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", c.id()));
            for (int year : dependenceYears) {
                Double d = means.mean("import_dependence|" + c.id() + "|" + year);
                line.append(String.format(Locale.ROOT, " %13s", d == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * d)));
            }
            Double refined = means.mean("domestic_refined_output_t|" + c.id());
            line.append(String.format(Locale.ROOT, " %24s",
                    refined == null ? "-" : String.format(Locale.ROOT, "%,.0f %s", refined, c.unit())));
            out.println(line);
        }
        Double jobs = directJobs(jobLevels);
        Double jsic = means.mean(Metrics.DETAIL_JSIC_C);
        // the total counts every mine stage (construction and exploration crews too); the official mining and
        // quarrying count (JSIC C, what the Economic Census compares with) is the jsic_c detail, so both are named
        out.printf(Locale.ROOT, "direct mining jobs %d: %s%n", outputYear, jobs == null ? "-"
                : String.format(Locale.ROOT, "%,.0f persons at mines, all stages%s (annual mean, mean over replications)",
                        jobs, jsic == null ? "" : String.format(Locale.ROOT,
                                "; %,.0f in mining and quarrying as official statistics count it (JSIC C)", jsic)));
        out.flush();
    }

    /**
     * The years of the import-dependence columns: 2025, 2035 and 2050 when the run covers all three; else the years
     * of the run among them and among the scenario's target years, sorted (a replay of 2008-2017 shows the years it
     * reports, a run of 2023-2025 its 2023 and 2025, never a column that can only print "-"), the first and the last
     * two when there are more than three; else, when none lies in the run, 2025, 2035 and 2050 all the same.
     */
    static int[] dependenceYears(List<Integer> targetYears, int firstYear, int lastYear) {
        int[] fixedInside = java.util.Arrays.stream(DEPENDENCE_YEARS).filter(y -> y >= firstYear && y <= lastYear)
                .toArray();
        if (fixedInside.length == DEPENDENCE_YEARS.length) {
            return DEPENDENCE_YEARS;
        }
        int[] own = java.util.stream.IntStream.concat(java.util.Arrays.stream(fixedInside),
                        targetYears.stream().mapToInt(Integer::intValue).filter(y -> y >= firstYear && y <= lastYear))
                .distinct().sorted().toArray();
        if (own.length == 0) {
            return DEPENDENCE_YEARS;
        }
        if (own.length <= MAX_COLUMNS) {
            return own;
        }
        return new int[] {own[0], own[own.length - 2], own[own.length - 1]}; // the start and the end of the run
    }

    private static boolean contains(int[] years, int year) {
        for (int y : years) {
            if (y == year) {
                return true;
            }
        }
        return false;
    }

    /** The most aggregated level present, so totals are never counted twice. */
    private static Double directJobs(Map<String, TreeMap<Integer, Double>> levels) {
        for (String level : new String[] {"national/total", "region/total", "national/stage", "region/stage"}) {
            TreeMap<Integer, Double> perReplication = levels.get(level);
            if (perReplication != null) {
                double sum = 0;
                for (double v : perReplication.values()) {
                    sum += v;
                }
                return sum / perReplication.size();
            }
        }
        return null;
    }
}
