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
    private final SpecNodes nodes;
    private final Path baseDir;
    private final Predicate<String> knownMetric;
    private boolean checkFiles = true;
    private final List<BatchSpecException.Problem> problems = new ArrayList<>();

    private BatchSpecLoader(String fileName, Path baseDir, Predicate<String> knownMetric) {
        this.fileName = fileName;
        this.nodes = new SpecNodes(fileName, problems);
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
            nodes.problem(root, "", "the batch file must be a mapping of keys (version, name, scenarios, ...)");
            throw new BatchSpecException(problems);
        }
        Map<String, NodeTuple> top = nodes.keys(map, "", TOP_KEYS);
        long version = nodes.integer(top, "version", "", 1, 1, 1);
        String name = nodes.string(top, "name", "", null);
        if (name != null && !NAME.matcher(name).matches()) {
            nodes.problem(top.get("name").getValueNode(), "name", "'" + name
                    + "' is not allowed: use letters, digits, '_', '-' or '.', starting with a letter or digit");
        }
        String description = nodes.string(top, "description", "", "");
        List<BatchSpec.ScenarioRef> scenarios = scenarios(top.get("scenarios"));
        List<BatchSpec.ParameterSpec> parameters = parameters(top.get("parameters"));
        BatchSpec.Design design = design(top.get("design"));
        long points = 0;
        if (design == BatchSpec.Design.LATIN_HYPERCUBE) {
            points = nodes.integer(top, "points", "", -1, 1, 1_000_000);
        } else {
            for (String key : List.of("points", "design_seed")) {
                if (top.containsKey(key)) {
                    nodes.problem(top.get(key).getKeyNode(), key, "'" + key
                            + "' only applies to design: latin_hypercube (a grid uses every combination)");
                }
            }
        }
        long seed = nodes.integer(top, "seed", "", 20250101L, Long.MIN_VALUE, Long.MAX_VALUE);
        long designSeed = nodes.integer(top, "design_seed", "", seed, Long.MIN_VALUE, Long.MAX_VALUE);
        long replications = nodes.integer(top, "replications", "", 10, 1, 100_000);
        List<BatchSpec.MetricSelector> metrics = metrics(top.get("metrics"));
        List<Integer> years = years(top.get("years"));
        long threads = nodes.integer(top, "threads", "", 0, 0, 4096);
        BatchSpec.BaselineSpec baseline = baseline(top.get("baseline"), scenarios, parameters);
        if (design == BatchSpec.Design.GRID) {
            checkGridSize(top, scenarios.size(), parameters);
        } else {
            for (var p : parameters) {
                if (p.isRange() && p.steps() != 0) {
                    nodes.problem(top.get("parameters").getValueNode(), "parameters",
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
                nodes.problem(top.get("parameters").getValueNode(), "parameters", "the full grid has more than "
                        + MAX_DESIGN_POINTS + " design points; use fewer values or design: latin_hypercube");
                return;
            }
        }
    }

    private List<BatchSpec.ScenarioRef> scenarios(NodeTuple t) {
        List<BatchSpec.ScenarioRef> out = new ArrayList<>();
        if (t == null) {
            nodes.problem(null, "scenarios", "missing: list at least one base scenario file (e.g. scenarios: [../baseline.yaml])");
            return out;
        }
        SequenceNode seq = nodes.sequence(t.getValueNode(), "scenarios");
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
                Map<String, NodeTuple> k = nodes.keys(m, path, Set.of("id", "file"));
                file = nodes.string(k, "file", path, null);
                id = nodes.string(k, "id", path, null);
            } else {
                nodes.problem(n, path, "expected a file path or {id: ..., file: ...}");
                continue;
            }
            if (file == null) {
                continue;
            }
            Path resolved = baseDir.resolve(file).normalize();
            if (checkFiles && !Files.isRegularFile(resolved)) {
                nodes.problem(n, path, "scenario file '" + file + "' not found (looked for " + resolved
                        + "); paths are relative to the batch file's folder");
            }
            if (id == null) {
                String f = resolved.getFileName().toString();
                id = f.endsWith(".yaml") || f.endsWith(".yml") ? f.substring(0, f.lastIndexOf('.')) : f;
            }
            if (!NAME.matcher(id).matches()) {
                nodes.problem(n, path + ".id", "'" + id + "' is not a valid id: use letters, digits, '_', '-' or '.'");
            } else if (!ids.add(id)) {
                nodes.problem(n, path, "scenario id '" + id + "' is used twice; give one of them another id: {id: other, file: ...}");
            }
            out.add(new BatchSpec.ScenarioRef(id, resolved));
        }
        if (seq.getValue().isEmpty()) {
            nodes.problem(seq, "scenarios", "list at least one base scenario");
        }
        return out;
    }

    private List<BatchSpec.ParameterSpec> parameters(NodeTuple t) {
        List<BatchSpec.ParameterSpec> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        SequenceNode seq = nodes.sequence(t.getValueNode(), "parameters");
        if (seq == null) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node n = seq.getValue().get(i);
            String at = "parameters[" + i + "]";
            if (!(n instanceof MappingNode m)) {
                nodes.problem(n, at, "expected {path: ..., values: [...]} or {path: ..., range: [min, max]}");
                continue;
            }
            Map<String, NodeTuple> k = nodes.keys(m, at, Set.of("path", "values", "range", "steps", "integer"));
            String path = nodes.string(k, "path", at, null);
            if (path == null) {
                continue;
            }
            if (!PATH.matcher(path).matches()) {
                nodes.problem(k.get("path").getValueNode(), at + ".path", "'" + path
                        + "' is not a scenario path: dotted snake_case keys, list elements by [id] or [index],"
                        + " e.g. government.exploration_subsidy or commodities[rare_earths].price.sigma");
            } else if (!seen.add(path)) {
                nodes.problem(k.get("path").getValueNode(), at + ".path", "'" + path + "' is varied twice");
            }
            boolean integer = nodes.bool(k, "integer", at, false);
            NodeTuple values = k.get("values");
            NodeTuple range = k.get("range");
            if ((values == null) == (range == null)) {
                nodes.problem(n, at, "give exactly one of 'values: [...]' or 'range: [min, max]'");
                continue;
            }
            if (values != null) {
                if (k.containsKey("steps")) {
                    nodes.problem(k.get("steps").getKeyNode(), at + ".steps", "'steps' goes with 'range', not 'values'");
                }
                SequenceNode vs = nodes.sequence(values.getValueNode(), at + ".values");
                if (vs == null) {
                    continue;
                }
                List<Object> list = new ArrayList<>();
                for (int j = 0; j < vs.getValue().size(); j++) {
                    Object v = nodes.scalar(vs.getValue().get(j), at + ".values[" + j + "]");
                    if (v != null) {
                        list.add(v);
                    }
                }
                if (list.isEmpty()) {
                    nodes.problem(vs, at + ".values", "list at least one value");
                }
                out.add(new BatchSpec.ParameterSpec(path, List.copyOf(list), null, null, 0, integer));
            } else {
                SequenceNode rs = nodes.sequence(range.getValueNode(), at + ".range");
                if (rs == null) {
                    continue;
                }
                if (rs.getValue().size() != 2) {
                    nodes.problem(rs, at + ".range", "expected [min, max], got " + rs.getValue().size() + " values");
                    continue;
                }
                Double min = nodes.number(rs.getValue().get(0), at + ".range[0]");
                Double max = nodes.number(rs.getValue().get(1), at + ".range[1]");
                long steps = nodes.integer(k, "steps", at, 0, 2, 10_000);
                if (min != null && max != null && !(min < max)) {
                    nodes.problem(rs, at + ".range", "min " + min + " must be below max " + max);
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
        Object v = nodes.scalar(t.getValueNode(), "design");
        if ("grid".equals(v)) {
            return BatchSpec.Design.GRID;
        }
        if ("latin_hypercube".equals(v)) {
            return BatchSpec.Design.LATIN_HYPERCUBE;
        }
        nodes.problem(t.getValueNode(), "design", "'" + v + "' is not a design: use grid or latin_hypercube");
        return BatchSpec.Design.GRID;
    }

    private List<BatchSpec.MetricSelector> metrics(NodeTuple t) {
        List<BatchSpec.MetricSelector> out = new ArrayList<>();
        if (t == null) {
            nodes.problem(null, "metrics", "missing: list the metrics to keep, e.g. metrics: [imports_t, jobs_direct]");
            return out;
        }
        SequenceNode seq = nodes.sequence(t.getValueNode(), "metrics");
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
                Map<String, NodeTuple> k = nodes.keys(m, at, Set.of("name", "commodity", "region", "detail"));
                name = nodes.string(k, "name", at, null);
                c = nodes.string(k, "commodity", at, null);
                r = nodes.string(k, "region", at, null);
                d = nodes.string(k, "detail", at, null);
            } else {
                nodes.problem(n, at, "expected a metric name or {name: ..., commodity: ..., region: ..., detail: ...}");
                continue;
            }
            if (name == null) {
                continue;
            }
            if (knownMetric != null && !knownMetric.test(name)) {
                nodes.problem(n, at, "unknown metric '" + name + "'; see docs/outputs.md for the metric names");
                continue;
            }
            out.add(new BatchSpec.MetricSelector(name, c, r, d));
        }
        if (seq.getValue().isEmpty()) {
            nodes.problem(seq, "metrics", "list at least one metric");
        }
        return out;
    }

    private List<Integer> years(NodeTuple t) {
        List<Integer> out = new ArrayList<>();
        if (t == null) {
            nodes.problem(null, "years", "missing: list the calendar years to keep, e.g. years: [2030, 2040]");
            return out;
        }
        SequenceNode seq = nodes.sequence(t.getValueNode(), "years");
        if (seq == null) {
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            Double y = nodes.number(seq.getValue().get(i), "years[" + i + "]");
            if (y == null) {
                continue;
            }
            if (y != Math.rint(y) || y < 1900 || y > 2300) {
                nodes.problem(seq.getValue().get(i), "years[" + i + "]", y + " is not a calendar year between 1900 and 2300");
            } else if (out.contains(y.intValue())) {
                nodes.problem(seq.getValue().get(i), "years[" + i + "]", "year " + y.intValue() + " is listed twice");
            } else {
                out.add(y.intValue());
            }
        }
        if (seq.getValue().isEmpty()) {
            nodes.problem(seq, "years", "list at least one year");
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
            nodes.problem(t.getValueNode(), "baseline", "expected {scenario: ID, parameters: {path: value, ...}}");
            return null;
        }
        Map<String, NodeTuple> k = nodes.keys(m, "baseline", Set.of("scenario", "parameters"));
        String scenario = nodes.string(k, "scenario", "baseline", scenarios.isEmpty() ? null : scenarios.get(0).id());
        if (scenario != null && scenarios.stream().noneMatch(s -> s.id().equals(scenario))) {
            nodes.problem(k.containsKey("scenario") ? k.get("scenario").getValueNode() : m, "baseline.scenario",
                    "'" + scenario + "' is not one of the scenario ids " + scenarios.stream().map(BatchSpec.ScenarioRef::id).toList());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        NodeTuple pt = k.get("parameters");
        if (pt != null) {
            if (!(pt.getValueNode() instanceof MappingNode pm)) {
                nodes.problem(pt.getValueNode(), "baseline.parameters", "expected a mapping {path: value}");
            } else {
                Set<String> varied = new LinkedHashSet<>();
                parameters.forEach(p -> varied.add(p.path()));
                for (NodeTuple e : pm.getValue()) {
                    String path = ((ScalarNode) e.getKeyNode()).getValue();
                    if (!varied.contains(path)) {
                        nodes.problem(e.getKeyNode(), "baseline.parameters", "'" + path
                                + "' is not a varied parameter; varied: " + varied);
                        continue;
                    }
                    Object v = nodes.scalar(e.getValueNode(), "baseline.parameters." + path);
                    if (v != null) {
                        values.put(path, v);
                    }
                }
            }
        }
        return new BatchSpec.BaselineSpec(scenario, values);
    }
}
