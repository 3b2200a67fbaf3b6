package kozan.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a scenario file and, through {@code extends: parent.yaml} (a path relative to the file), every file it
 * extends, and merges them into one node tree ({@link DeltaMerge}). Chains of any length are allowed; a cycle is
 * rejected. Each node keeps the file it came from, so every later problem names the right file, line and column.
 */
final class ScenarioChain {
    static final String EXTENDS = "extends";

    /**
     * The merged tree and the files it came from.
     *
     * @param root    the merged root mapping, without {@code extends}
     * @param sources the file named first, then each parent in order
     * @param dirs    directory of each file by its shown name: relative paths inside a file (io_table.table) are
     *                resolved against the directory of the file that gives them
     */
    record Composed(Node root, List<ScenarioSource> sources, Map<String, Path> dirs) {
    }

    /** Reads a file's text (checked: exists, regular, size, UTF-8); throws with a position-less problem. */
    interface Reader {
        String read(Path file) throws ScenarioException;
    }

    private final List<Problem> problems;
    private final Reader reader;
    private final List<ScenarioSource> sources = new ArrayList<>();
    private final Map<String, Path> dirs = new LinkedHashMap<>();
    /** Files being read, outermost first (for cycles): real paths where the file exists. */
    private final List<Path> open = new ArrayList<>();
    private final List<String> openShown = new ArrayList<>();

    private ScenarioChain(List<Problem> problems, Reader reader) {
        this.problems = problems;
        this.reader = reader;
    }

    /**
     * Composes the scenario whose text is given, named {@code shown} in messages.
     *
     * @param self the file the text was read from (for cycles), or null for text from elsewhere
     * @param dir  the directory {@code extends} is resolved against (the working directory when null)
     * @return the merged tree, or null when it cannot be built (problems added)
     */
    static Composed compose(String text, String shown, Path self, Path dir, Reader reader, List<Problem> problems) {
        ScenarioChain chain = new ScenarioChain(problems, reader);
        if (self != null) {
            chain.open.add(identity(self));
            chain.openShown.add(shown);
        }
        Node root = chain.file(text, shown, self, dir);
        return root == null ? null : new Composed(root, List.copyOf(chain.sources), Map.copyOf(chain.dirs));
    }

    private Node file(String text, String shown, Path self, Path dir) {
        sources.add(new ScenarioSource(shown, sha256(text)));
        dirs.putIfAbsent(shown, dir != null ? dir : Path.of("").toAbsolutePath());
        Node root = YamlTree.parse(text, shown, problems);
        if (root == null || ScenarioLoader.otherVersion(root, shown, problems)) {
            return null;
        }
        NodeTuple ext = root instanceof MappingNode m ? extendsTuple(m) : null;
        if (ext == null) {
            DeltaMerge.checkBase(Scenario.class, root, problems);
            return root;
        }
        ((MappingNode) root).getValue().remove(ext);
        Node v = ext.getValueNode();
        if (!(v instanceof ScalarNode s) || Scalars.isNull(s) || s.getValue().isBlank()) {
            problems.add(YamlTree.at(shown, v.getStartMark(), EXTENDS, "expected the scenario file this one extends,"
                    + " a path relative to this file (e.g. extends: baseline.yaml)"));
            return null;
        }
        Path parent = dir != null ? dir.resolve(s.getValue()) : Path.of(s.getValue());
        String parentShown = (self != null ? self.resolveSibling(s.getValue()) : parent).normalize().toString();
        int cycle = open.indexOf(identity(parent));
        if (cycle >= 0) {
            List<String> loop = new ArrayList<>(openShown.subList(cycle, openShown.size()));
            loop.add(parentShown);
            problems.add(YamlTree.at(shown, s.getStartMark(), EXTENDS, "extends makes a cycle: "
                    + String.join(" -> ", loop) + "; a scenario cannot extend itself"));
            return null;
        }
        if (!Files.exists(parent)) {
            String close = siblingLike(parent);
            problems.add(YamlTree.at(shown, s.getStartMark(), EXTENDS, "no such file " + parentShown
                    + " (extends is relative to this file's folder)"
                    + (close != null ? "; did you mean '" + close + "'?" : "")));
            return null;
        }
        String parentText;
        try {
            parentText = reader.read(parent);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                problems.add(new Problem(parentShown, p.line(), p.column(), p.path(), p.message()
                        + " (extended by " + shown + ":" + YamlTree.position(s.getStartMark()) + ")"));
            }
            return null;
        }
        open.add(identity(parent));
        openShown.add(parentShown);
        Node base = file(parentText, parentShown, parent, parent.toAbsolutePath().normalize().getParent());
        open.remove(open.size() - 1);
        openShown.remove(openShown.size() - 1);
        if (base == null) {
            return null;
        }
        if (!(base instanceof MappingNode baseMap)) {
            problems.add(YamlTree.at(parentShown, base.getStartMark(), "", "the top level must be a mapping"));
            return null;
        }
        return DeltaMerge.merge(Scenario.class, baseMap, (MappingNode) root, problems);
    }

    private static NodeTuple extendsTuple(MappingNode m) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(EXTENDS)) {
                return t;
            }
        }
        return null;
    }

    /** The same file under any spelling: the real path when it exists, else the absolute normalized path. */
    private static Path identity(Path p) {
        if (p == null) {
            return null;
        }
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String siblingLike(Path missing) {
        Path folder = missing.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            return null;
        }
        return Names.closest(missing.getFileName().toString(), names);
    }

    /** SHA-256 of the file's bytes (the text was decoded from UTF-8 without loss, so encoding it gives them back). */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
