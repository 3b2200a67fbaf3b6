package kozan.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed access to a SnakeYAML node tree for the batch loader: each getter checks the node's kind and value
 * and records a {@link BatchSpecException.Problem} with the node's line and column instead of failing, so
 * one pass finds every problem.
 */
final class SpecNodes {

    private final String fileName;
    private final List<BatchSpecException.Problem> problems;

    SpecNodes(String fileName, List<BatchSpecException.Problem> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }


    Map<String, NodeTuple> keys(MappingNode m, String at, Set<String> allowed) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), at, "keys must be plain names");
                continue;
            }
            String key = k.getValue();
            String where = at.isEmpty() ? key : at + "." + key;
            if (!allowed.contains(key)) {
                problem(k, where, "unknown key '" + key + "'; allowed here: " + new java.util.TreeSet<>(allowed));
            } else if (out.put(key, t) != null) {
                problem(k, where, "duplicate key '" + key + "'");
            }
        }
        return out;
    }

    SequenceNode sequence(Node n, String at) {
        if (n instanceof SequenceNode s) {
            return s;
        }
        problem(n, at, "expected a list [...]");
        return null;
    }

    String string(Map<String, NodeTuple> k, String key, String at, String dflt) {
        NodeTuple t = k.get(key);
        String where = at.isEmpty() ? key : at + "." + key;
        if (t == null) {
            if (dflt == null && !"id".equals(key) && !"commodity".equals(key) && !"region".equals(key)
                    && !"detail".equals(key)) {
                problem(null, where, "missing (required)");
            }
            return dflt;
        }
        if (t.getValueNode() instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(t.getValueNode(), where, "expected text");
        return dflt;
    }

    boolean bool(Map<String, NodeTuple> k, String key, String at, boolean dflt) {
        NodeTuple t = k.get(key);
        if (t == null) {
            return dflt;
        }
        Object v = scalar(t.getValueNode(), at + "." + key);
        if (v instanceof Boolean b) {
            return b;
        }
        problem(t.getValueNode(), at + "." + key, "'" + v + "' is not true or false");
        return dflt;
    }

    /** dflt -1 = required. */
    long integer(Map<String, NodeTuple> k, String key, String at, long dflt, long min, long max) {
        NodeTuple t = k.get(key);
        String where = at.isEmpty() ? key : at + "." + key;
        if (t == null) {
            if (dflt == -1) {
                problem(null, where, "missing (required here), a whole number from " + min + " to " + max);
            }
            return dflt;
        }
        Object v = scalar(t.getValueNode(), where);
        if (!(v instanceof Long l)) {
            problem(t.getValueNode(), where, "'" + v + "' is not a whole number");
            return dflt;
        }
        if (l < min || l > max) {
            problem(t.getValueNode(), where, l + (min == max ? " is not allowed; only " + min + " is"
                    : " is out of range; allowed " + min + " to " + max));
            return dflt == -1 ? min : dflt;
        }
        return l;
    }

    Double number(Node n, String at) {
        Object v = scalar(n, at);
        if (v instanceof Number num) {
            return num.doubleValue();
        }
        if (v != null) {
            problem(n, at, "'" + v + "' is not a number");
        }
        return null;
    }

    /** A scalar as Long, Double, Boolean or String, typed by the YAML resolver's implicit tag. */
    Object scalar(Node n, String at) {
        if (!(n instanceof ScalarNode s)) {
            problem(n, at, "expected a single value");
            return null;
        }
        String text = s.getValue();
        String tag = s.getTag().getValue();
        try {
            if (tag.endsWith(":int")) {
                return Long.parseLong(text.replace("_", ""));
            }
            if (tag.endsWith(":float")) {
                double d = Double.parseDouble(text.replace("_", ""));
                if (!Double.isFinite(d)) {
                    problem(n, at, "'" + text + "' is not a finite number");
                    return null;
                }
                return d;
            }
        } catch (NumberFormatException e) {
            problem(n, at, "'" + text + "' is not a number this loader reads (use plain decimal notation)");
            return null;
        }
        if (tag.endsWith(":bool")) {
            // YAML 1.1 reads yes/no/on/off as booleans; only accept the unambiguous spellings.
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
            return text;
        }
        if (tag.endsWith(":null")) {
            problem(n, at, "a value is required here");
            return null;
        }
        return text;
    }

    void problem(Node n, String path, String message) {
        int line = n == null ? 1 : n.getStartMark().getLine() + 1;
        int col = n == null ? 1 : n.getStartMark().getColumn() + 1;
        problems.add(new BatchSpecException.Problem(fileName, line, col, path, message));
    }
}
