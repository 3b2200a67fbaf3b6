package kozan.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares a results file written in the layout before manifest format 2 (2026-12, issue #17: national rows with
 * region "", no unit column in annual.csv and timeseries.csv, generic units "t" and "JPY" in summary files) with
 * the same file written now, by content: the same rows in the same order, the same cells in every column of the
 * old file, the region read by {@link Csv#region} and units left out (they are labels, not results). So
 * {@code kozan reproduce} still checks every number of a run published before the change.
 */
public final class LegacyLayout {

    private static final String REGION = "region";
    private static final String UNIT = "unit";

    private LegacyLayout() {
    }

    /**
     * Null when {@code rerun} holds what {@code recorded} (old layout) holds, else where the first difference is.
     * Files other than .csv and .json must be equal byte for byte.
     */
    public static String firstDifference(Path recorded, Path rerun) throws IOException {
        String name = recorded.getFileName().toString();
        if (name.endsWith(".csv")) {
            return csv(recorded, rerun);
        }
        if (name.endsWith(".json")) {
            return json(Json.read(recorded), Json.read(rerun), "") ? null : "different content (JSON)";
        }
        return Hashes.sha256(recorded).equals(Hashes.sha256(rerun)) ? null : "different bytes";
    }

    private static String csv(Path recorded, Path rerun) throws IOException {
        CSVFormat format = Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader a = Files.newBufferedReader(recorded, StandardCharsets.UTF_8);
             Reader b = Files.newBufferedReader(rerun, StandardCharsets.UTF_8);
             CSVParser old = CSVParser.builder().setReader(a).setFormat(format).get();
             CSVParser now = CSVParser.builder().setReader(b).setFormat(format).get()) {
            List<String> columns = old.getHeaderNames();
            Map<String, Integer> nowColumns = now.getHeaderMap();
            for (String c : columns) {
                if (!nowColumns.containsKey(c)) {
                    return "the rerun has no column '" + c + "'";
                }
            }
            Iterator<CSVRecord> x = old.iterator();
            Iterator<CSVRecord> y = now.iterator();
            while (x.hasNext() && y.hasNext()) {
                CSVRecord r = x.next();
                CSVRecord s = y.next();
                for (String c : columns) {
                    if (c.equals(UNIT)) {
                        continue;
                    }
                    String u = r.get(c);
                    String v = s.get(c);
                    if (c.equals(REGION) ? !Csv.region(u).equals(Csv.region(v)) : !u.equals(v)) {
                        return "line " + (r.getRecordNumber() + 1) + ": " + c + " recorded " + u + ", reproduced " + v;
                    }
                }
            }
            if (x.hasNext() || y.hasNext()) {
                return (x.hasNext() ? "the rerun" : "the recorded file") + " ends first";
            }
            return null;
        }
    }

    private static boolean json(JsonNode a, JsonNode b, String field) {
        if (field.equals(UNIT)) {
            return true;
        }
        if (field.equals(REGION) && a.isTextual() && b.isTextual()) {
            return Csv.region(a.asText()).equals(Csv.region(b.asText()));
        }
        if (a.isObject() && b.isObject()) {
            var names = a.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!b.has(n) || !json(a.get(n), b.get(n), n)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!json(a.get(i), b.get(i), field)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
