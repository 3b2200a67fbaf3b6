package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A journal line: its exact bytes for the doubles {@link Double#toString} writes in each of its forms, keys in
 * {@link MetricKey} order, and a round trip through {@link RunRecord#parse} for ids that JSON escapes, failed runs and
 * any printable id (runs.jsonl and the tables read from it stay byte-identical to earlier builds).
 */
class RunRecordJsonTest {

    private static RunRecord record(List<String> strings, List<Double> values, long seed, String code) {
        TreeMap<MetricKey, Double> m = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            String s = strings.get(i % strings.size());
            m.put(new MetricKey("imports_t", s, i % 2 == 0 ? "" : s, "d" + i, 2030 + i), values.get(i));
        }
        return RunRecord.ok(7, 3, 1, seed, m).withCode(code);
    }

    @Test
    void aLineHasTheseBytes() throws IOException {
        // the doubles that Double.toString writes in each of its forms: integral, plain, exponent, negative zero,
        // subnormal, extremes; a non-ASCII id (written as it is)
        RunRecord r = record(List.of("copper", "", "東北", "rare_earths"),
                List.of(0.0, -0.0, 1.0, 0.1, Math.PI * 1e7, 1e7, 9999999.0, 1e-3, 1e-300, Double.MIN_VALUE,
                        Double.MAX_VALUE, -123456.789), Long.MIN_VALUE, "abc123-dirty");
        // keys in MetricKey order: commodity "" first
        assertThat(r.toJson()).startsWith("{\"run\":7,\"point\":3,\"replication\":1,\"seed\":-9223372036854775808,"
                + "\"status\":\"ok\",\"values\":[[\"imports_t\",\"\",\"\",\"d1\",2031,-0.0],");
        assertThat(RunRecord.parse(r.toJson())).isEqualTo(r);
        assertThat(record(List.of("x"), List.of(2.5), 0, null).toJson())
                .isEqualTo("{\"run\":7,\"point\":3,\"replication\":1,\"seed\":0,\"status\":\"ok\",\"values\":"
                        + "[[\"imports_t\",\"x\",\"\",\"d0\",2030,2.5]]}");
        RunRecord empty = record(List.of("x"), List.of(), 5, "c");
        assertThat(RunRecord.parse(empty.toJson())).isEqualTo(empty);
    }

    @Test
    void idsThatJsonEscapesAndFailedRunsComeBackAsWritten() throws IOException {
        for (String s : List.of("a\"b", "back\\slash", "tab\t", "nl\n", "\u0001")) {
            RunRecord r = record(List.of(s), List.of(1.0), 1, "c");
            assertThat(RunRecord.parse(r.toJson())).as(s).isEqualTo(r);
        }
        RunRecord failed = RunRecord.failed(1, 0, 1, 2, "boom");
        assertThat(RunRecord.parse(failed.toJson())).isEqualTo(failed);
    }

    @Property(seed = "20261205", tries = 300)
    void anyRecordComesBackAsWritten(@ForAll("ids") List<String> ids, @ForAll("doubles") List<Double> values,
                                     @ForAll long seed) throws IOException {
        RunRecord r = record(ids, values, seed, "v1");
        assertThat(RunRecord.parse(r.toJson())).isEqualTo(r);
    }

    @Provide
    Arbitrary<List<String>> ids() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', '東', '\u007f')
                .excludeChars('"', '\\').ofMaxLength(12).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Double>> doubles() {
        Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        return Arbitraries.oneOf(bits, Arbitraries.doubles().between(-1e12, 1e12)).list().ofMaxSize(20);
    }
}
