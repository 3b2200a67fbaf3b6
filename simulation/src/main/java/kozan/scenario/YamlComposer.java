package kozan.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes parser events into the node tree SnakeYAML's {@code Composer} makes (same tags, values, styles, anchors,
 * aliases and marks; same errors and limits), with less memory, because a national-size scenario has half a million
 * nodes (docs/performance.md, "Loading"):
 * <ul>
 * <li>no comment lists: comments are not read ({@link LoaderOptions#isProcessComments()} is off), but the stock
 * composer still gave every node two new empty lists;</li>
 * <li>no set of open nodes updated per child: only an anchored node can be reached again, through an alias;</li>
 * <li>repeated plain scalar texts (every key, most values) share one string and one resolved tag, so the
 * resolver's regular expressions run once per distinct text.</li>
 * </ul>
 * Merge keys are not expanded (as with the stock composer under Kozan's options; {@link YamlTree} refuses them).
 */
final class YamlComposer {

    private final Parser parser;
    private final Resolver resolver;
    private final LoaderOptions options;
    private final Map<String, Node> anchors = new HashMap<>();
    /** Anchored collections being composed: an alias to one of them makes the tree recursive. */
    private final Set<Node> open = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Plain scalar texts, shared, with their resolved tags. */
    private final PlainScalars plain;
    private int nonScalarAliases;
    private int depth;

    YamlComposer(Parser parser, Resolver resolver, LoaderOptions options) {
        if (options.isProcessComments() || options.isMergeOnCompose()) {
            throw new IllegalArgumentException("comments and merge-on-compose are not supported");
        }
        this.parser = parser;
        this.resolver = resolver;
        this.plain = new PlainScalars(resolver);
        this.options = options;
    }

    /** The only document's root node, or null for an empty stream; more than one document is an error. */
    Node singleNode() {
        parser.getEvent(); // stream start
        Node document = null;
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            parser.getEvent(); // document start
            document = compose();
            parser.getEvent(); // document end
            anchors.clear();
        }
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            Event event = parser.getEvent();
            throw new Failure("expected a single document in the stream",
                    document != null ? document.getStartMark() : null, "but found another document",
                    event.getStartMark());
        }
        parser.getEvent(); // stream end
        return document;
    }

    private Node compose() {
        if (parser.checkEvent(Event.ID.Alias)) {
            return alias((AliasEvent) parser.getEvent());
        }
        String anchor = ((NodeEvent) parser.peekEvent()).getAnchor();
        if (depth > options.getNestingDepthLimit()) {
            throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
        depth++;
        Node node;
        if (parser.checkEvent(Event.ID.Scalar)) {
            node = scalar((ScalarEvent) parser.getEvent(), anchor);
        } else if (parser.checkEvent(Event.ID.SequenceStart)) {
            node = sequence((CollectionStartEvent) parser.getEvent(), anchor);
        } else {
            node = mapping((CollectionStartEvent) parser.getEvent(), anchor);
        }
        depth--;
        return node;
    }

    private Node alias(AliasEvent event) {
        String anchor = event.getAnchor();
        Node node = anchors.get(anchor);
        if (node == null) {
            throw new Failure("found undefined alias " + anchor, event.getStartMark());
        }
        if (!(node instanceof ScalarNode)) {
            nonScalarAliases++;
            if (nonScalarAliases > options.getMaxAliasesForCollections()) {
                throw new YAMLException("Number of aliases for non-scalar nodes exceeds the specified max="
                        + options.getMaxAliasesForCollections());
            }
        }
        if (open.contains(node)) {
            node.setTwoStepsConstruction(true);
        }
        return node;
    }

    private Node scalar(ScalarEvent ev, String anchor) {
        String tagText = ev.getTag();
        String value = ev.getValue();
        boolean resolved = tagText == null || tagText.equals("!");
        Tag tag;
        if (resolved) {
            boolean implicit = ev.getImplicit().canOmitTagInPlainScalar();
            if (implicit) {
                PlainScalars.Resolved r = plain.resolve(value);
                value = r.text();
                tag = r.tag();
            } else {
                tag = resolver.resolve(NodeId.scalar, value, false);
            }
        } else {
            tag = explicit(tagText, ev.getStartMark());
        }
        Node node = new ScalarNode(tag, resolved, value, ev.getStartMark(), ev.getEndMark(), ev.getScalarStyle());
        anchor(anchor, node);
        return node;
    }

    /** Whether a collection's tag is left to the resolver (none, or the non-specific "!"). */
    private static boolean implicitTag(CollectionStartEvent start) {
        return start.getTag() == null || start.getTag().equals("!");
    }

    /** A collection's tag: the resolver's for its kind when implicit, else the explicit one. */
    private Tag collectionTag(CollectionStartEvent start, NodeId kind, boolean resolved) {
        return resolved ? resolver.resolve(kind, null, start.getImplicit())
                : explicit(start.getTag(), start.getStartMark());
    }

    private Node sequence(CollectionStartEvent start, String anchor) {
        boolean resolved = implicitTag(start);
        Tag tag = collectionTag(start, NodeId.sequence, resolved);
        List<Node> children = new ArrayList<>();
        SequenceNode node = new SequenceNode(tag, resolved, children, start.getStartMark(), null,
                start.getFlowStyle());
        anchor(anchor, node);
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            children.add(compose());
        }
        node.setEndMark(parser.getEvent().getEndMark());
        close(anchor, node);
        return node;
    }

    private Node mapping(CollectionStartEvent start, String anchor) {
        boolean resolved = implicitTag(start);
        Tag tag = collectionTag(start, NodeId.mapping, resolved);
        List<NodeTuple> children = new ArrayList<>();
        MappingNode node = new MappingNode(tag, resolved, children, start.getStartMark(), null,
                start.getFlowStyle());
        anchor(anchor, node);
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Node key = compose();
            if (key.getTag().equals(Tag.MERGE)) {
                node.setMerged(true);
            }
            children.add(new NodeTuple(key, compose()));
        }
        node.setEndMark(parser.getEvent().getEndMark());
        close(anchor, node);
        return node;
    }

    private void anchor(String anchor, Node node) {
        if (anchor != null) {
            node.setAnchor(anchor);
            anchors.put(anchor, node);
            if (!(node instanceof ScalarNode)) {
                open.add(node);
            }
        }
    }

    private void close(String anchor, Node node) {
        if (anchor != null) {
            open.remove(node);
        }
    }

    private Tag explicit(String text, Mark at) {
        Tag tag = new Tag(text);
        if (tag.isCustomGlobal() && !options.getTagInspector().isGlobalTagAllowed(tag)) {
            throw new Failure("Global tag is not allowed: " + text, at);
        }
        return tag;
    }

    /** The stock composer's exception, whose constructors are protected. */
    static final class Failure extends ComposerException {
        private static final long serialVersionUID = 1L;

        Failure(String problem, Mark at) {
            super(problem, at);
        }

        Failure(String context, Mark contextMark, String problem, Mark problemMark) {
            super(context, contextMark, problem, problemMark);
        }
    }
}
