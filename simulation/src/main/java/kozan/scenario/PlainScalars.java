package kozan.scenario;

import java.util.HashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The resolver's tags of plain scalar texts, with repeated short texts (every key, most values) sharing one string
 * and one tag, so that the resolver's regular expressions run once per distinct text: a national-size scenario has
 * half a million scalars (docs/performance.md, "Loading"). Used by {@link YamlComposer} and {@link FlowLines}.
 */
final class PlainScalars {

    /** Plain texts longer than this are neither shared nor cached (keys and numbers are short). */
    static final int SHARED_MAX_LENGTH = 64;

    /** A plain text (the shared copy when short) and its implicit tag. */
    record Resolved(String text, Tag tag) {
    }

    private final Resolver resolver;
    private final Map<String, Resolved> shared = new HashMap<>();

    PlainScalars(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The implicit tag of a plain scalar's text, and the text itself, shared when short. */
    Resolved resolve(String text) {
        if (text.length() > SHARED_MAX_LENGTH) {
            return new Resolved(text, resolver.resolve(NodeId.scalar, text, true));
        }
        Resolved r = shared.get(text);
        if (r == null) {
            r = new Resolved(text, resolver.resolve(NodeId.scalar, text, true));
            shared.put(text, r);
        }
        return r;
    }
}
