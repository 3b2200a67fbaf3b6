package kozan.scenario;

import java.util.IdentityHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Remembers which nodes came from an override rather than the file, so their problems name the override
 * instead of a meaningless line. Lookup only (identity map, never iterated); one instance per load.
 */
final class Origin {
    private final Map<Node, String> overrides = new IdentityHashMap<>();

    void mark(Node node, String overridePath) {
        if (overrides.putIfAbsent(node, overridePath) != null) {
            return;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                mark(t.getKeyNode(), overridePath);
                mark(t.getValueNode(), overridePath);
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(n -> mark(n, overridePath));
        }
    }

    /** The override path that produced the node, or null when it comes from the file. */
    String of(Node node) {
        return overrides.get(node);
    }
}
