package kozan.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kozan.scenario.io.IoTable;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads scenario format v1: YAML text -> checked node tree -> overrides -> records -> semantic validation ->
 * resolved inputs (the IO table, read once and carried by the scenario).
 * Every problem found is reported at once in a {@link ScenarioException}, each with file, line, column and
 * field path.
 */
public final class ScenarioLoader {

    /**
     * The most bytes a scenario file may hold: the YAML reader's limit in characters (what the heap can load,
     * YamlTree#maxChars) at 4 bytes a character, the most UTF-8 takes; the command line reads no more than this.
     */
    public static long maxFileBytes() {
        return 4L * YamlTree.maxChars();
    }

    /**
     * A value set from outside the file (e.g. {@code --set commodities[rare_earths].price.sigma=0.3}), applied to the
     * YAML tree before binding, so it is type- and range-checked like the file. Path: dotted snake_case keys, list
     * elements by {@code [id]} or {@code [index]}. Value: a Number, Boolean, String (parsed as YAML, so "2030-01",
     * "[1, 2]" and "{kind: FIXED, mean: 3}" work), List or Map. Nested here because a top-level type named
     * Override would hide java.lang.Override in this package; refer to it as {@code ScenarioLoader.Override}.
     */
    public record Override(String path, Object value) {
    }

    private ScenarioLoader() {
    }

    /** The YAML key of a scenario record component: its name in snake_case (mineDefaults -> mine_defaults). */
    public static String yamlKey(String componentName) {
        return Schema.snake(componentName);
    }

    public static Scenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /** Loads a scenario file; a table directory in {@code io_table.table} is relative to the file's directory. */
    public static Scenario load(Path file, List<Override> overrides) throws ScenarioException {
        return parse(read(file), file.toString(), overrides, file, file.toAbsolutePath().getParent());
    }

    /**
     * As {@link #load(Path)}, with the file's text already read (and checked: UTF-8, size) by the caller, so that a
     * national-size file is not decoded twice.
     */
    public static Scenario load(Path file, String text) throws ScenarioException {
        return parse(text, file.toString(), List.of(), file, file.toAbsolutePath().getParent());
    }

    public static Scenario parse(String yaml, String fileName) throws ScenarioException {
        return parse(yaml, fileName, List.of());
    }

    /** Parses scenario text; a table directory in {@code io_table.table} is relative to the working directory. */
    public static Scenario parse(String yaml, String fileName, List<Override> overrides) throws ScenarioException {
        return parse(yaml, fileName, overrides, null);
    }

    /**
     * Parses scenario text named fileName (for messages), resolving what it names: a table directory in
     * {@code io_table.table} is relative to scenarioDir (the working directory when null). The IO table is read
     * once here and carried by the returned scenario.
     */
    public static Scenario parse(String yaml, String fileName, List<Override> overrides, Path scenarioDir)
            throws ScenarioException {
        return parse(yaml, fileName, overrides, null, scenarioDir);
    }

    /**
     * As {@link #parse(String, String, List, Path)}; {@code self} is the file the text was read from (null for text
     * from elsewhere), so that a file extending itself through its parents is recognised.
     */
    private static Scenario parse(String yaml, String fileName, List<Override> overrides, Path self, Path scenarioDir)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        ScenarioChain.Composed chain = ScenarioChain.compose(yaml, fileName, self, scenarioDir,
                ScenarioLoader::read, problems);
        if (chain == null) {
            // a file that cannot be read or parsed (or a newer format) would only produce confusing key errors
            throw new ScenarioException(sorted(problems, List.of()));
        }
        Node root = chain.root();
        Origin origin = new Origin();
        root = Overrides.apply(root, overrides, problems, fileName, origin);
        Binder binder = new Binder(fileName, problems, origin);
        Scenario s = binder.bindRoot(Scenario.class, root);
        boolean defaultYears = binder.defaulted("run") || binder.defaulted("run.target_years");
        IoTable table = null;
        if (s != null && problems.isEmpty()) {
            ScenarioValidator validator = new ScenarioValidator(fileName, binder.marks(), binder.overridden(), problems,
                    defaultYears);
            validator.validate(s);
            table = new IoTableValidator(validator::error, tableDir(chain, binder, scenarioDir)).resolve(s);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(sorted(problems, chain.sources()));
        }
        Scenario resolved = Schema.with(s, "resolved", ResolvedInputs.of(s, table, chain.sources()));
        return defaultYears ? fitTargetYears(resolved) : resolved;
    }

    /**
     * The default target years (2030, 2035, 2040, 2050) are kept only where they fall inside the horizon; when none
     * does, the last year of the horizon is reported. Target years written in the file are checked instead.
     */
    private static Scenario fitTargetYears(Scenario s) {
        int first = s.calendar().start().getYear();
        int last = s.calendar().monthOf(s.steps() - 1).getYear();
        List<Integer> years = s.run().targetYears().stream().filter(y -> y >= first && y <= last).toList();
        if (years.isEmpty()) {
            years = List.of(last);
        }
        return years.equals(s.run().targetYears()) ? s
                : Schema.with(s, "run", Schema.with(s.run(), "targetYears", List.copyOf(years)));
    }

    /**
     * A table directory is relative to the file that names it: in a chain of files ({@code extends}), the one whose
     * {@code io_table} the merged scenario took.
     */
    private static Path tableDir(ScenarioChain.Composed chain, Binder binder, Path scenarioDir) {
        org.yaml.snakeyaml.error.Mark m = binder.marks().get("io_table.table");
        if (m == null || chain.sources().size() < 2) {
            return scenarioDir;
        }
        return chain.dirs().getOrDefault(m.getName(), scenarioDir);
    }

    static boolean otherVersion(Node root, String file, List<Problem> problems) {
        if (root instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("version")
                        && t.getValueNode() instanceof ScalarNode v && v.isPlain() && v.getValue().matches("\\d+")
                        && !v.getValue().equals("1")) {
                    problems.add(YamlTree.at(file, v.getStartMark(), "version", "scenario format version "
                            + v.getValue() + " is not supported; allowed: 1 (the only version this Kozan reads)"));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Position-less problems first, then by file (the file named, then each file it extends) and position (line,
     * column), keeping discovery order for ties.
     */
    private static List<Problem> sorted(List<Problem> problems, List<ScenarioSource> chain) {
        List<String> files = chain.stream().map(ScenarioSource::file).toList();
        List<Problem> out = new ArrayList<>(problems);
        out.sort(java.util.Comparator.comparingInt((Problem p) -> p.line() == 0 ? 0 : 1)
                .thenComparingInt(p -> files.indexOf(p.file()))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }

    private static String read(Path file) throws ScenarioException {
        if (!Files.exists(file)) {
            throw fail(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            // a device (/dev/zero) would be read without end and a FIFO would block; the CLI checks first, this
            // guards every other caller
            throw fail(file, "not a regular file; give a scenario file (.yaml)");
        }
        try {
            if (Files.size(file) > maxFileBytes()) {
                throw fail(file, YamlTree.limitMessage("code points"));
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw fail(file, "the file is not valid UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw fail(file, "cannot read the file" + (e instanceof java.nio.file.AccessDeniedException
                    ? ": permission denied" : e.getMessage() != null ? ": " + e.getMessage() : ""));
        }
    }

    private static ScenarioException fail(Path file, String message) {
        return new ScenarioException(List.of(new Problem(file.toString(), 0, 0, "", message)));
    }
}
