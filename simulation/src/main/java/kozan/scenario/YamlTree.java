package kozan.scenario;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into a node tree (never into objects, so no class is ever instantiated from a tag) under
 * resource limits, then checks what SnakeYAML's composer lets through: duplicate keys at any depth,
 * non-standard tags, merge keys and non-text keys.
 */
final class YamlTree {
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 50;
    /**
     * The smallest limit on the characters (code points) of a scenario file, whatever the heap: 10 Mi, the fixed
     * limit before issue 18.
     */
    static final int MIN_MAX_CHARS = 10 * 1024 * 1024;
    /**
     * Bytes of Java heap per character of scenario text that loading may need at its peak (node tree, positions,
     * bound records; about 40 measured on scenarios/large.yaml, docs/performance.md), with a margin.
     */
    static final long HEAP_BYTES_PER_CHAR = 64;
    /** System property that sets the limit in characters instead (e.g. {@code -Dkozan.scenario.maxChars=200000000}). */
    static final String MAX_CHARS_PROPERTY = "kozan.scenario.maxChars";

    /** Tags a scenario may carry; all but these (e.g. !!java.io.File, !foo, !!binary) are rejected. */
    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ,
            Tag.TIMESTAMP);

    private static final String NO_TAGS = "scenarios hold only plain values, lists and mappings; remove the tag";

    private final String file;
    private final List<Problem> problems;
    /** Nodes already checked: aliases make the tree a DAG; identity membership only, never iterated. */
    private final Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlTree(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(MAX_ALIASES);
        o.setNestingDepthLimit(MAX_DEPTH);
        o.setCodePointLimit(maxChars());
        o.setAllowRecursiveKeys(false);
        o.setAllowDuplicateKeys(true); // checked below on the node tree, with both positions
        return o;
    }

    /** The checked root node, or null when the text cannot be parsed (problems added). */
    static Node parse(String text, String file, List<Problem> problems) {
        // Checked up front: SnakeYAML would find out only after scanning up to the limit, which is slow.
        int max = maxChars();
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            problems.add(new Problem(file, 0, 0, "", limitMessage("code points")));
            return null;
        }
        Node root;
        try {
            root = compose(text, file);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (what.startsWith("Global tag is not allowed: ")) {
                Tag tag = new Tag(what.substring("Global tag is not allowed: ".length()).strip());
                problems.add(at(file, m, "", "tag " + quotedTag(tag) + " is not allowed; " + NO_TAGS));
                return null;
            }
            if (e.getContext() != null) {
                what = e.getContext() + ": " + what;
            }
            String hint = what.contains("block") ? "; check the indentation of this line and the one above" : "";
            problems.add(at(file, m, "", "YAML syntax error: " + firstLine(what) + hint));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(file, 0, 0, "", limitMessage(e.getMessage())));
            return null;
        }
        if (root == null) {
            problems.add(new Problem(file, 1, 1, "", "the file is empty; a scenario is a mapping with at least "
                    + "metadata, calendar, regions and commodities"));
            return null;
        }
        new YamlTree(file, problems).check(root, Path.ROOT);
        return root;
    }

    /**
     * Composes YAML text into nodes whose marks carry the file name ({@link Mark#getName()}), so a problem found
     * after files are merged ({@code extends}) still names the file its value came from.
     */
    static Node compose(String text, String file) {
        LoaderOptions o = options();
        Node root = text.length() >= FlowLines.MIN_CHARS ? FlowLines.compose(text, file, o) : null;
        return root != null ? root
                : new YamlComposer(new ParserImpl(new TextReader(text, file), o), new Resolver(), o).singleNode();
    }

    /**
     * The most characters (code points) a scenario file may hold: the value of the system property
     * {@value #MAX_CHARS_PROPERTY} when set, else what the Java heap can load ({@link #HEAP_BYTES_PER_CHAR} bytes a
     * character, at least {@link #MIN_MAX_CHARS}), so that a file too large for the heap is refused with a message
     * saying how to give it more, instead of failing with an OutOfMemoryError after minutes of work.
     */
    static int maxChars() {
        String set = System.getProperty(MAX_CHARS_PROPERTY);
        if (set != null) {
            try {
                return Math.max(1, Integer.parseInt(set.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                // an unreadable setting falls back to the heap rule; the message names the limit used
            }
        }
        long heap = Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_CHAR;
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(MIN_MAX_CHARS, heap));
    }

    /** The bad-input message for a file over {@link #maxChars()}: the limit, why, and the two ways to raise it. */
    static String tooLarge() {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        String why = System.getProperty(MAX_CHARS_PROPERTY) != null ? "set by -D" + MAX_CHARS_PROPERTY
                : "what a Java heap of " + String.format(java.util.Locale.ROOT, "%,d", heapMb) + " MB can load";
        return "file larger than the limit of " + String.format(java.util.Locale.ROOT, "%,d", maxChars())
                + " characters (" + why + "); give Java more memory (e.g. KOZAN_JAVA_OPTS=-Xmx16g) or set the limit"
                + " with -D" + MAX_CHARS_PROPERTY + "=N";
    }

    private static String firstLine(String s) {
        return s.strip().lines().findFirst().orElse(s).strip();
    }

    static String limitMessage(String snake) {
        String m = snake == null ? "" : snake;
        if (m.contains("aliases")) {
            return "more than " + MAX_ALIASES + " aliases (*name) to lists or mappings; refused to guard against "
                    + "exponential expansion ('billion laughs'); write the values out or use fewer aliases";
        }
        if (m.contains("Nesting Depth")) {
            return "nesting deeper than " + MAX_DEPTH + " levels; a scenario needs fewer than 10";
        }
        if (m.contains("code points")) {
            return tooLarge();
        }
        return "YAML error: " + firstLine(m);
    }

    /** A problem at a mark, in the file the mark names ({@link #compose}); without a mark, in {@code file}. */
    static Problem at(String file, Mark m, String path, String message) {
        return m == null ? new Problem(file, 0, 0, path, message)
                : new Problem(m.getName(), m.getLine() + 1, m.getColumn() + 1, path, message);
    }

    static String position(Mark m) {
        return (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    /** Path of a list element: [id] when the element is a mapping with a scalar id, else [index]. */
    static String label(Node element, int index) {
        if (element instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                        && t.getValueNode() instanceof ScalarNode v && !v.getValue().isEmpty()) {
                    return "[" + v.getValue() + "]";
                }
            }
        }
        return "[" + index + "]";
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A single value standing for a record with a {@link Shorthand}: as a mapping {component: value}. */
    static Node shorthand(Class<?> type, Node node) {
        Shorthand sh = type.getAnnotation(Shorthand.class);
        if (sh == null || !(node instanceof ScalarNode s) || Scalars.isNull(s)) {
            return node;
        }
        ScalarNode key = new ScalarNode(Tag.STR, Schema.snake(sh.value()),
                node.getStartMark(), node.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
        return new MappingNode(Tag.MAP, List.of(new NodeTuple(key, node)),
                DumperOptions.FlowStyle.FLOW);
    }

    /**
     * A field path built only when a problem names it: the checks visit every node of a national-size scenario
     * (half a million), and nearly all of them pass.
     */
    private record Path(Path parent, String key, Node element, int index) {
        static final Path ROOT = new Path(null, null, null, 0);

        Path key(String k) {
            return new Path(this, k, null, 0);
        }

        Path element(Node item, int i) {
            return new Path(this, null, item, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String above = parent.toString();
            return key != null ? join(above, key) : above + label(element, index);
        }
    }

    private void check(Node node, Path path) {
        // only an anchored node can be reached twice (through an alias, which makes the tree a DAG or a cycle)
        if (node.getAnchor() != null && !seen.add(node)) {
            return;
        }
        if (!STANDARD.contains(node.getTag())) {
            problems.add(at(file, node.getStartMark(), path.toString(), "tag " + quotedTag(node.getTag())
                    + " is not allowed; " + NO_TAGS));
            return;
        }
        if (node instanceof MappingNode m) {
            List<NodeTuple> tuples = m.getValue();
            // duplicate keys: a set of the keys seen so far, positions looked up only for a duplicate
            Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple t = tuples.get(i);
                Node k = t.getKeyNode();
                if (k.getTag().equals(Tag.MERGE)) {
                    problems.add(at(file, k.getStartMark(), path.toString(), "merge keys (<<) are not supported; "
                            + "write the keys out (an alias *name may still stand for a whole value)"));
                    continue;
                }
                if (!(k instanceof ScalarNode ks)) {
                    problems.add(at(file, k.getStartMark(), path.toString(), "a key must be a plain name; got a "
                            + (k instanceof MappingNode ? "mapping" : "list")));
                    continue;
                }
                String key = ks.getValue();
                Path p = path.key(key);
                if (!keys.add(key)) {
                    problems.add(at(file, k.getStartMark(), p.toString(), "duplicate key '" + key
                            + "'; first given at " + position(firstKey(tuples, key)) + "; keep only one"));
                }
                check(t.getValueNode(), p);
            }
        } else if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), path.element(items.get(i), i));
            }
        }
    }

    /** Start of the first scalar key {@code key} of a mapping (merge keys and non-scalar keys are not keys). */
    private static Mark firstKey(List<NodeTuple> tuples, String key) {
        for (NodeTuple t : tuples) {
            if (t.getKeyNode() instanceof ScalarNode k && !k.getTag().equals(Tag.MERGE) && k.getValue().equals(key)) {
                return k.getStartMark();
            }
        }
        throw new IllegalStateException("no key " + key);
    }

    private static String quotedTag(Tag tag) {
        String v = tag.getValue();
        return "'" + (v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v) + "'";
    }

    /** Nodes with a tag outside the allowed set (already reported by the check). */
    static boolean badTag(Node node) {
        return !STANDARD.contains(node.getTag());
    }
}
