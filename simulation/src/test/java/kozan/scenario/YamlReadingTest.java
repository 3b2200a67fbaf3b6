package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The fast paths of scenario loading (issue 18) give what the slow ones gave: {@link TextReader} puts every node at
 * the line, column and index SnakeYAML's own reader does (line ends LF, CRLF, CR, NEL, LS; byte-order marks;
 * characters outside the BMP; a long line), finds the same syntax errors and non-printable characters; and
 * {@link Scalars#simpleDecimal} accepts only numbers the full checks read the same way.
 */
class YamlReadingTest {

    static final List<String> TEXTS = List.of(
            "a: 1\nb: [x, y]\nc: {d: 2.5, e: \"q\"}\n",
            "a: 1\r\nb:\r\n  - x\r\n  - 'y z'\r\n",
            "a: 1\rb: 2\r",
            "a: 1\u0085b: 2\u2028c: 3\n",
            "\uFEFFa: 1\nb: \"\uD83D\uDE00 emoji\"\nc: 北海道\n",
            "desc: >-\n  folded\n  text\nlist:\n- 1\n- {k: v}\n",
            "long: \"" + "x".repeat(5000) + "\"\nplain: " + "y".repeat(3000) + "\nz: 1\n",
            "a: &anchor [1, 2]\nb: *anchor\n# comment\n");

    @Test
    void everyNodeSitsWhereSnakeYamlsOwnReaderPutsIt() {
        for (String text : TEXTS) {
            assertThat(marks(compose(new TextReader(text, "f.yaml"))))
                    .as(text.length() > 80 ? text.substring(0, 80) : text)
                    .isEqualTo(marks(compose(new StreamReader(new StringReader(text)))))
                    .isNotEmpty();
        }
    }

    @Test
    void syntaxErrorsAndSpecialCharactersAreFoundAtTheSamePlace() {
        for (String text : List.of("a: [1, 2\nb: 3\n", "a: 1\n  b: 2\nc: 3\n", "a: 1\nb: \"x\u0007y\"\n",
                "a: 1\n" + "b: 2\n".repeat(400) + "c: \u0001\n")) {
            assertThat(error(() -> compose(new TextReader(text, "f.yaml"))))
                    .isEqualTo(error(() -> compose(new StreamReader(new StringReader(text)))))
                    .isNotEmpty();
        }
    }

    @Test
    void marksNameTheFile() {
        Node root = compose(new TextReader("a: 1\n", "dir/f.yaml"));
        assertThat(root.getStartMark().getName()).isEqualTo("dir/f.yaml");
    }

    @Property(seed = "20261205", tries = 2000)
    void aSimpleDecimalReadsAsTheFullChecksReadIt(@ForAll("numberLike") String s) throws Exception {
        if (Scalars.simpleDecimal(s)) {
            // same value and scale: BigDecimal.equals compares both
            assertThat(new BigDecimal(s)).isEqualTo(Scalars.checkedNumber(s));
        }
    }

    @Test
    void simpleDecimalsAreOnlyPlainNumbers() {
        assertThat(List.of("0", "7", "-12", "0.5", "3.25e-4", "1E6", "-0.0")).allMatch(Scalars::simpleDecimal);
        // leading zeros (YAML 1.1 octal), +, _, bare points, .inf, hex, base 60: left to the full checks
        assertThat(List.of("010", "+1", "1_000", "1.", ".5", "-.inf", "0x1F", "1:30", "1e", "", "-"))
                .noneMatch(Scalars::simpleDecimal);
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("0123456789.-+eE_").ofMinLength(1).ofMaxLength(8);
    }

    private static Node compose(StreamReader reader) {
        LoaderOptions o = YamlTree.options();
        return new Composer(new ParserImpl(reader, o), new Resolver(), o).getSingleNode();
    }

    private static String error(Runnable r) {
        try {
            r.run();
            return "";
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            return e.getProblem() + " at " + m.getLine() + ":" + m.getColumn() + ":" + m.getIndex();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    private static List<String> marks(Node node) {
        List<String> out = new ArrayList<>();
        walk(node, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        for (Mark m : List.of(n.getStartMark(), n.getEndMark())) {
            out.add(m.getLine() + ":" + m.getColumn() + ":" + m.getIndex());
        }
        if (n instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                walk(t.getKeyNode(), out);
                walk(t.getValueNode(), out);
            }
        } else if (n instanceof SequenceNode seq) {
            seq.getValue().forEach(x -> walk(x, out));
        }
    }
}
