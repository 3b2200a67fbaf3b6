package kozan.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import kozan.io.Csv;
import kozan.observe.Metrics;
import kozan.observe.Units;
import kozan.scenario.SeedText;
import kozan.stats.PairedDifference;
import kozan.stats.RunningStats;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the batch tables from a canonical journal, streaming: one run at a time (and the baseline's run of the
 * same replication, read again beside it), never a design point's runs: memory does not grow with the runs.
 * <ul>
 * <li>design.csv: design_point, scenario, one column per varied parameter, baseline (true/false)</li>
 * <li>runs.csv: one row per design point x replication: design_point, scenario, parameters, replication, seed,
 * status (ok/failed), error, then one column per kept value named like {@code imports_t{commodity=copper}@2035}</li>
 * <li>runs_long.csv: the same values in long form, one row per run and kept value: run, design_point, scenario,
 * parameters, replication, seed, metric, commodity, region, detail, year, unit, value (failed runs have no values:
 * their error is in runs.csv)</li>
 * <li>summary.csv: per design point, metric row and year: n, mean, sd, ci95_low, ci95_high (t distribution)</li>
 * <li>differences.csv: per design point (baseline excluded), paired differences point minus baseline by
 * replication: n, mean_diff, sd_diff, ci95_low, ci95_high, the Welch interval the same runs would give
 * without pairing (unpaired_ci95_low/high) and paired_to_unpaired_width (CI width ratio; below 1 = narrower)</li>
 * </ul>
 * Seeds are written as {@link SeedText} (exact in R and pandas), the nation as region {@link Csv#NATIONAL}, and the
 * unit of a commodity's tonnage in the commodity's unit (batch-state.json's commodity_units).
 */
public final class BatchOutputs {

    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    public static final List<String> KEY_COLUMNS = List.of("metric", "commodity", "region", "detail", "year", "unit");
    /** Columns of runs_long.csv after the design point's columns, replication and seed. */
    public static final List<String> LONG_VALUE_COLUMNS = List.of("metric", "commodity", "region", "detail", "year",
            "unit", "value");
    public static final String RUNS = "runs.csv";
    public static final String RUNS_LONG = "runs_long.csv";
    public static final List<String> SUMMARY_STATS = List.of("n", "mean", "sd", "ci95_low", "ci95_high");
    public static final List<String> DIFFERENCE_STATS = List.of("baseline_point", "n", "mean_diff", "sd_diff",
            "ci95_low", "ci95_high", "unpaired_ci95_low", "unpaired_ci95_high", "paired_to_unpaired_width");

    private final BatchPlan plan;
    private final Function<String, String> unitOf;
    private Map<String, String> commodityUnits = Map.of();

    /** @param unitOf metric name -> unit text (kozan.observe.Metrics in the CLI) */
    public BatchOutputs(BatchPlan plan, Function<String, String> unitOf) {
        this.plan = plan;
        this.unitOf = unitOf;
    }

    /**
     * Writes design.csv, runs.csv, runs_long.csv, summary.csv and differences.csv into {@code dir} from a canonical
     * journal (run order). Memory does not depend on the number of runs: one pass finds the kept columns and where
     * the baseline's records start; the second writes each run's rows as it reads it, adds its values to its design
     * point's running statistics (one per kept value) and pairs it with the baseline's run of the same replication,
     * read again from the journal beside it (the records of a point are in replication order), so no run is held.
     */
    public void write(Path journal, Path dir) throws IOException {
        commodityUnits = BatchState.commodityUnits(dir);
        SortedSet<MetricKey> columns = new TreeSet<>();
        long baselineAt = -1; // byte offset of the baseline's first record; -1: not in this journal (a shard)
        try (JournalReader in = new JournalReader(journal, 0)) {
            for (RunRecord r = in.next(); r != null; r = in.next()) {
                columns.addAll(r.values().keySet());
                if (r.point() == plan.baseline() && baselineAt < 0) {
                    baselineAt = in.offset();
                }
            }
        }
        writeDesign(dir.resolve("design.csv"));
        try (CSVPrinter runs = printer(dir.resolve(RUNS));
             CSVPrinter runsLong = printer(dir.resolve(RUNS_LONG));
             CSVPrinter summary = printer(dir.resolve("summary.csv"));
             CSVPrinter diffs = printer(dir.resolve("differences.csv"))) {
            List<String> head = pointHeader();
            List<String> runHead = new ArrayList<>(head);
            runHead.addAll(List.of("replication", "seed", "status", "error"));
            columns.forEach(k -> runHead.add(k.column()));
            runs.printRecord(runHead);
            List<String> longHead = new ArrayList<>(List.of("run"));
            longHead.addAll(head);
            longHead.addAll(List.of("replication", "seed"));
            longHead.addAll(LONG_VALUE_COLUMNS);
            runsLong.printRecord(longHead);
            List<String> sumHead = new ArrayList<>(head);
            sumHead.addAll(KEY_COLUMNS);
            sumHead.addAll(SUMMARY_STATS);
            summary.printRecord(sumHead);
            List<String> diffHead = new ArrayList<>(head);
            diffHead.addAll(KEY_COLUMNS);
            diffHead.addAll(DIFFERENCE_STATS);
            diffs.printRecord(diffHead);

            PointStats point = null;
            try (JournalReader in = new JournalReader(journal, 0)) {
                for (RunRecord r = in.next(); r != null; r = in.next()) {
                    if (point == null || point.index != r.point()) {
                        if (point != null) {
                            point.write(summary, diffs);
                        }
                        point = new PointStats(r.point(), r.point() == plan.baseline() || baselineAt < 0 ? null
                                : new BaselineRuns(journal, baselineAt, plan.baseline()));
                    }
                    point.add(r);
                    printRow(runs, runRow(r, columns));
                    writeLong(r, runsLong);
                }
                if (point != null) {
                    point.write(summary, diffs);
                }
            } finally {
                if (point != null) {
                    point.release();
                }
            }
        }
    }

    private void writeDesign(Path file) throws IOException {
        try (CSVPrinter p = printer(file)) {
            List<String> head = pointHeader();
            head.add("baseline");
            p.printRecord(head);
            for (DesignPoint d : plan.points()) {
                List<String> row = pointCells(d);
                row.add(Boolean.toString(d.index() == plan.baseline()));
                p.printRecord(row);
            }
        }
    }

    private List<String> runRow(RunRecord r, SortedSet<MetricKey> columns) {
        List<String> row = pointCells(plan.points().get(r.point()));
        row.add(Integer.toString(r.replication()));
        row.add(SeedText.format(r.seed()));
        row.add(r.ok() ? "ok" : "failed");
        row.add(r.ok() ? "" : r.error());
        for (MetricKey k : columns) {
            Double v = r.values().get(k);
            row.add(v == null ? "" : Fmt.num(v));
        }
        return row;
    }

    /** The rows of one run in runs_long.csv: one per kept value, in the order of runs.csv's columns. */
    private void writeLong(RunRecord r, CSVPrinter out) throws IOException {
        List<String> lead = new ArrayList<>(List.of(Integer.toString(r.run())));
        lead.addAll(pointCells(plan.points().get(r.point())));
        lead.add(Integer.toString(r.replication()));
        lead.add(SeedText.format(r.seed()));
        for (var e : r.values().entrySet()) {
            List<String> row = new ArrayList<>(lead);
            row.addAll(keyCells(e.getKey()));
            row.add(Fmt.num(e.getValue()));
            printRow(out, row);
        }
    }

    /**
     * One record, cell by cell: the same bytes as {@link CSVPrinter#printRecord(Iterable)}, without the stream that
     * commons-csv 1.14 builds for every record (a third of the time of runs_long.csv, one row per kept value; JFR).
     */
    private static void printRow(CSVPrinter out, List<String> cells) throws IOException {
        for (String cell : cells) {
            out.print(cell);
        }
        out.println();
    }

    /**
     * The running statistics of one design point (one {@link RunningStats} and one {@link PairedDifference} per kept
     * value, added in run order), written as its summary.csv and differences.csv rows when the point ends.
     */
    private final class PointStats {
        final int index;
        /** The baseline's runs to pair with, or null (this point is the baseline, or the baseline is elsewhere). */
        private final BaselineRuns baseline;
        private final TreeMap<MetricKey, RunningStats> stats = new TreeMap<>();
        private final TreeMap<MetricKey, PairedDifference> paired = new TreeMap<>();

        PointStats(int index, BaselineRuns baseline) {
            this.index = index;
            this.baseline = baseline;
        }

        void add(RunRecord r) throws IOException {
            RunRecord base = baseline == null ? null : baseline.replication(r.replication());
            for (var e : r.values().entrySet()) {
                stats.computeIfAbsent(e.getKey(), k -> new RunningStats()).add(e.getValue());
                Double b = base == null ? null : base.values().get(e.getKey());
                if (b != null) {
                    paired.computeIfAbsent(e.getKey(),
                            k -> new PairedDifference(PairedDifference.Direction.SCENARIO_MINUS_BASELINE))
                            .add(b, e.getValue());
                }
            }
        }

        /** Closes the point's reader of the baseline (again: no effect). */
        void release() throws IOException {
            if (baseline != null) {
                baseline.close();
            }
        }

        /** Writes the point's summary.csv and differences.csv rows, once all its runs are added. */
        void write(CSVPrinter summary, CSVPrinter diffs) throws IOException {
            release();
            List<String> cells = pointCells(plan.points().get(index));
            for (var e : stats.entrySet()) {
                RunningStats s = e.getValue();
                List<String> row = new ArrayList<>(cells);
                row.addAll(keyCells(e.getKey()));
                double[] ci = Metrics.bounds(e.getKey().metric()).ci95(s.mean(), s.ci95HalfWidth());
                row.addAll(List.of(Integer.toString(s.n()), Fmt.num(s.mean()), Fmt.num(s.sd()),
                        Fmt.num(ci[0]), Fmt.num(ci[1])));
                summary.printRecord(row);
            }
            for (var e : paired.entrySet()) {
                PairedDifference d = e.getValue();
                double half = d.halfWidth();
                double unpaired = d.unpairedHalfWidth();
                double ratio = unpaired > 0 ? half / unpaired : Double.NaN;
                List<String> row = new ArrayList<>(cells);
                row.addAll(keyCells(e.getKey()));
                row.addAll(List.of(Integer.toString(plan.baseline()), Integer.toString(d.n()), Fmt.num(d.mean()),
                        Fmt.num(d.sd()), Fmt.num(d.mean() - half), Fmt.num(d.mean() + half),
                        Fmt.num(d.mean() - unpaired), Fmt.num(d.mean() + unpaired), Fmt.num(ratio)));
                diffs.printRecord(row);
            }
        }
    }

    /**
     * The baseline's records, read from the journal from the first of them on, forward only: asked for the
     * replications of a point in increasing order (the journal's run order), it returns the baseline's run of each
     * (failed ones too) or null where the journal has none.
     */
    private static final class BaselineRuns {
        private final JournalReader in;
        private final int baseline;
        private RunRecord current;

        BaselineRuns(Path journal, long from, int baseline) throws IOException {
            this.in = new JournalReader(journal, from);
            this.baseline = baseline;
            this.current = in.next();
        }

        RunRecord replication(int replication) throws IOException {
            while (current != null && current.point() == baseline && current.replication() < replication) {
                current = in.next();
            }
            return current != null && current.point() == baseline && current.replication() == replication
                    ? current : null;
        }

        void close() throws IOException {
            in.close();
        }
    }

    private List<String> pointHeader() {
        List<String> head = new ArrayList<>(List.of("design_point", "scenario"));
        head.addAll(plan.parameterPaths());
        return head;
    }

    private List<String> pointCells(DesignPoint d) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(d.index()));
        row.add(d.scenario().id());
        for (String path : plan.parameterPaths()) {
            row.add(Fmt.value(d.values().get(path)));
        }
        return row;
    }

    private List<String> keyCells(MetricKey k) {
        return List.of(k.metric(), k.commodity(), Csv.regionCell(k.region()), k.detail(), Integer.toString(k.year()),
                unit(k.metric(), k.commodity()));
    }

    /** The metric's unit (unitOf), made specific to the commodity's unit ({@link Units#specific}). */
    private String unit(String metric, String commodity) {
        String unit = unitOf.apply(metric);
        if (unit == null) {
            return "";
        }
        String commodityUnit = commodity.isEmpty() ? null : commodityUnits.get(commodity);
        return commodityUnit == null ? unit : Units.specific(unit, commodityUnit);
    }

    static CSVPrinter printer(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSV);
    }
}
