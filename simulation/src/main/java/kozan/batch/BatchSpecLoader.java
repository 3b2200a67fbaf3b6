package kozan.batch;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a batch YAML file into a validated {@link BatchSpec}. Works on SnakeYAML's node tree (SafeConstructor
 * options, no arbitrary types) so that every problem names file:line:column, the key path, the value and
 * what is allowed; all problems are collected before failing.
 */
public final class BatchSpecLoader {

    /** Grids larger than this are almost certainly a typo (e.g. steps: 1000 on several parameters). */
    static final long MAX_DESIGN_POINTS = 1_000_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern PATH = Pattern.compile("[a-z0-9_]+(\\[[^\\]]+\\])?(\\.[a-z0-9_]+(\\[[^\\]]+\\])?)*");
    private static final Set<String> TOP_KEYS = Set.of("version", "name", "description", "scenarios", "parameters",
            "design", "points", "design_seed", "replications", "seed", "metrics", "years", "threads", "baseline");

    private final String fileName;
    private final Path baseDir;
    private final Predicate<String> knownMetric;
    private boolean checkFiles = true;
    private final List<BatchSpecException.Problem> problems = new ArrayList<>();

    private BatchSpecLoader(String fileName, Path baseDir, Predicate<String> knownMetric) {
        this.fileName = fileName;
        this.baseDir = baseDir;
        this.knownMetric = knownMetric;
    }

    /**
     * @param knownMetric tells whether a metric name exists (kozan.observe.Metrics in the CLI)
     */
    public static BatchSpec load(Path file, Predicate<String> knownMetric) throws BatchSpecException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BatchSpecException(List.of(new BatchSpecException.Problem(file.toString(), 0, 0, "",
                    "cannot read the batch file: " + e.getMessage())));
        }
        Path dir = file.toAbsolutePath().getParent();
        return new BatchSpecLoader(file.toString(), dir, knownMetric).parse(text, file);
    }

    /**
     * Reads the copy of a batch file kept in a results folder (batch.yaml): the base scenario files are not
     * looked for, since only their ids are needed to label results (their hashes are in batch-state.json).
     */
    public static BatchSpec loadStoredCopy(Path file) throws BatchSpecException {
        try {
            BatchSpecLoader l = new BatchSpecLoader(file.toString(), file.toAbsolutePath().getParent(), null);
            l.checkFiles = false;
            return l.parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new BatchSpecException(List.of(new BatchSpecException.Problem(file.toString(), 0, 0, "",
                    "cannot read: " + e.getMessage())));
        }
    }

    /** Parses YAML text; scenario paths are resolved against {@code baseDir}. */
    public static BatchSpec parse(String yaml, String fileName, Path baseDir, Predicate<String> knownMetric)
            throws BatchSpecException {
        return new BatchSpecLoader(fileName, baseDir, knownMetric).parse(yaml, baseDir.resolve(fileName));
    }

    private BatchSpec parse(String text, Path file) throws BatchSpecException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(1 << 20);
        options.setAllowDuplicateKeys(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var m = e.getProblemMark();
            throw new BatchSpecException(List.of(new BatchSpecException.Problem(fileName,
                    m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "",
                    "not valid YAML: " + e.getProblem())));
        } catch (RuntimeException e) {
            throw new BatchSpecException(List.of(new BatchSpecException.Problem(fileName, 0, 0, "",
                    "not valid YAML: " + e.getMessage())));
        }
        if (!(root instanceof MappingNode map)) {
            problem(root, "", "the batch file must be a mapping of keys (version, name, scenarios, ...)");
            throw new BatchSpecException(problems);
        }
        Map<String, NodeTuple> top = keys(map, "", TOP_KEYS);
        long version = integer(top, "version", "", 1, 1, 1);
        String name = string(top, "name", "", null);
        if (name != null && !NAME.matcher(name).matches()) {
            problem(top.get("name").getValueNode(), "name", "'" + name
                    + "' is not allowed: use letters, digits, '_', '-' or '.', starting with a letter or digit");
        }
        String description = string(top, "description", "", "");
        List<BatchSpec.ScenarioRef> scenarios = scenarios(top.get("scenarios"));
        List<BatchSpec.ParameterSpec> parameters = parameters(top.get("parameters"));
        BatchSpec.Design design = design(top.get("design"));
        long points = integer(top, "points", "", design == BatchSpec.Design.LATIN_HYPERCUBE ? -1 : 0,
                design == BatchSpec.Design.LATIN_HYPERCUBE ? 1 : 0, design == BatchSpec.Design.LATIN_HYPERCUBE ? 1_000_000 : 0);
        long seed = integer(top, "seed", "", 20250101L, Long.MIN_VALUE, Long.MAX_VALUE);
        long designSeed = integer(top, "design_seed", "", seed, Long.MIN_VALUE, Long.MAX_VALUE);
        long replications = integer(top, "replications", "", 10, 1, 100_000);
        List<BatchSpec.MetricSelector> metrics = metrics(top.get("metrics"));
        List<Integer> years = years(top.get("years"));
        long threads = integer(top, "threads", "", 0, 0, 4096);
        BatchSpec.BaselineSpec baseline = baseline(top.get("baseline"), scenarios, parameters);
        if (design == BatchSpec.Design.GRID) {
            checkGridSize(top, scenarios.size(), parameters);
        } else {
            for (var p : parameters) {
                if (p.isRange() && p.steps() != 0) {
                    problem(top.get("parameters").getValueNode(), "parameters",
                            p.path() + ": 'steps' only applies to a grid design; a Latin hypercube samples the range");
                }
            }
        }
        if (!problems.isEmpty() || version != 1) {
            throw new BatchSpecException(problems);
        }
        return new BatchSpec(file, name, description, scenarios, parameters, design, (int) points, designSeed,
                (int) replications, seed, metrics, years, (int) threads, baseline);
    }

    private void checkGridSize(Map<String, NodeTuple> top, int scenarioCount, List<BatchSpec.ParameterSpec> ps) {
        long size = Math.max(1, scenarioCount);
        for (var p : ps) {
            size *= p.isRange() ? Math.max(1, p.steps()) : Math.max(1, p.values().size());
            if (size > MAX_DESIGN_POINTS) {
                problem(top.get("parameters").getValueNode(), "parameters", "the full grid has more than "
                        + MAX_DESIGN_POINTS + " design points; use fewer values or design: latin_hypercube");
                return;
            }
        }
    }

    private List<BatchSpec.ScenarioRef> scenarios(NodeTuple t) {
        List<BatchSpec.ScenarioRef> out = new ArrayList<>();
        if (t == null) {
            problem(null, "scenarios", "missing: list at least one base scenario file (e.g. scenarios: [../baseline.yaml])");
            return out;
        }
        SequenceNode seq = sequence(t.getValueNode(), "scenarios");
        if (seq == null) {
            return out;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node n = seq.getValue().get(i);
            String path = "scenarios[" + i + "]";
            String file;
            String id = null;
            if (n instanceof ScalarNode s) {
                file = s.getValue();
            } else if (n instanceof MappingNode m) {
                Map<String, NodeTuple> k = keys(m, path, Set.of("id", "file"));
                file = string(k, "file", path, null);
                id = string(k, "id", path, null);
            } else {
                problem(n, path, "expected a file path or {id: ..., file: ...}");
                continue;
            }
            if (file == null) {
                continue;
            }
            Path resolved = baseDir.resolve(file).normalize();
            if (checkFiles && !Files.isRegularFile(resolved)) {
                problem(n, path, "scenario file '" + file + "' not found (looked for " + resolved
                        + "); paths are relative to the batch file's folder");
            }
            if (id == null) {
                String f = resolved.getFileName().toString();
                id = f.endsWith(".yaml") || f.endsWith(".yml") ? f.substring(0, f.lastIndexOf('.')) : f;
            }
            if (!NAME.matcher(id).matches()) {
                problem(n, path + ".id", "'" + id + "' is not a valid id: use letters, digits, '_', '-' or '.'");
            } else if (!ids.add(id)) {
                problem(n, path, "scenario id '" + id + "' is used twice; give one of them another id: {id: other, file: ...}");
            }
            out.add(new BatchSpec.ScenarioRef(id, resolved));
        }
        if (seq.getValue().isEmpty()) {
            problem(seq, "scenarios", "list at least one base scenario");
        }
        return out;
    }

    private List<BatchSpec.ParameterSpec> parameters(NodeTuple t) {
        List<BatchSpec.ParameterSpec> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        SequenceNode seq = sequence(t.getValueNode(), "parameters");
        if (seq == null) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node n = seq.getValue().get(i);
            String at = "parameters[" + i + "]";
            if (!(n instanceof MappingNode m)) {
                problem(n, at, "expected {path: ..., values: [...]} or {path: ..., range: [min, max]}");
                continue;
            }
            Map<String, NodeTuple> k = keys(m, at, Set.of("path", "values", "range", "steps", "integer"));
            String path = string(k, "path", at, null);
            if (path == null) {
                continue;
            }
            if (!PATH.matcher(path).matches()) {
                problem(k.get("path").getValueNode(), at + ".path", "'" + path
                        + "' is not a scenario path: dotted snake_case keys, list elements by [id] or [index],"
                        + " e.g. government.exploration_subsidy or commodities[rare_earths].price.sigma");
            } else if (!seen.add(path)) {
                problem(k.get("path").getValueNode(), at + ".path", "'" + path + "' is varied twice");
            }
            boolean integer = bool(k, "integer", at, false);
            NodeTuple values = k.get("values");
            NodeTuple range = k.get("range");
            if ((values == null) == (range == null)) {
                problem(n, at, "give exactly one of 'values: [...]' or 'range: [min, max]'");
                continue;
            }
            if (values != null) {
                if (k.containsKey("steps")) {
                    problem(k.get("steps").getKeyNode(), at + ".steps", "'steps' goes with 'range', not 'values'");
                }
                SequenceNode vs = sequence(values.getValueNode(), at + ".values");
                if (vs == null) {
                    continue;
                }
                List<Object> list = new ArrayList<>();
                for (int j = 0; j < vs.getValue().size(); j++) {
                    Object v = scalar(vs.getValue().get(j), at + ".values[" + j + "]");
                    if (v != null) {
                        list.add(v);
                    }
                }
                if (list.isEmpty()) {
                    problem(vs, at + ".values", "list at least one value");
                }
                out.add(new BatchSpec.ParameterSpec(path, List.copyOf(list), null, null, 0, integer));
            } else {
                SequenceNode rs = sequence(range.getValueNode(), at + ".range");
                if (rs == null) {
                    continue;
                }
                if (rs.getValue().size() != 2) {
                    problem(rs, at + ".range", "expected [min, max], got " + rs.getValue().size() + " values");
                    continue;
                }
                Double min = number(rs.getValue().get(0), at + ".range[0]");
                Double max = number(rs.getValue().get(1), at + ".range[1]");
                long steps = integer(k, "steps", at, 0, 2, 10_000);
                if (min != null && max != null && !(min < max)) {
                    problem(rs, at + ".range", "min " + min + " must be below max " + max);
                }
                out.add(new BatchSpec.ParameterSpec(path, null, min, max, (int) steps, integer));
            }
        }
        return out;
    }

    private BatchSpec.Design design(NodeTuple t) {
        if (t == null) {
            return BatchSpec.Design.GRID;
        }
        Object v = scalar(t.getValueNode(), "design");
        if ("grid".equals(v)) {
            return BatchSpec.Design.GRID;
        }
        if ("latin_hypercube".equals(v)) {
            return BatchSpec.Design.LATIN_HYPERCUBE;
        }
        problem(t.getValueNode(), "design", "'" + v + "' is not a design: use grid or latin_hypercube");
        return BatchSpec.Design.GRID;
    }

    private List<BatchSpec.MetricSelector> metrics(NodeTuple t) {
        List<BatchSpec.MetricSelector> out = new ArrayList<>();
        if (t == null) {
            problem(null, "metrics", "missing: list the metrics to keep, e.g. metrics: [imports_t, jobs_direct]");
            return out;
        }
        SequenceNode seq = sequence(t.getValueNode(), "metrics");
        if (seq == null) {
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node n = seq.getValue().get(i);
            String at = "metrics[" + i + "]";
            String name;
            String c = null;
            String r = null;
            String d = null;
            if (n instanceof ScalarNode s) {
                name = s.getValue();
            } else if (n instanceof MappingNode m) {
                Map<String, NodeTuple> k = keys(m, at, Set.of("name", "commodity", "region", "detail"));
                name = string(k, "name", at, null);
                c = string(k, "commodity", at, null);
                r = string(k, "region", at, null);
                d = string(k, "detail", at, null);
            } else {
                problem(n, at, "expected a metric name or {name: ..., commodity: ..., region: ..., detail: ...}");
                continue;
            }
            if (name == null) {
                continue;
            }
            if (knownMetric != null && !knownMetric.test(name)) {
                problem(n, at, "unknown metric '" + name + "'; see docs/outputs.md for the metric names");
                continue;
            }
            out.add(new BatchSpec.MetricSelector(name, c, r, d));
        }
        if (seq.getValue().isEmpty()) {
            problem(seq, "metrics", "list at least one metric");
        }
        return out;
    }

    private List<Integer> years(NodeTuple t) {
        List<Integer> out = new ArrayList<>();
        if (t == null) {
            problem(null, "years", "missing: list the calendar years to keep, e.g. years: [2030, 2040]");
            return out;
        }
        SequenceNode seq = sequence(t.getValueNode(), "years");
        if (seq == null) {
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            Double y = number(seq.getValue().get(i), "years[" + i + "]");
            if (y == null) {
                continue;
            }
            if (y != Math.rint(y) || y < 1900 || y > 2300) {
                problem(seq.getValue().get(i), "years[" + i + "]", y + " is not a calendar year between 1900 and 2300");
            } else if (out.contains(y.intValue())) {
                problem(seq.getValue().get(i), "years[" + i + "]", "year " + y.intValue() + " is listed twice");
            } else {
                out.add(y.intValue());
            }
        }
        if (seq.getValue().isEmpty()) {
            problem(seq, "years", "list at least one year");
        }
        out.sort(null);
        return out;
    }

    private BatchSpec.BaselineSpec baseline(NodeTuple t, List<BatchSpec.ScenarioRef> scenarios,
                                            List<BatchSpec.ParameterSpec> parameters) {
        if (t == null) {
            return null;
        }
        if (!(t.getValueNode() instanceof MappingNode m)) {
            problem(t.getValueNode(), "baseline", "expected {scenario: ID, parameters: {path: value, ...}}");
            return null;
        }
        Map<String, NodeTuple> k = keys(m, "baseline", Set.of("scenario", "parameters"));
        String scenario = string(k, "scenario", "baseline", scenarios.isEmpty() ? null : scenarios.get(0).id());
        if (scenario != null && scenarios.stream().noneMatch(s -> s.id().equals(scenario))) {
            problem(k.containsKey("scenario") ? k.get("scenario").getValueNode() : m, "baseline.scenario",
                    "'" + scenario + "' is not one of the scenario ids " + scenarios.stream().map(BatchSpec.ScenarioRef::id).toList());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        NodeTuple pt = k.get("parameters");
        if (pt != null) {
            if (!(pt.getValueNode() instanceof MappingNode pm)) {
                problem(pt.getValueNode(), "baseline.parameters", "expected a mapping {path: value}");
            } else {
                Set<String> varied = new LinkedHashSet<>();
                parameters.forEach(p -> varied.add(p.path()));
                for (NodeTuple e : pm.getValue()) {
                    String path = ((ScalarNode) e.getKeyNode()).getValue();
                    if (!varied.contains(path)) {
                        problem(e.getKeyNode(), "baseline.parameters", "'" + path
                                + "' is not a varied parameter; varied: " + varied);
                        continue;
                    }
                    Object v = scalar(e.getValueNode(), "baseline.parameters." + path);
                    if (v != null) {
                        values.put(path, v);
                    }
                }
            }
        }
        return new BatchSpec.BaselineSpec(scenario, values);
    }

    // ---- node helpers -------------------------------------------------------------------------------------

    private Map<String, NodeTuple> keys(MappingNode m, String at, Set<String> allowed) {
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

    private SequenceNode sequence(Node n, String at) {
        if (n instanceof SequenceNode s) {
            return s;
        }
        problem(n, at, "expected a list [...]");
        return null;
    }

    private String string(Map<String, NodeTuple> k, String key, String at, String dflt) {
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

    private boolean bool(Map<String, NodeTuple> k, String key, String at, boolean dflt) {
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
    private long integer(Map<String, NodeTuple> k, String key, String at, long dflt, long min, long max) {
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

    private Double number(Node n, String at) {
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
    private Object scalar(Node n, String at) {
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

    private void problem(Node n, String path, String message) {
        int line = n == null ? 1 : n.getStartMark().getLine() + 1;
        int col = n == null ? 1 : n.getStartMark().getColumn() + 1;
        problems.add(new BatchSpecException.Problem(fileName, line, col, path, message));
    }
}
