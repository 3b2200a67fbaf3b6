package kozan.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import kozan.io.Csv;
import kozan.io.InputException;
import kozan.io.InputFile;
import kozan.observe.Metrics;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Feeds a {@link Comparison} from a two-scenario batch journal or from two single-run results folders. */
public final class CompareInputs {

    private CompareInputs() {
    }

    /** Pairs design point {@code baseline} with {@code scenario} replication by replication (failed runs skipped). */
    public static Comparison fromJournal(Path journal, int baseline, int scenario) throws IOException {
        TreeMap<Integer, SortedMap<MetricKey, Double>> base = new TreeMap<>();
        Journal.forEach(journal, r -> {
            if (r.point() == baseline && r.ok()) {
                base.put(r.replication(), r.values());
            }
        });
        Comparison c = new Comparison().commodityUnits(BatchState.commodityUnits(journal.getParent()));
        Set<Integer> scenarioOk = new java.util.TreeSet<>();
        Journal.forEach(journal, r -> {
            if (r.point() == scenario && r.ok()) {
                scenarioOk.add(r.replication());
                if (base.containsKey(r.replication())) {
                    c.add(base.get(r.replication()), r.values());
                }
            }
        });
        return c.replicationSets(base.size(), scenarioOk.size());
    }

    /**
     * Pairs replication k of results folder A (baseline) with replication k of B, from their annual.csv
     * ({@code replication,year,metric,commodity,region,detail,value}). Only the comparison's metrics in
     * {@code years} (all years when empty) are read.
     */
    public static Comparison fromResults(Path a, Path b, Set<Integer> years) throws IOException {
        Set<Integer> yearsInA = new java.util.TreeSet<>();
        Map<String, String> units = new TreeMap<>();
        TreeMap<Integer, SortedMap<MetricKey, Double>> base = annual(a.resolve("annual.csv"), years, yearsInA, units);
        TreeMap<Integer, SortedMap<MetricKey, Double>> scen = annual(b.resolve("annual.csv"), years,
                new java.util.TreeSet<>(), new TreeMap<>());
        if (!years.isEmpty() && java.util.Collections.disjoint(years, yearsInA)) {
            throw new InputException("--years " + years + ": none of them is in " + a.resolve("annual.csv")
                    + ", which has the years " + yearsInA);
        }
        Comparison c = new Comparison().commodityUnits(units);
        for (var e : base.entrySet()) {
            SortedMap<MetricKey, Double> s = scen.get(e.getKey());
            if (s != null) {
                c.add(e.getValue(), s);
            }
        }
        return c.replicationSets(base.size(), scen.size());
    }

    /**
     * @param seen  receives every year of the file
     * @param units receives each commodity's unit from the unit column of its imports_t rows (none in a folder
     *              written before the column, 2026-12)
     */
    static TreeMap<Integer, SortedMap<MetricKey, Double>> annual(Path file, Set<Integer> years, Set<Integer> seen,
                                                                 Map<String, String> units) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + (Files.exists(dir) ? " is a file" : " does not exist")
                    + "; give two results folders written by 'kozan run'");
        }
        if (Files.exists(dir.resolve(BatchState.FILE))) {
            throw new InputException(dir + " is a batch results folder; 'kozan compare A B' compares two results"
                    + " folders of 'kozan run' (a batch has its paired differences in differences.csv)");
        }
        if (!Files.exists(file)) {
            throw new InputException(file + " not found: give results folders written by 'kozan run'");
        }
        InputFile.check(file, Long.MAX_VALUE);
        TreeMap<Integer, SortedMap<MetricKey, Double>> out = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (String col : new String[] {"replication", "year", "metric", "commodity", "region", "detail", "value"}) {
                if (!p.getHeaderNames().contains(col)) {
                    throw new InputException(file + ": column '" + col + "' missing");
                }
            }
            int columns = p.getHeaderNames().size();
            for (CSVRecord row : p) {
                if (row.size() != columns) {
                    throw new InputException(file + ":" + p.getCurrentLineNumber() + ": the row has " + row.size()
                            + " field(s) but the header has " + columns + " (is the file truncated or edited?)");
                }
                String metric = row.get("metric");
                if (!Comparison.METRICS.contains(metric) || row.get("value").isEmpty()) {
                    continue;
                }
                int year = Integer.parseInt(row.get("year"));
                seen.add(year);
                if (metric.equals(Metrics.IMPORTS_T) && row.isMapped("unit")) {
                    units.putIfAbsent(row.get("commodity"), row.get("unit"));
                }
                if (!years.isEmpty() && !years.contains(year)) {
                    continue;
                }
                out.computeIfAbsent(Integer.parseInt(row.get("replication")), k -> new TreeMap<>())
                        .put(new MetricKey(metric, row.get("commodity"), Csv.region(row.get("region")), row.get("detail"), year),
                                Double.parseDouble(row.get("value")));
            }
        } catch (NumberFormatException e) {
            throw new InputException(file + ": not a number where one belongs: " + e.getMessage());
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new InputException(file + ": not valid CSV (" + e.getMessage() + ")");
        }
        return out;
    }
}
