package kozan.io;

import java.io.IOException;
import java.nio.file.Path;
import kozan.observe.Units;

/**
 * Writes annual rows with the annual.csv columns {@code replication,year,metric,commodity,region,detail,unit,value}:
 * the nation as region {@link Csv#NATIONAL}, the unit from {@link Units}. Through {@link CsvRowWriter}: the bytes of
 * commons-csv's printer without its per-field cost (annual.csv is about 1.3 MB per replication of the baseline).
 */
public final class AnnualCsvWriter implements AnnualRows {

    private final Path file;
    private final CsvRowWriter printer;
    private final Units units;

    public AnnualCsvWriter(Path file, boolean withHeader, Units units) throws IOException {
        this.file = file;
        this.units = units;
        this.printer = new CsvRowWriter(file);
        if (withHeader) {
            printer.printRecord(Csv.ANNUAL_HEADER);
        }
    }

    @Override
    public void accept(int replication, int year, String metric, String commodity, String region, String detail,
                       double value) {
        accept(replication, year, metric, commodity, region, detail, Numbers.format(value));
    }

    /** One row whose value is already formatted ({@link Numbers#format}). */
    void accept(int replication, int year, String metric, String commodity, String region, String detail,
                String value) {
        try {
            printer.printRecord(Integer.toString(replication), Integer.toString(year), metric, commodity,
                    Csv.regionCell(region), detail, units.of(metric, commodity), value);
        } catch (IOException e) {
            throw Csv.unchecked("writing " + file, e);
        }
    }

    @Override
    public void close() {
        Csv.close(printer, file);
    }
}
