package kozan.scenario.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC-4180 CSV line splitter for the bundled IO files (quoted fields may hold commas).
 * kozan.scenario may not depend on commons-csv, and the files are small and regular.
 */
final class IoCsv {
    private IoCsv() {
    }

    /** Rows of fields; blank lines are skipped; a leading byte-order mark is dropped. */
    static List<String[]> parse(String text) {
        List<String[]> rows = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : body.split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(splitLine(line));
            }
        }
        return rows;
    }

    static String[] splitLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }

    /** Empty cells are zero in the MIC tables. */
    static double number(String cell, String where) {
        String s = cell.trim();
        if (s.isEmpty()) {
            return 0.0;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a number: '" + cell + "'", e);
        }
    }
}
