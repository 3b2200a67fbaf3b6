package kozan.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kozan.observe.Metrics;
import kozan.observe.Units;
import kozan.stats.SummaryStats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Summaries across replications for the target years: summary.csv
 * ({@code metric,commodity,region,detail,year,unit,n,mean,sd,ci95_low,ci95_high,p05,p50,p95}) and summary.json
 * (the same rows as objects; the nation is region {@link Csv#NATIONAL} in both, the unit from {@link Units}). Only annual values of target years are kept (one double per replication and key).
 * Rows come out in the order their keys first arrived, then by year; feed rows in a fixed order (e.g. by
 * reading back annual.csv with {@link #fromAnnualCsv}) for reproducible files.
 */
public final class SummaryWriter implements AnnualRows {

    private record Key(String metric, String commodity, String region, String detail) {
    }

    /** Growable array of one key-year's values across replications. */
    private static final class Values {
        double[] data = new double[8];
        int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }
    }

    private final Set<Integer> targetYears;
    private final Units units;
    private final Map<Key, TreeMap<Integer, Values>> values = new LinkedHashMap<>();

    /**
     * @param targetYears years to summarise (others are ignored)
     * @param units       the unit column ("" for a metric it does not know)
     */
    public SummaryWriter(Set<Integer> targetYears, Units units) {
        this.targetYears = new TreeSet<>(targetYears);
        this.units = Objects.requireNonNull(units);
    }

    /** Streams an annual.csv file (with header) into a new summary. */
    public static SummaryWriter fromAnnualCsv(Path annualCsv, Set<Integer> targetYears, Units units)
            throws IOException {
        SummaryWriter summary = new SummaryWriter(targetYears, units);
        CSVFormat format = Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(annualCsv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                summary.accept(Integer.parseInt(row.get("replication")), Integer.parseInt(row.get("year")),
                        row.get("metric"), row.get("commodity"), Csv.region(row.get("region")), row.get("detail"),
                        Double.parseDouble(row.get("value")));
            }
        }
        return summary;
    }

    @Override
    public synchronized void accept(int replication, int year, String metric, String commodity, String region,
                                    String detail, double value) {
        if (targetYears.contains(year)) {
            values.computeIfAbsent(new Key(metric, commodity, region, detail), k -> new TreeMap<>())
                    .computeIfAbsent(year, y -> new Values()).add(value);
        }
    }

    /** Writes summary.csv and summary.json into the directory. */
    public synchronized void write(Path directory) throws IOException {
        ArrayNode rows = Json.MAPPER.createArrayNode();
        try (CSVPrinter csv = new CSVPrinter(
                Files.newBufferedWriter(directory.resolve(Csv.SUMMARY_CSV), StandardCharsets.UTF_8), Csv.FORMAT)) {
            csv.printRecord(Csv.SUMMARY_HEADER);
            for (Map.Entry<Key, TreeMap<Integer, Values>> entry : values.entrySet()) {
                Key key = entry.getKey();
                String unit = units.of(key.metric(), key.commodity());
                for (Map.Entry<Integer, Values> year : entry.getValue().entrySet()) {
                    SummaryStats s = SummaryStats.of(year.getValue().data, year.getValue().size,
                            Metrics.bounds(key.metric()));
                    csv.printRecord(key.metric(), key.commodity(), Csv.regionCell(key.region()), key.detail(), year.getKey(), unit,
                            s.n(), text(s.mean()), text(s.sd()), text(s.ci95Low()), text(s.ci95High()),
                            text(s.p05()), text(s.p50()), text(s.p95()));
                    rows.add(jsonRow(key, year.getKey(), unit, s));
                }
            }
        }
        ObjectNode root = Json.object();
        ArrayNode years = root.putArray("target_years");
        targetYears.forEach(years::add);
        root.set("rows", rows);
        Json.write(directory.resolve(Csv.SUMMARY_JSON), root);
    }

    private static ObjectNode jsonRow(Key key, int year, String unit, SummaryStats s) {
        ObjectNode row = Json.object();
        row.put("metric", key.metric());
        row.put("commodity", key.commodity());
        row.put("region", Csv.regionCell(key.region()));
        row.put("detail", key.detail());
        row.put("year", year);
        row.put("unit", unit);
        row.put("n", s.n());
        for (var field : List.of(Map.entry("mean", s.mean()), Map.entry("sd", s.sd()),
                Map.entry("ci95_low", s.ci95Low()), Map.entry("ci95_high", s.ci95High()),
                Map.entry("p05", s.p05()), Map.entry("p50", s.p50()), Map.entry("p95", s.p95()))) {
            Json.putNumber(row, field.getKey(), field.getValue());
        }
        return row;
    }

    /** Undefined statistics (NaN) are empty cells. */
    private static String text(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
