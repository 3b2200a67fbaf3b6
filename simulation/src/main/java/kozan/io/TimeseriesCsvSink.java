package kozan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import kozan.observe.RowSink;
import kozan.observe.Units;

/**
 * Streams one replication's monthly rows to timeseries.csv columns
 * ({@code replication,step,date,metric,commodity,region,detail,unit,value}) as they are produced; nothing is kept in
 * memory. The nation is region {@link Csv#NATIONAL}; the unit comes from {@link Units}.
 */
public final class TimeseriesCsvSink implements RowSink {

    private final Path file;
    private final String replication;
    private final YearMonth start;
    private final CsvRowWriter printer; // not CSVPrinter: the same bytes, several times faster (CsvRowWriter)
    private final Units units;
    private int cachedStep = -1;
    private String cachedStepText;
    private String cachedDate;

    /**
     * @param file        file to create (truncated if present)
     * @param replication replication number written in the first column
     * @param start       calendar month of step 0, for the date column (YYYY-MM)
     * @param withHeader  write the header row first (false for per-replication part files)
     * @param units       the unit of each metric and commodity
     */
    public TimeseriesCsvSink(Path file, int replication, YearMonth start, boolean withHeader, Units units)
            throws IOException {
        this.file = file;
        this.units = units;
        this.replication = Integer.toString(replication);
        this.start = start;
        this.printer = new CsvRowWriter(file);
        if (withHeader) {
            printer.printRecord(Csv.TIMESERIES_HEADER);
        }
    }

    @Override
    public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        if (step != cachedStep) { // rows of one month arrive together: format step and date once per month
            cachedStep = step;
            cachedStepText = Integer.toString(step);
            cachedDate = start.plusMonths(step).toString();
        }
        try {
            printer.printRecord(replication, cachedStepText, cachedDate, metric, commodity, Csv.regionCell(region),
                    detail, units.of(metric, commodity), Numbers.format(value));
        } catch (IOException e) {
            throw Csv.unchecked("writing " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(metric + " [" + commodity + "," + region + "," + detail
                    + "] at step " + step + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        Csv.close(printer, file);
    }
}
