package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link FlowLines} (issue 18's load time) gives the tree SnakeYAML gives, node for node (kind, tag, value, style,
 * start and end positions), and every error SnakeYAML gives, because anything it does not read is left to SnakeYAML.
 */
class FlowLinesTest {

    @Test
    void readsTheScenarioFilesAsSnakeYamlDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("../scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("large.yaml", "baseline.yaml");
        for (Path f : files) {
            String text = Files.readString(f);
            Node fast = FlowLines.compose(text, f.toString(), YamlTree.options());
            if (f.endsWith("large.yaml")) {
                assertThat(fast).as("large.yaml is read by FlowLines, not by the fallback").isNotNull();
            }
            assertSameTree(viaFlowLines(text, f.toString()), stock(text, f.toString()), f.toString());
        }
    }

    @Test
    void leavesToSnakeYamlWhatItDoesNotRead() {
        List<String> texts = List.of(
                "a:\n  - {k: v, n: 1.5, l: [x, 'y z', \"w\"], m: {p: q}}\n  - {}\n  - {e: []}\n",
                "a:\n- {k: v}\n-   {k: w}   \n",
                "a:\n  - {k: v}\n  - {k: [w]}  ", // the ends of the list and the document: after the cut, on its line
                "a:\r\n  - {k: v}\r\n  - {k: w}\rb:\n  - {k: \"\u65e5\u672c\"}\u2028c: 1\n",
                // outside the subset: escapes, doubled quotes, trailing commas, comments, tags, anchors, colons
                "a:\n  - {k: \"x\\ty\"}\n  - {k: 'it''s'}\n  - {k: v,}\n  - {k: v} # c\n  - {k: !!str 1}\n"
                        + "  - {k: &a v}\n  - {k: 12:30}\n  - {k: [a, b,]}\n  - {k}\n  - {k: }\n  - {\"k\": v}\n"
                        + "  - {k : v}\n  - {k:v}\n  - {k: - x}\n  - {k: v}: w\n  - {k: v} x\n",
                // a line that only looks like an entry: inside a block scalar, a quoted or plain text, a flow list
                "a: |\n  - {k: v}\nb: \"x\n  - {k: v}\"\nc: plain\n  - {k: v}\nd: [\n  - {k: v}]\n",
                "a: >\n  - {k: v}\n  text\n",
                // errors: an entry after a mapping key, bad indentation, a bad line after good ones
                "a: 1\n  - {k: v}\n",
                "a:\n  - {k: v}\n b: 1\n",
                "a:\n  - {k: v}\n  - {k: [v}\n",
                "a:\n  - {k: v}\n  - {k: v}\n  -\tx\n",
                "- {k: v}\n- {k: \u0001}\n",
                "- {k: v}\n--- \n- {k: w}\n");
        for (String text : texts) {
            assertThat(YamlComposerTest.describe(() -> viaFlowLines(text, "f.yaml"))).as(text)
                    .isEqualTo(YamlComposerTest.describe(() -> stock(text, "f.yaml")));
        }
        assertThat(FlowLines.compose(texts.get(4), "f.yaml", YamlTree.options())).as("falls back").isNull();
        assertThat(FlowLines.compose(texts.get(0), "f.yaml", YamlTree.options())).as("reads").isNotNull();
    }

    @Property(tries = 400, seed = "20261205")
    void anyMixOfLinesReadsAsSnakeYamlReadsIt(@ForAll("documents") String text) {
        // the property is only worth something if many documents take the skeleton path rather than the fallback
        Statistics.collect(FlowLines.compose(text, "f.yaml", YamlTree.options()) != null ? "read" : "fallback");
        Statistics.coverage(c -> c.check("read").percentage(p -> p >= 20));
        assertThat(YamlComposerTest.describe(() -> viaFlowLines(text, "f.yaml")))
                .isEqualTo(YamlComposerTest.describe(() -> stock(text, "f.yaml")));
    }

    @Property(tries = 1000, seed = "20261205")
    void aNumbersTagIsTheResolversTag(@ForAll("numberLike") String text) {
        org.yaml.snakeyaml.nodes.Tag quick = FlowLines.number(text);
        if (quick != null) {
            assertThat(quick).isEqualTo(new Resolver().resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, text, true));
        }
        Statistics.collect(quick == null ? "resolver" : quick.getValue());
        Statistics.coverage(c -> {
            c.check("tag:yaml.org,2002:int").percentage(p -> p >= 3);
            c.check("tag:yaml.org,2002:float").percentage(p -> p >= 3);
            c.check("tag:yaml.org,2002:str").percentage(p -> p >= 3);
        });
    }

    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> decimal = Arbitraries.of("", "-").flatMap(sign -> digits.flatMap(a -> digits.flatMap(b ->
                Arbitraries.of("", "e3", "E-07", "e+1", "e").map(exp -> sign + a + "." + b + exp))));
        return Arbitraries.oneOf(decimal,
                Arbitraries.strings().withChars("0123456789.-+eE_x:").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withChars("abfilnorstuxyNOTY~_/<.-0 ").ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("null", "Null", "NULL", "no", "No", "n", "on", "ON", "off", "yes", "Y", "true", "True",
                        "false", "FALSE", "~", "<<", "ok", "nothing", "tiny", "falsehood", "gold", "lg_a_00"));
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> value = Arbitraries.of("1", "-0.5", "1e3", "x y", "~", "null", "true", "on", "2030-01",
                "'q r'", "\"s t\"", "[]", "[a, 1]", "{}", "{p: q}", "{p: [1, {q: r}]}", "a  b", "-", "- x", "x #c",
                "\"x\\\"\"", "", "[a,]", "'", "\u00e9t\u00e9");
        Arbitrary<String> entry = Arbitraries.of("k", "id", "k2", "a b", "-k", "1")
                .flatMap(k -> value.map(v -> k + ": " + v));
        Arbitrary<String> mapping = entry.list().ofMinSize(0).ofMaxSize(3)
                .flatMap(es -> Arbitraries.of(", ", ",", " , ").map(sep -> "{" + String.join(sep, es) + "}"));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 4)
                        .flatMap(i -> mapping.map(m -> " ".repeat(i) + "- " + m))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("a:", "b: |", "c: >-", "  text", "d: \"open", "close\"", "e: [",
                        "]", "- x", "  -", "# comment", "", "   ", "---", "f: &x {k: v}", "g: *x", "  h: 1")));
        return line.list().ofMinSize(1).ofMaxSize(8)
                .flatMap(ls -> Arbitraries.of("\n", "\r\n").map(nl -> "a:" + nl + String.join(nl, ls) + nl));
    }

    /** What YamlTree.compose does with a text of at least FlowLines.MIN_CHARS characters. */
    private static Node viaFlowLines(String text, String file) {
        Node root = FlowLines.compose(text, file, YamlTree.options());
        return root != null ? root : stock(text, file);
    }

    @Test
    void smallTextsAreLeftToSnakeYamlLargeOnesAreNot() throws IOException {
        // baseline.yaml: 0.1 Mi characters; large.yaml: 5.2 Mi (a slip in the threshold's direction shows here)
        assertThat(Files.readString(Path.of("../scenarios/baseline.yaml")).length()).isLessThan(FlowLines.MIN_CHARS);
        String large = Files.readString(Path.of("../scenarios/large.yaml"));
        assertThat(large.length()).isGreaterThanOrEqualTo(FlowLines.MIN_CHARS);
        Node root = YamlTree.compose(large, "large.yaml");
        Node firstMine = ((SequenceNode) ((MappingNode) root).getValue().stream()
                .filter(t -> ((ScalarNode) t.getKeyNode()).getValue().equals("mines")).findFirst().orElseThrow()
                .getValueNode()).getValue().get(0);
        Node firstKey = ((MappingNode) firstMine).getValue().get(0).getKeyNode();
        assertThat(firstKey.getClass().getSimpleName()).as("read by FlowLines").isEqualTo("Scalar");
        Node small = YamlTree.compose("a:\n  - {k: v}\n", "f.yaml");
        Node key = ((MappingNode) ((SequenceNode) ((MappingNode) small).getValue().get(0).getValueNode()).getValue()
                .get(0)).getValue().get(0).getKeyNode();
        assertThat(key.getClass()).as("read by SnakeYAML").isEqualTo(ScalarNode.class);
    }

    /** The stock path: SnakeYAML's scanner and parser on the whole text. */
    private static Node stock(String text, String file) {
        LoaderOptions o = YamlTree.options();
        return new YamlComposer(new ParserImpl(new TextReader(text, file), o), new Resolver(), o).singleNode();
    }

    /** Node by node, failing at the first difference (large.yaml has half a million nodes: no text of the tree). */
    private static void assertSameTree(Node a, Node b, String where) {
        assertThat(a.getNodeId()).as(where).isEqualTo(b.getNodeId());
        assertThat(a.getTag()).as(where).isEqualTo(b.getTag());
        assertThat(a.getAnchor()).as(where).isEqualTo(b.getAnchor());
        assertThat(mark(a.getStartMark()) + " " + mark(a.getEndMark())).as(where)
                .isEqualTo(mark(b.getStartMark()) + " " + mark(b.getEndMark()));
        String at = where + " " + mark(a.getStartMark());
        if (a instanceof ScalarNode s) {
            ScalarNode t = (ScalarNode) b;
            assertThat(s.getValue()).as(at).isEqualTo(t.getValue());
            assertThat(s.getScalarStyle()).as(at).isEqualTo(t.getScalarStyle());
        } else if (a instanceof SequenceNode s) {
            SequenceNode t = (SequenceNode) b;
            assertThat(s.getFlowStyle()).as(at).isEqualTo(t.getFlowStyle());
            assertThat(s.getValue()).as(at).hasSameSizeAs(t.getValue());
            for (int i = 0; i < s.getValue().size(); i++) {
                assertSameTree(s.getValue().get(i), t.getValue().get(i), where);
            }
        } else {
            MappingNode m = (MappingNode) a;
            MappingNode n = (MappingNode) b;
            assertThat(m.getFlowStyle()).as(at).isEqualTo(n.getFlowStyle());
            assertThat(m.isMerged()).as(at).isEqualTo(n.isMerged());
            assertThat(m.getValue()).as(at).hasSameSizeAs(n.getValue());
            for (int i = 0; i < m.getValue().size(); i++) {
                NodeTuple x = m.getValue().get(i);
                NodeTuple y = n.getValue().get(i);
                assertSameTree(x.getKeyNode(), y.getKeyNode(), where);
                assertSameTree(x.getValueNode(), y.getValueNode(), where);
            }
        }
    }

    private static String mark(Mark m) {
        return m == null ? "-" : m.getName() + ":" + m.getLine() + ":" + m.getColumn() + ":" + m.getIndex();
    }
}
