package kozan.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the entries of block lists written as one flow mapping a line ({@code   - {id: a, share: 0.5, ...}})
 * directly, without SnakeYAML's scanner and parser: a national-size scenario is almost nothing else (99% of the
 * bytes of {@code large.yaml}), and SnakeYAML spends most of the load on its tokens, events and marks
 * (docs/performance.md, "Loading").
 *
 * <p>Each such mapping is replaced by {@code ~} and spaces in a copy of the text (the skeleton, in which every other
 * character keeps its position), the skeleton is composed by {@link YamlComposer} as before, and each {@code ~} is
 * then replaced by the mapping read here. Only a strict subset of YAML is read here: plain words (letters, digits,
 * {@code _ . - + /} and inner spaces), quoted text without escapes, and nested flow lists and mappings, all on one
 * line; the nodes are the ones SnakeYAML makes of it (same tags, values, styles and marks; {@code FlowLinesTest}
 * compares them). A line with anything else is left in the skeleton for SnakeYAML.
 *
 * <p>When the skeleton does not take every {@code ~} as a block-list entry of its own (the line was inside a block
 * scalar, or a quoted or plain text running over lines), or when it cannot be parsed, the caller composes the whole
 * text with SnakeYAML instead, so every error, with its position, is SnakeYAML's.
 */
final class FlowLines {
    /**
     * Texts shorter than this (1 Mi characters; baseline.yaml has 0.1 Mi) are composed by SnakeYAML alone: in a
     * fresh JVM the direct reader's own warm-up (its code is interpreted, then compiled) costs more than it saves
     * on a small file, and SnakeYAML's code is needed for the skeleton anyway.
     */
    static final int MIN_CHARS = 1 << 20;
    /** Deepest nesting of flow collections read here; deeper lines are left to SnakeYAML. */
    private static final int MAX_NESTING = 8;

    private final String file;
    private final char[] in;
    /** The text as code points (it has no surrogate pairs, so one per char): the buffer of every mark. */
    private final int[] points;
    private final Resolver resolver = new Resolver();
    /** Plain texts, shared, with their resolved tags. */
    private final PlainScalars plain = new PlainScalars(resolver);
    /** Mappings read here, by the index of their opening brace. */
    private final Map<Integer, Node> found = new HashMap<>();
    /** Start and end (exclusive) of each mapping read, in the text; the characters they hold but for a ~. */
    private final List<Integer> holeAt = new ArrayList<>();
    private final List<Integer> holeEnd = new ArrayList<>();
    private int cut;
    private int pos;
    private int line;
    private int lineStart;
    private int nesting;

    private FlowLines(String text, String file) {
        this.file = file;
        this.in = text.toCharArray();
        this.points = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            points[i] = in[i];
        }
    }

    /**
     * The root node of {@code text} composed through the skeleton, or null when it has no line read here or must be
     * composed by SnakeYAML as a whole (it has surrogate pairs, or the skeleton fails or does not fit).
     */
    static Node compose(String text, String file, LoaderOptions options) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return null; // positions count code points; here one char is one position
            }
        }
        FlowLines lines = new FlowLines(text, file);
        lines.read();
        if (lines.found.isEmpty()) {
            return null;
        }
        // the skeleton: the text without each mapping but for a ~ in the place of its opening brace
        int holes = lines.holeAt.size();
        int[] holeAt = new int[holes];
        int[] holeLength = new int[holes];
        int[] points = new int[text.length() - lines.cut];
        StringBuilder skeleton = new StringBuilder(points.length);
        int from = 0;
        for (int h = 0; h < holes; h++) {
            int brace = lines.holeAt.get(h);
            skeleton.append(text, from, brace).append('~');
            holeAt[h] = skeleton.length() - 1;
            from = lines.holeEnd.get(h);
            holeLength[h] = from - brace - 1;
        }
        skeleton.append(text, from, text.length());
        for (int i = 0; i < points.length; i++) {
            points[i] = skeleton.charAt(i);
        }
        Node root;
        try {
            root = new YamlComposer(new ParserImpl(new TextReader(points, skeleton.toString(), file, lines.points,
                    holeAt, holeLength), options), lines.resolver, options).singleNode();
        } catch (YAMLException e) {
            return null;
        }
        if (root == null || !lines.substitute(root, 0, Collections.newSetFromMap(new IdentityHashMap<>()))
                || !lines.found.isEmpty()) {
            return null;
        }
        return root;
    }

    /** Reads every line of the form {@code <spaces>- <spaces>{...}<spaces>}. */
    private void read() {
        int n = in.length;
        int i = 0;
        while (i < n) {
            lineStart = i;
            int j = i;
            while (j < n && in[j] == ' ') {
                j++;
            }
            if (j + 1 < n && in[j] == '-' && in[j + 1] == ' ') {
                j++;
                while (j < n && in[j] == ' ') {
                    j++;
                }
                if (j < n && in[j] == '{') {
                    pos = j;
                    nesting = 0;
                    Node m = mapping();
                    int end = pos;
                    while (m != null && end < n && in[end] == ' ') {
                        end++;
                    }
                    if (m != null && (end == n || lineBreak(in[end]))) {
                        found.put(j, m);
                        holeAt.add(j);
                        holeEnd.add(pos);
                        cut += pos - j - 1;
                    }
                }
            }
            // to the next line, counted as TextReader counts them (LF, CR not followed by LF, NEL, LS, PS)
            while (i < n && !lineBreak(in[i])) {
                i++;
            }
            if (i < n && in[i] == '\r' && i + 1 < n && in[i + 1] == '\n') {
                i++;
            }
            if (i < n) {
                i++;
                line++;
            }
        }
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Puts each mapping read here in the place of its {@code ~}, which must be a plain entry of a block list, alone
     * at the mapping's position, shallow enough for the nesting limit; false when one is not.
     */
    private boolean substitute(Node node, int depth, Set<Node> seen) {
        if (node.getAnchor() != null && !seen.add(node)) {
            return true;
        }
        if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                Node fast = item instanceof ScalarNode ? found.remove(item.getStartMark().getIndex()) : null;
                if (fast != null) {
                    ScalarNode tilde = (ScalarNode) item;
                    if (s.getFlowStyle() != FlowStyle.BLOCK || !tilde.getValue().equals("~")
                            || tilde.getScalarStyle() != ScalarStyle.PLAIN || tilde.getAnchor() != null
                            || tilde.getEndMark().getIndex() != fast.getEndMark().getIndex()
                            || depth + 1 + MAX_NESTING > YamlTree.MAX_DEPTH) {
                        return false;
                    }
                    items.set(i, fast);
                } else if (!substitute(item, depth + 1, seen)) {
                    return false;
                }
            }
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!substitute(t.getKeyNode(), depth + 1, seen) || !substitute(t.getValueNode(), depth + 1, seen)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A scalar read here, with its positions kept as numbers and its marks made when asked for: a national-size
     * scenario has half a million scalars, whose two marks each were most of the tree the collector copies, and
     * only the positions of values (and of keys with a problem) are ever asked for.
     */
    private static final class Scalar extends ScalarNode {
        private final String file;
        private final int[] points;
        private final int start;
        private final int end;
        private final int line;
        private final int lineStart;

        Scalar(Tag tag, String value, ScalarStyle style, FlowLines at, int start, int end) {
            super(tag, true, value, null, null, style);
            this.file = at.file;
            this.points = at.points;
            this.start = start;
            this.end = end;
            this.line = at.line;
            this.lineStart = at.lineStart;
        }

        @Override
        public Mark getStartMark() {
            return new Mark(file, start, line, start - lineStart, points, start);
        }

        @Override
        public Mark getEndMark() {
            return new Mark(file, end, line, end - lineStart, points, end);
        }
    }

    private Mark mark(int at) {
        return new Mark(file, at, line, at - lineStart, points, at);
    }

    private char at(int i) {
        return i < in.length ? in[i] : 0;
    }

    private void spaces() {
        while (at(pos) == ' ') {
            pos++;
        }
    }

    /** A value at {@code pos}, or null when it is outside what is read here. */
    private Node node() {
        char c = at(pos);
        if (c == '{') {
            return mapping();
        }
        if (c == '[') {
            return sequence();
        }
        if (c == '"' || c == '\'') {
            return quoted(c);
        }
        return plain();
    }

    private Node mapping() {
        List<NodeTuple> tuples = new ArrayList<>();
        Mark start = items('}', () -> {
            int keyStart = pos;
            Node key = plain();
            // SnakeYAML forgets a possible key after 1,024 characters
            if (key == null || at(pos) != ':' || at(pos + 1) != ' ' || pos - keyStart > 1000) {
                return false;
            }
            pos += 2;
            spaces();
            Node value = node();
            if (value == null) {
                return false;
            }
            tuples.add(new NodeTuple(key, value));
            return true;
        });
        return start == null ? null : new MappingNode(Tag.MAP, true, tuples, start, mark(pos), FlowStyle.FLOW);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        Mark start = items(']', () -> {
            Node item = node();
            return item != null && items.add(item);
        });
        return start == null ? null : new SequenceNode(Tag.SEQ, true, items, start, mark(pos), FlowStyle.FLOW);
    }

    /**
     * Reads the flow collection opening at {@code pos} up to its closing {@code close}, each item with {@code item}
     * (false: outside what is read here). Returns the collection's start mark, or null when it is left to SnakeYAML:
     * too deep, an item not read here, a trailing comma, or anything but a comma or {@code close} after an item
     * (e.g. {@code [a: b]}, a mapping inside a list).
     */
    private Mark items(char close, BooleanSupplier item) {
        if (++nesting > MAX_NESTING) {
            return null;
        }
        Mark start = mark(pos);
        pos++;
        spaces();
        if (at(pos) != close) {
            while (true) {
                if (!item.getAsBoolean()) {
                    return null;
                }
                spaces();
                if (at(pos) == ',') {
                    pos++;
                    spaces();
                    if (at(pos) == close) {
                        return null; // a trailing comma
                    }
                } else if (at(pos) == close) {
                    break;
                } else {
                    return null;
                }
            }
        }
        pos++;
        nesting--;
        return start;
    }

    /** A character of a plain word read here: none ends a plain scalar or starts a comment, tag, anchor or alias. */
    private static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '-' || c == '+' || c == '/';
    }

    /**
     * Plain words separated by spaces; the text ends at its last word, as SnakeYAML's plain scalar does. A leading
     * {@code -} must be followed by a word character ({@code - } would be a list entry).
     */
    private Node plain() {
        int start = pos;
        if (!word(at(pos)) || at(pos) == '-' && !word(at(pos + 1))) {
            return null;
        }
        int i = pos;
        int end;
        while (true) {
            while (word(at(i))) {
                i++;
            }
            end = i;
            while (at(i) == ' ') {
                i++;
            }
            if (i == end || !word(at(i))) {
                break;
            }
        }
        pos = end;
        String text = new String(in, start, end - start);
        Tag tag = number(text);
        // most numbers and ids are distinct (coordinates, sizes): their tags are known without the resolver
        if (tag == null) {
            PlainScalars.Resolved r = plain.resolve(text);
            text = r.text();
            tag = r.tag();
        }
        return new Scalar(tag, text, ScalarStyle.PLAIN, this, start, end);
    }

    /**
     * The tag SnakeYAML's resolver gives a plain decimal number or a word: for a number of
     * {@link Scalars#simpleDecimal}'s form ({@code -?D+(.D+)?([eE][-+]?D+)?}, no leading zero) {@code float} when it
     * has a point or an exponent, else {@code int}; {@code str} for a text starting with a letter no implicit type
     * starts with; null for any other text (a leading zero, {@code +}, {@code _}, {@code 1.}, {@code yes}, ...), which
     * is left to the resolver ({@code FlowLinesTest} compares the two).
     */
    static Tag number(String text) {
        int n = text.length();
        if (n > 0 && WORD_START.indexOf(text.charAt(0)) >= 0) {
            return Tag.STR; // no implicit resolver starts with this letter (ids, names, enum constants)
        }
        if (!Scalars.simpleDecimal(text)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Tag.FLOAT;
            }
        }
        return Tag.INT;
    }

    /** Letters no implicit type of YAML 1.1 starts with (bool: y n t f o; null: n ~; the others: digits + - . <). */
    private static final String WORD_START = "abcdeghijklmpqrsuvwxzABCDEGHIJKLMPQRSUVWXZ_/";

    /**
     * Text between quotes {@code q} without escapes (no backslash, no doubled quote) or characters that SnakeYAML
     * refuses, counts as a line break or does not count as a column.
     */
    private Node quoted(char q) {
        int start = pos;
        int i = pos + 1;
        while (at(i) != q) {
            char c = at(i);
            boolean ok = c >= ' ' && c <= '~' && c != '\\' || c >= '\u00A0' && c <= '\uD7FF'
                    || c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF';
            if (!ok) {
                return null;
            }
            i++;
        }
        String text = new String(in, start + 1, i - start - 1);
        pos = i + 1;
        return new Scalar(resolver.resolve(NodeId.scalar, text, false), text,
                q == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED, this, start, pos);
    }
}
