package kozan.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Applies {@link ScenarioLoader.Override}s to the YAML node tree, so overridden values are checked like the file's. */
final class Overrides {
    private static final Pattern SEGMENT = Pattern.compile("\\.?([A-Za-z0-9_]+)|\\[([^\\]]+)\\]");

    private Overrides() {
    }

    static Node apply(Node root, List<ScenarioLoader.Override> overrides, List<Problem> problems, String file,
            Origin origin) {
        for (ScenarioLoader.Override o : overrides) {
            try {
                Node value = toNode(o.value());
                origin.mark(value, o.path());
                set(root, o.path(), value, origin);
            } catch (IllegalArgumentException | YAMLException e) {
                problems.add(new Problem(file, 0, 0, o.path(), "override cannot be applied: " + e.getMessage()));
            }
        }
        return root;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        int at = 0;
        while (at < path.length() && m.find(at) && m.start() == at) {
            out.add(m.group(1) != null ? m.group(1) : "[" + m.group(2) + "]");
            at = m.end();
        }
        if (at != path.length() || out.isEmpty() || out.get(0).startsWith("[")) {
            throw new IllegalArgumentException("bad path; write dotted snake_case keys with [id] or [index] for list"
                    + " entries, e.g. commodities[rare_earths].price.sigma");
        }
        return out;
    }

    private static void set(Node root, String path, Node value, Origin origin) {
        List<String> segs = segments(path);
        Node current = root;
        String at = "";
        for (int i = 0; i < segs.size(); i++) {
            String seg = segs.get(i);
            boolean last = i == segs.size() - 1;
            if (seg.startsWith("[")) {
                if (!(current instanceof SequenceNode seq)) {
                    throw new IllegalArgumentException("'" + at + "' is not a list");
                }
                int index = find(seq, seg, at);
                if (last) {
                    seq.getValue().set(index, value);
                    return;
                }
                current = seq.getValue().get(index);
                at = at + seg;
            } else {
                if (!(current instanceof MappingNode map)) {
                    throw new IllegalArgumentException("'" + (at.isEmpty() ? "(top level)" : at) + "' is not a mapping");
                }
                NodeTuple tuple = null;
                int index = -1;
                for (int k = 0; k < map.getValue().size(); k++) {
                    NodeTuple t = map.getValue().get(k);
                    if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals(seg)) {
                        tuple = t;
                        index = k;
                    }
                }
                Node keyNode = tuple != null ? tuple.getKeyNode() : scalar(seg);
                Node next = last ? value : tuple != null ? tuple.getValueNode()
                        : new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
                if (tuple == null) {
                    origin.mark(keyNode, path);
                    map.getValue().add(new NodeTuple(keyNode, next));
                } else if (last) {
                    map.getValue().set(index, new NodeTuple(keyNode, next));
                }
                current = next;
                at = YamlTree.join(at, seg);
            }
        }
    }

    private static int find(SequenceNode seq, String label, String at) {
        List<Node> items = seq.getValue();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String l = YamlTree.label(items.get(i), i);
            if (l.equals(label)) {
                return i;
            }
            labels.add(l);
        }
        String inner = label.substring(1, label.length() - 1);
        if (inner.matches("\\d+") && Integer.parseInt(inner) < items.size()) {
            return Integer.parseInt(inner);
        }
        throw new IllegalArgumentException("no entry " + label + " in '" + at + "'; entries: " + String.join(", ", labels));
    }

    private static ScalarNode scalar(String text) {
        return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** Strings are read as YAML text; numbers are written exactly; lists and maps via SnakeYAML's representer. */
    static Node toNode(Object value) {
        if (value instanceof String s) {
            Node n = YamlTree.compose(s, "override");
            if (n == null) {
                return new ScalarNode(Tag.NULL, "", null, null, DumperOptions.ScalarStyle.PLAIN);
            }
            return n;
        }
        if (value instanceof Double || value instanceof Float) {
            return plain(Tag.FLOAT, ScenarioNumbers.format(((Number) value).doubleValue()));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return plain(Tag.INT, value.toString());
        }
        if (value instanceof BigDecimal bd) {
            return plain(Tag.FLOAT, bd.toPlainString());
        }
        if (value instanceof Boolean b) {
            return plain(Tag.BOOL, b.toString());
        }
        if (value == null) {
            return plain(Tag.NULL, "null");
        }
        return new Yaml().represent(value);
    }

    private static ScalarNode plain(Tag tag, String text) {
        return new ScalarNode(tag, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }
}
