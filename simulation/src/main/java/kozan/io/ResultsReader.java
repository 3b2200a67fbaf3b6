package kozan.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads a results directory (the results-file contract: annual.csv, timeseries.csv, summary.csv, manifest.json,
 * scenario.yaml) into memory for charts and reports. CSV files are read twice: once for the time axis and the
 * replications, once to fill compact arrays, so memory holds numbers only.
 */
public final class ResultsReader {

    static final String[] ANNUAL_HEADER = {"replication", "year", "metric", "commodity", "region", "detail", "value"};
    static final String[] MONTHLY_HEADER = {"replication", "step", "date", "metric", "commodity", "region", "detail", "value"};
    static final String[] SUMMARY_HEADER = {"metric", "commodity", "region", "detail", "year", "unit", "n", "mean", "sd",
            "ci95_low", "ci95_high", "p05", "p50", "p95"};

    private ResultsReader() {
    }

    /** Reads annual.csv, summary.csv, manifest.json and scenario.yaml; only annual.csv is required. */
    public static Results read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ResultsFormatException("not a directory: " + dir);
        }
        Path annual = dir.resolve("annual.csv");
        if (!Files.isRegularFile(annual)) {
            throw new ResultsFormatException("not a results directory (no annual.csv): " + dir);
        }
        return read(dir, readTable(annual, "year", ANNUAL_HEADER, k -> true));
    }

    /**
     * As {@link #read(Path)} with the annual table already in memory (the run that wrote the directory made it,
     * {@link AnnualTable}), so annual.csv is not read back.
     */
    public static Results read(Path dir, SeriesTable table) throws IOException {
        List<SummaryRow> summary = Files.isRegularFile(dir.resolve("summary.csv"))
                ? readSummary(dir.resolve("summary.csv")) : List.of();
        JsonNode manifest = Files.isRegularFile(dir.resolve("manifest.json"))
                ? InputFile.readJson(dir.resolve("manifest.json"), InputFile.MAX_JSON_BYTES) : MissingNode.getInstance();
        Map<String, Object> scenario = Files.isRegularFile(dir.resolve("scenario.yaml"))
                ? readYaml(dir.resolve("scenario.yaml")) : Map.of();
        return new Results(dir, table, summary, manifest, scenario);
    }

    /** Monthly values from timeseries.csv for the keys the filter accepts (filter it: monthly data are large). */
    public static SeriesTable readMonthly(Path dir, Predicate<SeriesKey> filter) throws IOException {
        Path file = dir.resolve("timeseries.csv");
        if (!Files.isRegularFile(file)) {
            throw new ResultsFormatException("no timeseries.csv in " + dir
                    + " (kozan run writes the monthly rows only with --monthly)");
        }
        return readTable(file, "date", MONTHLY_HEADER, filter);
    }

    static SeriesTable readTable(Path file, String periodColumn, String[] header, Predicate<SeriesKey> filter)
            throws IOException {
        TreeSet<String> periods = new TreeSet<>();
        TreeSet<Integer> reps = new TreeSet<>();
        TreeSet<SeriesKey> keys = new TreeSet<>();
        try (CSVParser p = open(file, header)) {
            forEachRecord(file, p, r -> {
                SeriesKey k = key(r);
                if (filter.test(k)) {
                    keys.add(k);
                    periods.add(r.get(periodColumn));
                    reps.add(parseInt(file, r, "replication"));
                }
            });
        }
        String[] periodArr = periods.toArray(String[]::new);
        int[] repArr = reps.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> periodIndex = new LinkedHashMap<>();
        for (int i = 0; i < periodArr.length; i++) {
            periodIndex.put(periodArr[i], i);
        }
        TreeMap<SeriesKey, double[][]> data = new TreeMap<>();
        for (SeriesKey k : keys) {
            double[][] v = new double[repArr.length][periodArr.length];
            for (double[] row : v) {
                Arrays.fill(row, Double.NaN);
            }
            data.put(k, v);
        }
        try (CSVParser p = open(file, header)) {
            forEachRecord(file, p, r -> {
                double[][] v = data.get(key(r));
                if (v != null) {
                    int rep = Arrays.binarySearch(repArr, parseInt(file, r, "replication"));
                    v[rep][periodIndex.get(r.get(periodColumn))] = parseDouble(file, r, "value");
                }
            });
        }
        double[] x = new double[periodArr.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = toX(file, periodArr[i]);
        }
        return new SeriesTable(periodArr, x, repArr, data);
    }

    static List<SummaryRow> readSummary(Path file) throws IOException {
        List<SummaryRow> rows = new ArrayList<>();
        try (CSVParser p = open(file, SUMMARY_HEADER)) {
            forEachRecord(file, p, r -> rows.add(new SummaryRow(key(r), parseInt(file, r, "year"), r.get("unit"),
                    parseInt(file, r, "n"), parseDouble(file, r, "mean"), parseDouble(file, r, "sd"),
                    parseDouble(file, r, "ci95_low"), parseDouble(file, r, "ci95_high"), parseDouble(file, r, "p05"),
                    parseDouble(file, r, "p50"), parseDouble(file, r, "p95"))));
        }
        return List.copyOf(rows);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readYaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object tree = new Yaml(new SafeConstructor(options)).load(in);
            if (tree instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new ResultsFormatException(file + ": expected a YAML mapping at the top");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ResultsFormatException(file + ": not valid YAML: " + e.getMessage());
        }
    }

    private static CSVParser open(Path file, String[] header) throws IOException {
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        List<String> names = p.getHeaderNames();
        for (String h : header) {
            if (!names.contains(h)) {
                p.close();
                throw new ResultsFormatException(file + ": header lacks column '" + h + "' (has " + names + ")");
            }
        }
        return p;
    }

    /** What to do with one record; may throw. */
    @FunctionalInterface
    interface RecordAction {
        void accept(CSVRecord r) throws IOException;
    }

    /**
     * Streams the records of a results CSV, each checked to have as many fields as the header: a truncated or
     * damaged file is reported with its name and line instead of commons-csv's bare index message.
     */
    static void forEachRecord(Path file, CSVParser p, RecordAction action) throws IOException {
        int columns = p.getHeaderNames().size();
        try {
            for (CSVRecord r : p) {
                if (r.size() != columns) {
                    throw new ResultsFormatException(file + ":" + p.getCurrentLineNumber() + ": the row has "
                            + r.size() + " field(s) but the header has " + columns + " (is the file truncated or"
                            + " edited?)");
                }
                action.accept(r);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new ResultsFormatException(file + ":" + p.getCurrentLineNumber() + ": not valid CSV ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")");
        }
    }

    private static SeriesKey key(CSVRecord r) {
        return new SeriesKey(r.get("metric"), r.get("commodity"), Csv.region(r.get("region")), r.get("detail"));
    }

    private static int parseInt(Path file, CSVRecord r, String column) throws ResultsFormatException {
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(file + ":" + r.getRecordNumber() + ": " + column + " is not an integer: '"
                    + r.get(column) + "'");
        }
    }

    private static double parseDouble(Path file, CSVRecord r, String column) throws ResultsFormatException {
        String s = r.get(column);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(file + ":" + r.getRecordNumber() + ": " + column + " is not a number: '"
                    + s + "'");
        }
    }

    /** "2030" -> 2030.0; "2030-04" -> 2030.25. */
    private static double toX(Path file, String period) throws ResultsFormatException {
        try {
            if (period.length() == 7 && period.charAt(4) == '-') {
                return Integer.parseInt(period.substring(0, 4)) + (Integer.parseInt(period.substring(5)) - 1) / 12.0;
            }
            return Integer.parseInt(period);
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(file + ": period is neither YYYY nor YYYY-MM: '" + period + "'");
        }
    }
}
