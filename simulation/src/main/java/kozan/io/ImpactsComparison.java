package kozan.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kozan.observe.impacts.ImpactRecorder;
import kozan.stats.PairedDifference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The impact table of a comparison (docs/outputs.md, impacts.csv of a comparison): for every year, region, IO sector
 * and effect of two runs' impacts.csv, the mean over paired replications of scenario - baseline in each column, and
 * the paired 95% CI of the employment difference. Replication k of one run is paired with replication k of the other
 * (common random numbers); replications present in only one are left out. A row a run did not write (all its values
 * 0) counts as 0. The effects are gross: direct, indirect and induced jobs, not net of displacement.
 */
public final class ImpactsComparison {

    public static final List<String> HEADER = ImpactsCsv.concat(ImpactsCsv.KEYS, ImpactsCsv.VALUES,
            List.of("employment_ci_low", "employment_ci_high"));

    /** One row of a table: where, and the four values in {@link ImpactsCsv#VALUES} order. */
    public record Key(int year, String region, String industry, String effect) {
    }

    /** One row of the comparison: mean differences (scenario - baseline) and the employment CI. */
    public record Row(Key key, double[] meanDifference, double employmentCiLow, double employmentCiHigh) {
    }

    /** A run's impacts.csv: by replication, the rows. */
    public static Map<Integer, Map<Key, double[]>> read(Path file, Set<Integer> years) throws IOException {
        Map<Integer, Map<Key, double[]>> table = new TreeMap<>();
        CSVFormat format = Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            if (!parser.getHeaderNames().equals(ImpactsCsv.HEADER)) {
                throw new ResultsFormatException(file + ": header " + parser.getHeaderNames() + ", expected "
                        + ImpactsCsv.HEADER);
            }
            for (CSVRecord r : parser) {
                try {
                    int year = Integer.parseInt(r.get("year"));
                    if (!years.isEmpty() && !years.contains(year)) {
                        continue;
                    }
                    double[] v = new double[ImpactsCsv.VALUES.size()];
                    for (int q = 0; q < v.length; q++) {
                        v[q] = Double.parseDouble(r.get(ImpactsCsv.VALUES.get(q)));
                    }
                    table.computeIfAbsent(Integer.parseInt(r.get("replication")), k -> new LinkedHashMap<>())
                            .put(new Key(year, Csv.region(r.get("region")), r.get("industry"), r.get("effect")), v);
                } catch (NumberFormatException e) {
                    throw new ResultsFormatException(file + ":" + (r.getRecordNumber() + 1) + ": not a number: "
                            + e.getMessage());
                }
            }
        }
        return table;
    }

    /**
     * The paired comparison of two tables (by replication). Rows in year order, then regions as they first appear
     * (the national row "" first), effects direct, indirect, induced, the all-industry row "" before the sectors
     * in code order.
     */
    public static List<Row> compare(Map<Integer, Map<Key, double[]>> baseline, Map<Integer, Map<Key, double[]>> scenario) {
        List<Integer> pairs = baseline.keySet().stream().filter(scenario::containsKey).sorted().toList();
        Map<String, Integer> regionOrder = new HashMap<>();
        regionOrder.put("", -1);
        TreeSet<Key> keys = new TreeSet<>(Comparator.comparingInt(Key::year)
                .thenComparing(k -> regionOrder.get(k.region()))
                .thenComparing(k -> effectOrder(k.effect()))
                .thenComparing(Key::industry));
        for (int rep : pairs) {
            for (Map<Integer, Map<Key, double[]>> side : List.of(baseline, scenario)) {
                for (Key k : side.get(rep).keySet()) {
                    regionOrder.putIfAbsent(k.region(), regionOrder.size());
                    keys.add(k);
                }
            }
        }
        double[] zero = new double[ImpactsCsv.VALUES.size()];
        List<Row> rows = new ArrayList<>(keys.size());
        for (Key k : keys) {
            double[] sum = new double[zero.length];
            PairedDifference employment = new PairedDifference(PairedDifference.Direction.SCENARIO_MINUS_BASELINE);
            for (int rep : pairs) {
                double[] b = baseline.get(rep).getOrDefault(k, zero);
                double[] s = scenario.get(rep).getOrDefault(k, zero);
                for (int q = 0; q < sum.length; q++) {
                    sum[q] += s[q] - b[q];
                }
                employment.add(b[0], s[0]);
            }
            double[] mean = new double[sum.length];
            for (int q = 0; q < sum.length; q++) {
                mean[q] = sum[q] / pairs.size();
            }
            double half = employment.halfWidth();
            rows.add(new Row(k, mean, mean[0] - half, mean[0] + half));
        }
        return rows;
    }

    private static int effectOrder(String effect) {
        int i = ImpactRecorder.EFFECTS.indexOf(effect);
        return i < 0 ? ImpactRecorder.EFFECTS.size() : i;
    }

    /**
     * Compares the impacts.csv of two results folders of 'kozan run' (baseline first) and writes the comparison to
     * {@code target} (atomically: a temporary sibling renamed into place). Does nothing when either folder has no
     * impacts.csv (results written before it existed).
     *
     * @param years years to keep; empty = all
     * @return whether the file was written
     */
    public static boolean write(Path baselineDir, Path scenarioDir, Set<Integer> years, Path target) throws IOException {
        Path a = baselineDir.resolve(ImpactsCsv.FILE);
        Path b = scenarioDir.resolve(ImpactsCsv.FILE);
        if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
            return false;
        }
        write(compare(read(a, years), read(b, years)), target);
        return true;
    }

    /** A CI bound, or an empty cell when there is none (fewer than two pairs). */
    private static String orEmpty(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

    /** Writes comparison rows with {@link #HEADER} to {@code target}, atomically. */
    public static void write(List<Row> rows, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), Csv.FORMAT)) {
                p.printRecord(HEADER);
                for (Row r : rows) {
                    Key k = r.key();
                    double[] m = r.meanDifference();
                    p.printRecord(k.year(), Csv.regionCell(k.region()), k.industry(), k.effect(), Numbers.format(m[0]),
                            Numbers.format(m[1]), Numbers.format(m[2]), Numbers.format(m[3]),
                            orEmpty(r.employmentCiLow()), orEmpty(r.employmentCiHigh()));
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
