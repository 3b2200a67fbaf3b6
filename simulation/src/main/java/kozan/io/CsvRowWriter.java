package kozan.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes rows in {@link Csv#FORMAT} byte for byte as commons-csv's {@code CSVPrinter} does, several times faster,
 * for the files with millions of rows (timeseries.csv: about 14 MB per replication of the baseline).
 *
 * <p>Why not CSVPrinter: it scans and copies every field, and {@code CSVFormat.print} is {@code synchronized} on the
 * one shared format, so the worker threads of a run took turns to write their rows (half of a worker's time in a
 * profile of a 10-replication baseline run). Here a field made only of letters, digits and {@code _ . - + : /}
 * (ids, numbers, dates: nearly every field) never needs quotes in RFC 4180 and is written as ASCII bytes; any other
 * field goes through this writer's own copy of the format (no shared lock), so quoting stays commons-csv's.
 */
public final class CsvRowWriter implements Closeable {

    private static final int BUFFER = 1 << 16;
    private static final int MAX_PLAIN = 1024;

    private final OutputStream out;
    /** Bytes of the rows not yet written: one write per 64 KB, not one (synchronized) call per byte. */
    private final byte[] buf = new byte[BUFFER];
    private int used;
    private final CSVFormat format = Csv.FORMAT.builder().get(); // own instance: print() locks it
    private final StringBuilder slow = new StringBuilder();

    /** Creates (or truncates) {@code file}. */
    public CsvRowWriter(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
    }

    /** Writes one record: the fields' text ({@code toString}), separated by commas, ended by "\n". */
    public void printRecord(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof String s && plain(s)) {
                if (used + s.length() + 1 > BUFFER) {
                    drain();
                }
                if (i > 0) {
                    buf[used++] = ',';
                }
                for (int c = 0; c < s.length(); c++) {
                    buf[used++] = (byte) s.charAt(c); // ASCII: plain() allows nothing else
                }
            } else if (i > 0 && "".equals(v)) { // an empty field after the first is never quoted
                if (used == BUFFER) {
                    drain();
                }
                buf[used++] = ',';
            } else {
                slow.setLength(0);
                format.print(v, slow, i == 0); // writes the delimiter itself when not first
                byte[] bytes = slow.toString().getBytes(StandardCharsets.UTF_8);
                if (used + bytes.length > BUFFER) {
                    drain();
                }
                if (bytes.length > BUFFER) {
                    out.write(bytes);
                } else {
                    System.arraycopy(bytes, 0, buf, used, bytes.length);
                    used += bytes.length;
                }
            }
        }
        if (used == BUFFER) {
            drain();
        }
        buf[used++] = '\n';
    }

    private void drain() throws IOException {
        out.write(buf, 0, used);
        used = 0;
    }

    /** Writes one record from a list of fields (a header). */
    public void printRecord(Iterable<?> values) throws IOException {
        java.util.List<Object> all = new java.util.ArrayList<>();
        values.forEach(all::add);
        printRecord(all.toArray());
    }

    /**
     * Non-empty, at most 1,024 characters and only {@code [A-Za-z0-9_.+:/-]}: commons-csv quotes none of these (it quotes an empty first
     * field, a first character up to '#', a comma, quote, CR or LF anywhere, and a last character up to ' ').
     */
    static boolean plain(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_PLAIN) {
            return false; // a longer field takes the general path, so the buffer always has room for a plain one
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_'
                    || c == '.' || c == '-' || c == '+' || c == ':' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** As {@code CSVPrinter.close(true)}: flushes and closes the file. */
    public void close(boolean flush) throws IOException {
        try {
            if (flush) {
                drain();
            }
        } finally {
            out.close();
        }
    }

    @Override
    public void close() throws IOException {
        close(true);
    }
}
