package kozan.chart;

import kozan.io.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small CSV file of a compare or batch folder as rows of column name -> text, header order kept. */
record CsvRows(Path file, List<String> header, List<Map<String, String>> rows) {

    static CsvRows read(Path file, String... required) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = p.getHeaderNames();
            for (String c : required) {
                if (!header.contains(c)) {
                    throw new InputException(file + ":1: no column '" + c + "' (the header is " + header + ")");
                }
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String h : header) {
                    m.put(h, r.isSet(h) ? r.get(h) : "");
                }
                rows.add(m);
            }
            return new CsvRows(file, List.copyOf(header), rows);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": not a readable CSV file: " + e.getMessage());
        }
    }

    /** A number cell; NaN when blank (undefined, e.g. an interval of one pair). */
    static double num(Map<String, String> row, String column) {
        String v = row.getOrDefault(column, "");
        if (v.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** National rows: region JP, or "" in files before 2026-12 ({@link kozan.io.Csv#region}). */
    static boolean national(Map<String, String> row) {
        return kozan.io.Csv.region(row.getOrDefault("region", "")).isEmpty();
    }
}
