package kozan.scenario;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Merges the node tree of a scenario file that {@code extends} another onto its parent's tree, led by the scenario
 * records (so a list is merged by id exactly when its entries are records with an {@code id}):
 * <ul>
 * <li>mappings merge key by key, deeply; a mapping whose {@code kind} differs from the parent's replaces it whole
 * (the other keys belonged to the old kind);</li>
 * <li>lists of records with an {@code id} merge by id: an entry with an existing id is merged into it (in place),
 * a new id is appended; an entry {@code - remove: [id, ...]} removes entries, in list order (so {@code remove}
 * followed by the same id restates an entry whole);</li>
 * <li>everything else (numbers, timelines, lists without ids, a single value for a mapping) is replaced.</li>
 * </ul>
 * Parents are never modified: merged mappings and lists are new nodes with the child's marks, and every value
 * keeps the node (and so the file, line and column) it came from.
 */
final class DeltaMerge {
    /** The key of a list entry that removes entries by id. */
    static final String REMOVE = "remove";
    private static final String ID = "id";
    private static final String KIND = "kind";

    private final List<Problem> problems;

    private DeltaMerge(List<Problem> problems) {
        this.problems = problems;
    }

    /** The child's tree merged onto the parent's; both are mappings of the record type {@code root}. */
    static Node merge(Class<?> root, MappingNode parent, MappingNode child, List<Problem> problems) {
        return new DeltaMerge(problems).value(root, parent, child, "");
    }

    /**
     * A file that extends nothing may not hold {@code remove} entries: they are reported here (and dropped, so the
     * binder does not also report them as entries without the required keys).
     */
    static void checkBase(Class<?> root, Node node, List<Problem> problems) {
        new DeltaMerge(problems).base(root, node, "");
    }

    private Node value(Type type, Node parent, Node child, String path) {
        Schema.Kind kind = type == null ? null : Schema.kind(type);
        if (parent instanceof MappingNode p && child instanceof MappingNode c
                && (kind == Schema.Kind.RECORD || kind == Schema.Kind.MAP)) {
            if (kind == Schema.Kind.RECORD && kindChanged(p, c)) {
                return child;
            }
            return mapping(type, p, c, path);
        }
        if (parent instanceof SequenceNode p && child instanceof SequenceNode c && idList(type)) {
            return byId(Schema.raw(Schema.element(type)), p, c, path);
        }
        return child;
    }

    /** A list of records with an id component: merged by id. */
    static boolean idList(Type type) {
        if (type == null || Schema.kind(type) != Schema.Kind.LIST
                || Schema.kind(Schema.element(type)) != Schema.Kind.RECORD) {
            return false;
        }
        return Schema.components(Schema.raw(Schema.element(type))).stream().anyMatch(c -> c.key().equals(ID));
    }

    private static boolean kindChanged(MappingNode parent, MappingNode child) {
        Node a = get(parent, KIND);
        Node b = get(child, KIND);
        return a instanceof ScalarNode sa && b instanceof ScalarNode sb && !sa.getValue().equals(sb.getValue());
    }

    private Node mapping(Type type, MappingNode parent, MappingNode child, String path) {
        List<NodeTuple> out = new ArrayList<>(parent.getValue());
        for (NodeTuple t : child.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                out.add(t); // reported by YamlTree
                continue;
            }
            int at = indexOf(out, k.getValue());
            if (at < 0) {
                out.add(t);
                continue;
            }
            Type valueType = Schema.kind(type) == Schema.Kind.MAP ? Schema.mapValue(type) : componentType(type, k.getValue());
            Node merged = value(valueType, out.get(at).getValueNode(), t.getValueNode(), YamlTree.join(path, k.getValue()));
            out.set(at, new NodeTuple(t.getKeyNode(), merged));
        }
        return new MappingNode(Tag.MAP, true, out, child.getStartMark(), child.getEndMark(), DumperOptions.FlowStyle.BLOCK);
    }

    private static Type componentType(Type record, String key) {
        for (Schema.Comp c : Schema.components(Schema.raw(record))) {
            if (c.key().equals(key)) {
                return c.type();
            }
        }
        return null; // an unknown key: the binder reports it where the child wrote it
    }

    private Node byId(Class<?> element, SequenceNode parent, SequenceNode child, String path) {
        List<Node> out = new ArrayList<>(parent.getValue());
        Map<String, Mark> given = new LinkedHashMap<>();
        for (Node item : child.getValue()) {
            if (item instanceof MappingNode m && get(m, REMOVE) != null) {
                remove(m, out, path);
                continue;
            }
            String id = item instanceof MappingNode m && get(m, ID) instanceof ScalarNode s ? s.getValue() : null;
            if (id == null || id.isEmpty()) {
                problems.add(YamlTree.at("", item.getStartMark(), path, "an entry of a list merged by id needs an"
                        + " 'id' (to change the entry of that id or add a new one), or is '- remove: [ids]'"));
                continue;
            }
            Mark first = given.putIfAbsent(id, item.getStartMark());
            if (first != null) {
                problems.add(YamlTree.at("", item.getStartMark(), path + "[" + id + "]", "id '" + id
                        + "' given twice in this list; first at " + YamlTree.position(first) + "; keep only one"));
                continue;
            }
            int at = indexOfId(out, id);
            if (at < 0) {
                out.add(item);
            } else {
                out.set(at, value(element, out.get(at), item, path + "[" + id + "]"));
            }
        }
        return new SequenceNode(Tag.SEQ, true, out, child.getStartMark(), child.getEndMark(), DumperOptions.FlowStyle.BLOCK);
    }

    private void remove(MappingNode entry, List<Node> out, String path) {
        if (entry.getValue().size() != 1) {
            problems.add(YamlTree.at("", entry.getStartMark(), path, "a remove entry holds only 'remove: [ids]';"
                    + " give the other keys in an entry of their own"));
            return;
        }
        Node ids = get(entry, REMOVE);
        List<Node> items = ids instanceof SequenceNode s ? s.getValue() : List.of(ids);
        for (Node idNode : items) {
            if (!(idNode instanceof ScalarNode s) || s.getValue().isEmpty() || Scalars.isNull(s)) {
                problems.add(YamlTree.at("", idNode.getStartMark(), path, "remove takes a list of ids, e.g."
                        + " 'remove: [kushiro_coal]'"));
                continue;
            }
            int at = indexOfId(out, s.getValue());
            if (at < 0) {
                List<String> present = out.stream().map(n -> idOf(n)).filter(x -> x != null).toList();
                String close = Names.closest(s.getValue(), present);
                problems.add(YamlTree.at("", s.getStartMark(), path, "no entry '" + s.getValue() + "' to remove; "
                        + (close != null ? "did you mean '" + close + "'?" : "entries: " + String.join(", ", present))));
                continue;
            }
            out.remove(at);
        }
    }

    private void base(Type type, Node node, String path) {
        Schema.Kind kind = type == null ? null : Schema.kind(type);
        if (node instanceof MappingNode m && kind == Schema.Kind.RECORD) {
            for (NodeTuple t : m.getValue()) {
                // a single value holds no list to check: skipped without building its path (most of a scenario)
                if (t.getKeyNode() instanceof ScalarNode k && !(t.getValueNode() instanceof ScalarNode)) {
                    base(componentType(type, k.getValue()), t.getValueNode(), YamlTree.join(path, k.getValue()));
                }
            }
        } else if (node instanceof SequenceNode s && idList(type)) {
            List<Node> items = s.getValue();
            for (int i = items.size() - 1; i >= 0; i--) {
                Node item = items.get(i);
                if (item instanceof MappingNode m && get(m, REMOVE) != null) {
                    problems.add(YamlTree.at("", item.getStartMark(), path, "'remove' entries apply only in a file"
                            + " that extends another ('extends: parent.yaml' at the top); delete the entry"));
                    items.remove(i);
                } else if (!(item instanceof ScalarNode)) {
                    base(Schema.element(type), item, path + YamlTree.label(item, i));
                }
            }
        }
    }

    private static Node get(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static int indexOf(List<NodeTuple> tuples, String key) {
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String idOf(Node n) {
        return n instanceof MappingNode m && get(m, ID) instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int indexOfId(List<Node> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(idOf(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
