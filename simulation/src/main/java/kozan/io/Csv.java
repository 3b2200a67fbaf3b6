package kozan.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Column layouts of the results CSV files (the results-file contract) and the one CSV dialect used for them. */
public final class Csv {

    /** RFC 4180 quoting with "\n" record ends on every OS, so bytes do not depend on the platform. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    public static final List<String> TIMESERIES_HEADER =
            List.of("replication", "step", "date", "metric", "commodity", "region", "detail", "unit", "value");
    public static final List<String> ANNUAL_HEADER =
            List.of("replication", "year", "metric", "commodity", "region", "detail", "unit", "value");
    public static final List<String> SUMMARY_HEADER = List.of("metric", "commodity", "region", "detail", "year",
            "unit", "n", "mean", "sd", "ci95_low", "ci95_high", "p05", "p50", "p95");

    public static final String TIMESERIES = "timeseries.csv";
    public static final String ANNUAL = "annual.csv";
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_JSON = "summary.json";
    public static final String MANIFEST = "manifest.json";
    public static final String SCENARIO = "scenario.yaml";

    /**
     * The region cell of a national row. Inside Kozan the nation is region "" (no region); every CSV writes it as
     * {@code JP} (ISO 3166 code of Japan), because pandas reads an empty cell as NaN and a groupby then silently
     * drops the national rows. The scenario loader rejects a region called JP, so the cell is never ambiguous.
     */
    public static final String NATIONAL = kozan.scenario.RegionSpec.NATIONAL;

    private Csv() {
    }

    /** The region as written in a CSV cell: {@link #NATIONAL} for the nation (""), else the region id. */
    public static String regionCell(String region) {
        return region.isEmpty() ? NATIONAL : region;
    }

    /**
     * The region a CSV cell names, "" for the nation: {@link #NATIONAL}, and also "" itself, which results
     * directories written before 2026-12 (issue #17) hold in national rows.
     */
    public static String region(String cell) {
        return cell.equals(NATIONAL) ? "" : cell;
    }

    /** Row sinks cannot throw checked exceptions; disk errors travel as UncheckedIOException and are unwrapped by callers. */
    static UncheckedIOException unchecked(String what, IOException e) {
        return new UncheckedIOException(what + ": " + e.getMessage(), e);
    }

    /** Flushes and closes a row writer's printer (and its file); a disk error travels as {@link #unchecked}. */
    static void close(CSVPrinter printer, Object file) {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw unchecked("writing " + file, e);
        }
    }

    /** As {@link #close(CSVPrinter, Object)}, for the fast writer of the largest files. */
    static void close(CsvRowWriter printer, Object file) {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw unchecked("writing " + file, e);
        }
    }
}
