package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link YamlComposer} (issue 18) makes the tree SnakeYAML's own composer makes: every node's kind, tag, whether the
 * tag was resolved, value, style, anchor, start and end position, which nodes are the same object (aliases), and the
 * same errors with the same positions.
 */
class YamlComposerTest {

    static final List<String> TEXTS = List.of(
            "a: 1\nb: [x, y, 1.5, true, ~, 2030-01]\nc: {d: 2.5, e: \"q\", f: 'r'}\n",
            "a: &x [1, 2]\nb: *x\nc: &s text\nd: *s\ne: &m {k: v}\nf: [*m, *x, *s]\n",
            "r: &r\n  self: *r\n", // recursive: an alias to an open ancestor
            "! a: !!str 1\nb: !!int '2'\nc: !local x\nd: !!seq [1]\ne: !!map {k: v}\nf: !<tag:yaml.org,2002:str> 3\n",
            "<<: {a: 1}\nb: {<<: *c}\n".replace("*c", "{x: 1}"),
            "? [1, 2]\n: complex key\n? {a: b}\n: v\n",
            "desc: >-\n  folded\n  text\nlit: |\n  line\n  two\nempty:\nnull_word: null\n",
            "- 1\n- - nested\n  - {a: [b, {c: d}]}\n- ''\n- \"\"\n- 0x1F\n- .inf\n- yes\n- 1:30\n",
            "# only a comment\n",
            "",
            "--- 1\n...\n",
            "same: 1\nsame: 2\n",
            "a: !<tag:example.com,2000:x> 1\n");

    @Test
    void composesTheTreeSnakeYamlsComposerMakes() {
        for (String text : TEXTS) {
            assertThat(describe(() -> ours(text))).as(text).isEqualTo(describe(() -> stock(text)));
        }
    }

    @Test
    void failsWhereSnakeYamlsComposerFails() {
        List<String> bad = new ArrayList<>(List.of(
                "a: *nowhere\n",
                "a: 1\n--- \nb: 2\n",
                "a: !!java.io.File x\n",
                "a: [1, 2\nb: 3\n",
                "a: 1\n  b: 2\n"));
        // more than 50 aliases of a collection; nesting deeper than 50
        bad.add("x: &x [1]\ny: [" + "*x, ".repeat(51) + "]\n");
        bad.add("a: " + "[".repeat(52) + "]".repeat(52) + "\n");
        for (String text : bad) {
            String stock = describe(() -> stock(text));
            assertThat(stock).as(text).startsWith("error");
            assertThat(describe(() -> ours(text))).as(text).isEqualTo(stock);
        }
    }

    @Test
    void sharesTheTextOfRepeatedPlainScalars() {
        Node root = ours("a: [rare_earths, rare_earths]\nb: rare_earths\n");
        List<Node> items = ((SequenceNode) ((MappingNode) root).getValue().get(0).getValueNode()).getValue();
        assertThat(((ScalarNode) items.get(0)).getValue()).isSameAs(((ScalarNode) items.get(1)).getValue());
    }

    private static Node ours(String text) {
        LoaderOptions o = YamlTree.options();
        return new YamlComposer(new ParserImpl(new TextReader(text, "f.yaml"), o), new Resolver(), o).singleNode();
    }

    private static Node stock(String text) {
        LoaderOptions o = YamlTree.options();
        return new Composer(new ParserImpl(new TextReader(text, "f.yaml"), o), new Resolver(), o).getSingleNode();
    }

    static String describe(Supplier<Node> compose) {
        Node root;
        try {
            root = compose.get();
        } catch (MarkedYAMLException e) {
            return "error " + snakeYamlClass(e) + ": " + e.getContext() + " " + mark(e.getContextMark())
                    + " " + e.getProblem() + " " + mark(e.getProblemMark());
        } catch (RuntimeException e) {
            return "error " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (root == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        walk(root, new IdentityHashMap<>(), out);
        return out.toString();
    }

    /** The exception's class, or the SnakeYAML class it extends (ours subclasses ComposerException). */
    private static String snakeYamlClass(Exception e) {
        Class<?> c = e.getClass();
        while (!c.getName().startsWith("org.yaml.")) {
            c = c.getSuperclass();
        }
        return c.getSimpleName();
    }

    /** Node.resolved is protected, with no getter. */
    private static boolean resolved(Node n) {
        try {
            java.lang.reflect.Field f = Node.class.getDeclaredField("resolved");
            f.setAccessible(true);
            return f.getBoolean(n);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mark(Mark m) {
        return m == null ? "-" : m.getName() + ":" + m.getLine() + ":" + m.getColumn() + ":" + m.getIndex();
    }

    /** Every node once, in order; a node met again (an alias) is written as a reference to its first number. */
    private static void walk(Node n, Map<Node, Integer> seen, StringBuilder out) {
        Integer first = seen.get(n);
        if (first != null) {
            out.append("=#").append(first).append('\n');
            return;
        }
        seen.put(n, seen.size());
        out.append('#').append(seen.size() - 1).append(' ').append(n.getNodeId()).append(' ').append(n.getTag())
                .append(" resolved=").append(resolved(n)).append(" anchor=").append(n.getAnchor())
                .append(" twoSteps=").append(n.isTwoStepsConstruction()).append(' ').append(mark(n.getStartMark()))
                .append(' ').append(mark(n.getEndMark()));
        if (n instanceof ScalarNode s) {
            out.append(" style=").append(s.getScalarStyle()).append(" value=").append(s.getValue()).append('\n');
        } else if (n instanceof SequenceNode seq) {
            out.append(" flow=").append(seq.getFlowStyle()).append('\n');
            seq.getValue().forEach(x -> walk(x, seen, out));
        } else if (n instanceof MappingNode map) {
            out.append(" flow=").append(map.getFlowStyle()).append(" merged=").append(map.isMerged()).append('\n');
            for (NodeTuple t : map.getValue()) {
                walk(t.getKeyNode(), seen, out);
                walk(t.getValueNode(), seen, out);
            }
        }
    }
}
