package kozan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * impacts.csv (docs/outputs.md): the impact table of a run, IMPLAN style, by replication, year, region, IO sector
 * and effect. Persons are annual means of monthly filled jobs; yen are annual sums in JPY (2025). Written through
 * {@link CsvRowWriter} (commons-csv's bytes, several times faster).
 */
public final class ImpactsCsv implements ImpactRows {

    public static final String FILE = "impacts.csv";
    /** Value columns, in order (value added is the metric's name: the same quantity as annual.csv's). */
    public static final List<String> VALUES = List.of("employment", "labour_income_yen", kozan.observe.Metrics.VALUE_ADDED_YEN,
            "output_yen");
    /** Where a row is: the columns before the values. */
    public static final List<String> KEYS = List.of("year", "region", "industry", "effect");
    public static final List<String> HEADER = concat(List.of("replication"), KEYS, VALUES);

    /** The lists one after the other. */
    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return List.copyOf(all);
    }

    private final Path file;
    private final CsvRowWriter printer;

    public ImpactsCsv(Path file, boolean withHeader) throws IOException {
        this.file = file;
        this.printer = new CsvRowWriter(file);
        if (withHeader) {
            printer.printRecord(HEADER);
        }
    }

    /** One row; {@code values} in {@link #VALUES} order. */
    @Override
    public void row(int replication, int year, String region, String industry, String effect, double[] values) {
        try {
            printer.printRecord(Integer.toString(replication), Integer.toString(year), Csv.regionCell(region), industry, effect, Numbers.format(values[0]),
                    Numbers.format(values[1]), Numbers.format(values[2]), Numbers.format(values[3]));
        } catch (IOException e) {
            throw Csv.unchecked("writing " + file, e);
        }
    }

    @Override
    public void close() {
        Csv.close(printer, file);
    }
}
