package kozan.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * impacts.csv (docs/outputs.md): the impact table of a run, IMPLAN style, by replication, year, region, IO sector
 * and effect. Persons are annual means of monthly filled jobs; yen are annual sums in JPY (2025).
 */
public final class ImpactsCsv implements ImpactRows {

    public static final String FILE = "impacts.csv";
    /** Value columns, in order. */
    public static final List<String> VALUES = List.of("employment", "labour_income_yen", "value_added_yen", "output_yen");
    public static final List<String> HEADER = List.of("replication", "year", "region", "industry", "effect",
            "employment", "labour_income_yen", "value_added_yen", "output_yen");

    private final Path file;
    private final CSVPrinter printer;

    public ImpactsCsv(Path file, boolean withHeader) throws IOException {
        this.file = file;
        this.printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), Csv.FORMAT);
        if (withHeader) {
            printer.printRecord(HEADER);
        }
    }

    /** One row; {@code values} in {@link #VALUES} order. */
    @Override
    public void row(int replication, int year, String region, String industry, String effect, double[] values) {
        try {
            printer.printRecord(replication, year, region, industry, effect, Numbers.format(values[0]),
                    Numbers.format(values[1]), Numbers.format(values[2]), Numbers.format(values[3]));
        } catch (IOException e) {
            throw Csv.unchecked("writing " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw Csv.unchecked("writing " + file, e);
        }
    }
}
