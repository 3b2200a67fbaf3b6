package kozan.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kozan.batch.MetricKey;
import kozan.io.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The runs of a finished batch (or sensitivity study) folder as cases for scenario discovery, read from its
 * runs.csv: per successful run, the numeric parameter values of its design point and its kept values. Columns
 * between {@code scenario} and {@code replication} are the parameters; after {@code error} come the kept values,
 * named as {@link MetricKey#column()}. Failed runs have no values and are left out (counted).
 * <p>
 * An empty parameter cell is not a value: a baseline added as its own design point leaves the parameters its
 * {@code baseline.parameters} does not list empty, meaning "the scenario's own value" (docs/batch.md), which the
 * folder does not record: its batch.yaml names scenario files relative to where the batch file was, and
 * batch-state.json hashes the scenario file but not what it extends, so re-reading it could give another value. So a
 * column counts as numeric when every cell that has a value is a number (also when none has: a swept parameter no
 * run recorded), and the runs with an empty cell in a numeric column are left out (counted) rather than given a
 * guessed value; left out, an added baseline also stops weighting coverage and density with a point the design did
 * not sample.
 *
 * @param parameters the numeric varied parameters (a parameter with a non-numeric value is left out)
 * @param x          per run, the parameter values
 * @param values     per run, its kept values
 * @param skipped    parameters left out as not numeric (e.g. a list of scenario names)
 * @param unrecorded successful runs left out for an empty cell in a numeric parameter (an added baseline's)
 */
public record BatchCases(List<String> parameters, List<double[]> x, List<Map<MetricKey, Double>> values,
                         Set<MetricKey> kept, List<Integer> years, int failed, List<String> skipped,
                         int unrecorded) {

    public static final String RUNS = "runs.csv";

    public static BatchCases read(Path dir) throws IOException {
        Path file = dir.resolve(RUNS);
        if (!Files.isRegularFile(file)) {
            throw new InputException(dir + " is not a finished batch folder (no " + RUNS + "); give the folder of"
                    + " a kozan batch or kozan sensitivity SPEC");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = p.getHeaderNames();
            int from = header.indexOf("scenario") + 1;
            int to = header.indexOf("replication");
            int valuesFrom = header.indexOf("error") + 1;
            if (from <= 0 || to < from || valuesFrom <= 0) {
                throw new InputException(file + " is not a batch's runs.csv (no scenario, replication and error"
                        + " columns)");
            }
            List<String> params = new ArrayList<>(header.subList(from, to));
            List<MetricKey> keys = new ArrayList<>();
            for (String c : header.subList(valuesFrom, header.size())) {
                keys.add(parseColumn(c, file));
            }
            List<String[]> paramText = new ArrayList<>();
            List<Map<MetricKey, Double>> values = new ArrayList<>();
            int failed = 0;
            for (CSVRecord r : p) {
                if (!"ok".equals(r.get("status"))) {
                    failed++;
                    continue;
                }
                String[] pt = new String[params.size()];
                for (int j = 0; j < pt.length; j++) {
                    pt[j] = r.get(from + j);
                }
                paramText.add(pt);
                Map<MetricKey, Double> v = new LinkedHashMap<>();
                for (int c = 0; c < keys.size(); c++) {
                    String cell = r.get(valuesFrom + c);
                    v.put(keys.get(c), cell.isBlank() ? Double.NaN : Double.parseDouble(cell));
                }
                values.add(v);
            }
            List<String> numeric = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (int j = 0; j < params.size(); j++) {
                boolean ok = true; // also when every cell is empty: a swept parameter no run recorded
                for (String[] pt : paramText) {
                    ok &= pt[j].isBlank() || isNumber(pt[j]);
                }
                if (ok) {
                    numeric.add(params.get(j));
                    columns.add(j);
                } else {
                    skipped.add(params.get(j));
                }
            }
            List<double[]> x = new ArrayList<>();
            List<Map<MetricKey, Double>> kept = new ArrayList<>();
            int unrecorded = 0;
            rows:
            for (int i = 0; i < paramText.size(); i++) {
                double[] row = new double[columns.size()];
                for (int j = 0; j < row.length; j++) {
                    String cell = paramText.get(i)[columns.get(j)];
                    if (cell.isBlank()) {
                        unrecorded++;
                        continue rows;
                    }
                    row[j] = Double.parseDouble(cell);
                }
                x.add(row);
                kept.add(values.get(i));
            }
            TreeSet<Integer> years = new TreeSet<>();
            keys.forEach(k -> years.add(k.year()));
            return new BatchCases(List.copyOf(numeric), x, kept, new LinkedHashSet<>(keys), List.copyOf(years),
                    failed, skipped, unrecorded);
        }
    }

    /**
     * Refuses cases PRIM cannot learn from, saying what is wrong and what to do (bad input, exit 2). Successful runs
     * that all lack a parameter value are not "no successful run": they ran, but every one is an added baseline's
     * (or the like), so the design sampled no point to learn from; the parameters are named so the user can see
     * which the batch should vary.
     */
    public void requireLearnable(Path dir) throws InputException {
        if (x.isEmpty() && unrecorded > 0) {
            throw new InputException(dir + ": " + unrecorded + " successful runs, none with a value for every swept"
                    + " parameter (" + String.join(", ", parameters) + "; an empty cell is an added baseline's"
                    + " unlisted parameter): discover needs a batch that varies parameters, a grid or Latin hypercube"
                    + " whose design points give them values");
        }
        if (x.isEmpty()) {
            throw new InputException(dir + " has no successful run to learn from"
                    + (failed > 0 ? " (" + failed + " failed; see runs.csv's error column)" : ""));
        }
        if (parameters.isEmpty()) {
            throw new InputException(dir + " varies no numeric parameter: there is no box to find");
        }
    }

    /** {@code metric{commodity=c,region=r,detail=d}@year} back into its key. */
    static MetricKey parseColumn(String column, Path file) throws InputException {
        int at = column.lastIndexOf('@');
        int brace = column.indexOf('{');
        try {
            String metric = column.substring(0, brace >= 0 ? brace : at);
            Map<String, String> dims = new LinkedHashMap<>(Map.of("commodity", "", "region", "", "detail", ""));
            if (brace >= 0) {
                for (String kv : column.substring(brace + 1, column.indexOf('}')).split(",")) {
                    String[] parts = kv.split("=", 2);
                    dims.put(parts[0], parts[1]);
                }
            }
            return new MetricKey(metric, dims.get("commodity"), dims.get("region"), dims.get("detail"),
                    Integer.parseInt(column.substring(at + 1)));
        } catch (RuntimeException e) {
            throw new InputException(file + ": column '" + column + "' is not a kept value (metric{..}@year)");
        }
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
