package kozan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kozan.io.Csv;
import kozan.validation.ValidationRuns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The command line driven through the real model ({@link ModelEngine}), for tests that must see what a user sees:
 * exit code, standard output and standard error of one {@link Main#execute} call, plus short copies of the
 * repository's scenarios and a reader of the CSV files a run writes.
 */
public final class RealRuns {

    /** Exit code and both streams of one command. */
    public record Outcome(int code, String out, String err) {
    }

    private RealRuns() {
    }

    /** {@code kozan ARGS} with the real engine. */
    public static Outcome kozan(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new ModelEngine(), new PrintWriter(o), new PrintWriter(e), args);
        return new Outcome(code, o.toString(), e.toString());
    }

    /**
     * scenarios/NAME cut to 5 years (2025-2029) with target years 2025 and 2029, written into {@code dir} under the
     * same name (so results and comparisons are named as for the original).
     */
    public static Path fiveYears(String name, Path dir) throws IOException {
        String text = Files.readString(ValidationRuns.repositoryRoot().resolve("scenarios").resolve(name), StandardCharsets.UTF_8);
        java.util.regex.Matcher parent = java.util.regex.Pattern.compile("(?m)^extends:\\s*(\\S+)").matcher(text);
        if (parent.find() && !text.contains("horizon_years:")) {
            fiveYears(parent.group(1), dir); // a delta: its horizon comes from the file it extends, cut next to it
            return Files.writeString(Files.createDirectories(dir).resolve(name), text, StandardCharsets.UTF_8);
        }
        String cut = text.replaceFirst("(?m)^(\\s*)horizon_years: 35\\b", "$1horizon_years: 5")
                .replaceFirst("(?m)^(\\s*)target_years: \\[[^]]*]", "$1target_years: [2025, 2029]");
        if (cut.equals(text) || !cut.contains("horizon_years: 5") || !cut.contains("target_years: [2025, 2029]")) {
            throw new IllegalStateException(name + ": horizon_years: 35 or target_years not found to shorten");
        }
        return Files.writeString(Files.createDirectories(dir).resolve(name), cut, StandardCharsets.UTF_8);
    }

    /**
     * The rows of a CSV file with a header, keyed by the values of {@code keyColumns} joined with "|"; each row is
     * a column-name-to-text map. The region column is read as Kozan reads it ({@link Csv#region}: the nation,
     * written JP, is "").
     */
    public static Map<String, Map<String, String>> csv(Path file, String... keyColumns) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        CSVFormat format = Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                Map<String, String> row = r.toMap();
                row.computeIfPresent("region", (k, v) -> Csv.region(v)); // the nation is written JP, read as ""
                StringBuilder key = new StringBuilder();
                for (String k : keyColumns) {
                    key.append(key.isEmpty() ? "" : "|").append(row.get(k));
                }
                if (rows.put(key.toString(), row) != null) {
                    throw new IllegalStateException(file + ": two rows with key " + key);
                }
            }
        }
        return rows;
    }
}
