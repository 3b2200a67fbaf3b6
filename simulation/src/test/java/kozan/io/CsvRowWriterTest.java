package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The fast row writer writes the bytes commons-csv's CSVPrinter writes in {@link Csv#FORMAT}, quoting included. */
class CsvRowWriterTest {

    private static String viaCommonsCsv(List<List<String>> rows) throws Exception {
        StringWriter text = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(text, Csv.FORMAT)) {
            for (List<String> r : rows) {
                p.printRecord(r.toArray());
            }
        }
        return text.toString();
    }

    private static String viaRowWriter(List<List<String>> rows) throws Exception {
        Path f = Files.createTempFile("kozan-csv-", ".csv");
        try {
            try (CsvRowWriter w = new CsvRowWriter(f)) {
                for (List<String> r : rows) {
                    w.printRecord(r.toArray());
                }
            }
            return Files.readString(f, StandardCharsets.UTF_8);
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void fieldsThatNeedQuotesAreQuotedAsCommonsCsvDoes() throws Exception {
        List<List<String>> rows = List.of(
                List.of("0", "12", "2025-01", "imports_t", "rare_earths", "", "", "-1234.5"), // typical row
                List.of("", "a,b", "say \"hi\"", "two\nlines", "#x", " lead", "trail ", "北海道"),
                List.of("-", "+1", "1e-05", "a/b:c", "x y", "!", "\t", "é"));
        assertThat(viaRowWriter(rows)).isEqualTo(viaCommonsCsv(rows));
        // the first row is written plain; the second quotes its empty first field, the comma, quote and line break
        assertThat(viaRowWriter(rows.subList(0, 1))).isEqualTo("0,12,2025-01,imports_t,rare_earths,,,-1234.5\n");
    }

    @Test
    void rowsPastTheBufferAndLongFieldsAreWrittenWhole() throws Exception {
        // 3,000 rows of about 60 bytes (180 KB: the 64 KB buffer fills twice), every 500th with a 2,000-character
        // plain field (longer than the fast path takes) or a quoted one
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String odd = i % 1000 == 0 ? "x".repeat(2000) : i % 500 == 0 ? "a, \"b\"" : "";
            rows.add(List.of(Integer.toString(i), "2025-01", "imports_t", "rare_earths", odd, "", "0.123456789012"));
        }
        assertThat(viaRowWriter(rows)).isEqualTo(viaCommonsCsv(rows));
        // only fields of the general path (a space), 9,000 rows of about 11 bytes (99 KB): the buffer fills there
        List<List<String>> general = new java.util.ArrayList<>();
        for (int i = 0; i < 9000; i++) {
            general.add(List.of("r " + i, "x y"));
        }
        assertThat(viaRowWriter(general)).isEqualTo(viaCommonsCsv(general));
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> field = Arbitraries.strings().withChars("aZ09_.-+:/ ,\"#\n\r\t!é北").ofMinLength(0)
                .ofMaxLength(6);
        return field.list().ofMinSize(1).ofMaxSize(8).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 300, seed = "20261205")
    void anyRowIsWrittenByteForByteAsCommonsCsvWritesIt(@ForAll("rows") List<List<String>> rows) throws Exception {
        assertThat(viaRowWriter(rows)).isEqualTo(viaCommonsCsv(rows));
    }

    @Test
    void aHeaderListIsOneRecord() throws Exception {
        Path f = Files.createTempFile("kozan-csv-", ".csv");
        try (CsvRowWriter w = new CsvRowWriter(f)) {
            w.printRecord(Csv.TIMESERIES_HEADER);
        }
        assertThat(Files.readString(f)).isEqualTo("replication,step,date,metric,commodity,region,detail,unit,value\n");
        Files.delete(f);
    }
}
