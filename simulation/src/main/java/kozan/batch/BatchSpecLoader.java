package kozan.batch;

import java.io.IOException;
import java.nio.file.Files;
import kozan.io.InputException;
import kozan.io.InputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kozan.scenario.Names;
import kozan.scenario.Problem;
import kozan.scenario.RecordReader;

/**
 * Reads a batch YAML file into a validated {@link BatchSpec}: the scenario binder reads it into a
 * {@link BatchFile} (types, ranges, unknown keys with did-you-mean, all with {@code file:line:column: path}),
 * then the checks across fields here (ids, paths, files, the design), then the scenario probe (when given, on
 * every part that is sound so far), then the baseline's values (knowing which varied paths were refused) add
 * their problems at the values they concern. All problems are collected before failing, in file order.
 */
public final class BatchSpecLoader {

    /** Grids larger than this are almost certainly a typo (e.g. steps: 1000 on several parameters). */
    static final long MAX_DESIGN_POINTS = 1_000_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern PATH = Pattern.compile("[a-z0-9_]+(\\[[^\\]]+\\])?(\\.[a-z0-9_]+(\\[[^\\]]+\\])?)*");

    /** Distinct values of one parameter tried on every base scenario before a batch starts (beyond min and max). */
    static final int MAX_PROBED_VALUES = 50;

    /**
     * Loads a base scenario with some parameter values applied, as a run would (the model's loader in the CLI),
     * so a batch is checked before any run: unknown paths, indices out of range, invalid base scenarios, years
     * outside the horizon, and values the scenario does not accept.
     */
    @FunctionalInterface
    public interface ScenarioProbe {
        /** @param values parameter path to value; empty for the base scenario as it is */
        Probed probe(Path scenario, Map<String, Object> values);
    }

    /**
     * @param problems  what is wrong (empty when the scenario loads); an override's problem has its path
     * @param firstYear first calendar year of its horizon (when it loads)
     * @param lastYear  last calendar year of its horizon (when it loads)
     */
    public record Probed(List<Problem> problems, int firstYear, int lastYear) {
    }

    private final Path baseDir;
    private final Predicate<String> knownMetric;
    private final boolean checkFiles;
    /** False when a study reads the file for its parameters and metrics only: its grid is never built. */
    private final boolean checkGrid;
    private final RecordReader.Read<BatchFile> read;
    /**
     * The place in the file (index in {@code parameters}) of each parameter of the spec, which skips wrong entries
     * (those the reader left out and those refused here).
     */
    private final List<Integer> parameterAt = new ArrayList<>();
    /** Indices of the scenario entries whose file is missing or unreadable: not probed. */
    private final Set<Integer> unreadable = new LinkedHashSet<>();
    /** Keys of baseline.parameters that no parameter varies, reported last ({@link #reportUnvaried}). */
    private final List<String> unvaried = new ArrayList<>();

    /** A parameter of the spec with its index in the file's {@code parameters} (problems are put there). */
    private record Varied(int at, BatchSpec.ParameterSpec p) {
    }

    private BatchSpecLoader(RecordReader.Read<BatchFile> read, Path baseDir, Predicate<String> knownMetric,
                            boolean checkFiles, boolean checkGrid) {
        this.read = read;
        this.baseDir = baseDir;
        this.knownMetric = knownMetric;
        this.checkFiles = checkFiles;
        this.checkGrid = checkGrid;
    }

    /**
     * @param knownMetric tells whether a metric name exists (kozan.observe.Metrics in the CLI); null accepts any
     */
    public static BatchSpec load(Path file, Predicate<String> knownMetric) throws BatchSpecException {
        return load(file, knownMetric, true, true, null);
    }

    /**
     * As {@link #load(Path, Predicate)}, then checks the design on the base scenarios through {@code probe}: the
     * reference point (every parameter at its first value, or the start of its range) and, from it, every other
     * value of each parameter (explicit values up to {@link #MAX_PROBED_VALUES}, the end of a range). Refused, at
     * their place in the batch file: a parameter path the scenario does not have (unknown key, index out of
     * range), a base scenario that is invalid, years outside the horizon, and a value the scenario does not accept
     * (its design points could only fail). A run can still fail while running; that is a result (exit 3).
     */
    public static BatchSpec load(Path file, Predicate<String> knownMetric, ScenarioProbe probe)
            throws BatchSpecException {
        return load(file, knownMetric, probe, true);
    }

    /**
     * As {@link #load(Path, Predicate, ScenarioProbe)} for a sensitivity study or a calibration, which take the
     * batch file's parameters, metrics and replications but sample their own points: the size of the file's full
     * grid is not a limit (a 42-factor Morris study has a 2^42-point grid it never builds).
     */
    public static BatchSpec loadForStudy(Path file, Predicate<String> knownMetric, ScenarioProbe probe)
            throws BatchSpecException {
        return load(file, knownMetric, probe, false);
    }

    private static BatchSpec load(Path file, Predicate<String> knownMetric, ScenarioProbe probe, boolean checkGrid)
            throws BatchSpecException {
        return load(file, knownMetric, true, checkGrid, probe);
    }

    /**
     * Probes every base scenario whose file was read with the parameters whose place and values are sound so far
     * (nothing reported at the entry, its path, values, range or integer): a misspelt path is reported together
     * with the problems found before, such as the baseline entry that names the path as it should be.
     */
    private void probeAll(BatchSpec spec, ScenarioProbe probe) {
        List<Varied> vs = new ArrayList<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            String at = "parameters[" + parameterAt.get(i) + "]";
            if (!reportedAt(at) && Stream.of(".path", ".values", ".range", ".integer")
                    .noneMatch(f -> reportedIn(at + f))) { // an unknown key or a wrong steps changes no probed value
                vs.add(new Varied(parameterAt.get(i), spec.parameters().get(i)));
            }
        }
        for (int s = 0; s < spec.scenarios().size(); s++) {
            if (!unreadable.contains(s)) {
                probe(spec, s, vs, probe);
            }
        }
    }

    /**
     * The place in the file of entry {@code bound} of the bound list {@code list}, e.g. "parameters[2]": the reader
     * leaves a malformed entry out (reported), so the entries after it are checked on and reported at their own
     * places, and one pass reports every problem.
     */
    private String entry(String list, int bound) {
        return list + "[" + read.inFile(list, bound) + "]";
    }

    /** Whether a problem was reported at {@code path} itself. */
    private boolean reportedAt(String path) {
        return read.problems().stream().anyMatch(p -> p.path().equals(path));
    }

    /** Whether a problem was reported at {@code path} or inside it. */
    private boolean reportedIn(String path) {
        return reportedAt(path) || read.problems().stream().map(Problem::path)
                .anyMatch(p -> p.startsWith(path + ".") || p.startsWith(path + "["));
    }

    private void probe(BatchSpec spec, int s, List<Varied> vs, ScenarioProbe probe) {
        BatchSpec.ScenarioRef ref = spec.scenarios().get(s);
        Map<String, Object> reference = new LinkedHashMap<>();
        vs.forEach(v -> reference.put(v.p().path(), first(v.p())));
        Probed atReference = probe.probe(ref.file(), reference);
        Set<String> badPaths = new LinkedHashSet<>();
        for (Problem pr : atReference.problems()) {
            int i = indexOf(vs, pr.path());
            if (i >= 0 && isPathProblem(pr)) {
                badPaths.add(pr.path());
                read.report("parameters[" + vs.get(i).at() + "].path", "scenario '" + ref.id()
                        + "' has no such setting: " + pr.message());
            }
        }
        Probed base = atReference.problems().isEmpty() ? atReference : probe.probe(ref.file(), Map.of());
        if (!base.problems().isEmpty()) {
            read.report(entry("scenarios", s), "base scenario '" + ref.id() + "' is not valid: "
                    + join(base.problems()));
            return; // every value would be tried on a scenario that does not load
        }
        // The base loads, so the first values are at fault: a problem at a varied path is put at that parameter's
        // first value (in probeValues); one elsewhere (e.g. a target year past a shorter horizon) at the first
        // value that causes it alone, else at the parameters, as the first values together.
        List<Problem> elsewhere = atReference.problems().stream().filter(pr -> indexOf(vs, pr.path()) < 0).toList();
        if (!elsewhere.isEmpty()) {
            boolean placed = false;
            for (Varied v : vs) {
                Map<String, Object> alone = new LinkedHashMap<>();
                alone.put(v.p().path(), first(v.p()));
                List<Problem> own = probe.probe(ref.file(), alone).problems().stream()
                        .filter(pr -> indexOf(vs, pr.path()) < 0).toList();
                if (!own.isEmpty()) {
                    refuseValue(firstAt(v), ref, own);
                    placed = true;
                }
            }
            if (!placed) {
                read.report("parameters", "with the first value of every parameter, scenario '" + ref.id()
                        + "' is not valid: " + join(elsewhere));
            }
        }
        for (int year : spec.years()) {
            if (year < base.firstYear() || year > base.lastYear()) {
                read.report(entry("years", yearIndex(year)), "year " + year + " is outside the horizon of scenario '"
                        + ref.id() + "' (" + base.firstYear() + " to " + base.lastYear() + "): its values would be"
                        + " empty");
            }
        }
        for (Varied v : vs) {
            if (!badPaths.contains(v.p().path())) {
                probeValues(v, ref, reference, atReference, probe);
            }
        }
    }

    private void probeValues(Varied v, BatchSpec.ScenarioRef ref, Map<String, Object> reference, Probed atReference,
                             ScenarioProbe probe) {
        BatchSpec.ParameterSpec p = v.p();
        Map<String, Object> candidates = new LinkedHashMap<>(); // position in the file -> value
        if (p.isRange()) {
            candidates.put("parameters[" + v.at() + "].range", p.integer() ? (Object) Math.round(p.max()) : p.max());
        } else {
            Set<Object> seen = new LinkedHashSet<>();
            seen.add(p.values().get(0));
            for (int j = 1; j < p.values().size() && seen.size() <= MAX_PROBED_VALUES; j++) {
                if (seen.add(p.values().get(j))) {
                    candidates.put("parameters[" + v.at() + "].values[" + j + "]", p.values().get(j));
                }
            }
        }
        List<Problem> atFirst = atReference.problems().stream().filter(pr -> p.path().equals(pr.path())).toList();
        if (!atFirst.isEmpty()) {
            refuseValue(firstAt(v), ref, atFirst);
        }
        for (var c : candidates.entrySet()) {
            Map<String, Object> values = new LinkedHashMap<>(reference);
            values.put(p.path(), c.getValue());
            List<Problem> own = probe.probe(ref.file(), values).problems().stream()
                    .filter(pr -> !atReference.problems().contains(pr)).toList();
            if (!own.isEmpty()) {
                refuseValue(c.getKey(), ref, own);
            }
        }
    }

    /** The place of a parameter's first value in the batch file: the reference point uses it. */
    private static String firstAt(Varied v) {
        return "parameters[" + v.at() + "]" + (v.p().isRange() ? ".range" : ".values[0]");
    }

    /** A value the scenario's loader refuses: in the loader's own words, which say what is allowed. */
    private void refuseValue(String at, BatchSpec.ScenarioRef ref, List<Problem> problems) {
        read.report(at, "scenario '" + ref.id() + "' does not accept this value: " + join(problems));
    }

    /** The loader's words for an override whose path the scenario lacks (unknown key, no such list entry). */
    private static boolean isPathProblem(Problem p) {
        return p.message().contains("override cannot be applied") || p.message().startsWith("unknown key '");
    }

    private static Object first(BatchSpec.ParameterSpec p) {
        if (!p.isRange()) {
            return p.values().get(0);
        }
        return p.integer() ? (Object) Math.round(p.min()) : p.min();
    }

    private static int indexOf(List<Varied> vs, String path) {
        for (int i = 0; i < vs.size(); i++) {
            if (vs.get(i).p().path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::toString).toList());
    }

    /** The index in the bound years list (the spec's list is sorted). */
    private int yearIndex(int year) {
        List<Integer> given = read.value().years();
        return Math.max(0, given.indexOf(year));
    }

    /**
     * Reads the copy of a batch file kept in a results folder (batch.yaml): the base scenario files are not
     * looked for, since only their ids are needed to label results (their hashes are in batch-state.json).
     */
    public static BatchSpec loadStoredCopy(Path file) throws BatchSpecException {
        return load(file, null, false, false, null);   // it ran, so it passed; a study's copy has a grid it never builds
    }

    /** Parses YAML text; scenario paths are resolved against {@code baseDir}. */
    public static BatchSpec parse(String yaml, String fileName, Path baseDir, Predicate<String> knownMetric)
            throws BatchSpecException {
        return check(RecordReader.read(BatchFile.class, yaml, fileName), baseDir.resolve(fileName), baseDir,
                knownMetric, true, true, null);
    }

    private static BatchSpec load(Path file, Predicate<String> knownMetric, boolean checkFiles, boolean checkGrid,
                                  ScenarioProbe probe) throws BatchSpecException {
        String text;
        try {
            text = InputFile.readText(file, InputFile.MAX_TEXT_BYTES);
        } catch (InputException e) {
            throw new BatchSpecException(List.of(new Problem(file.toString(), 0, 0, "", e.getMessage())));
        } catch (IOException e) {
            throw new BatchSpecException(List.of(new Problem(file.toString(), 0, 0, "",
                    "cannot read the batch file: " + e.getMessage())));
        }
        return check(RecordReader.read(BatchFile.class, text, file.toString()), file,
                file.toAbsolutePath().getParent(), knownMetric, checkFiles, checkGrid, probe);
    }

    private static BatchSpec check(RecordReader.Read<BatchFile> read, Path file, Path baseDir,
                                   Predicate<String> knownMetric, boolean checkFiles, boolean checkGrid,
                                   ScenarioProbe probe) throws BatchSpecException {
        if (read.value() == null) {
            throw new BatchSpecException(read.problemsInFileOrder());
        }
        // The checks below run even after binding problems (the reader is lenient), the probe after them on what is
        // sound, and the baseline's values last (they may name a path that was refused), so one pass reports all.
        BatchSpecLoader l = new BatchSpecLoader(read, baseDir, knownMetric, checkFiles, checkGrid);
        BatchSpec spec = l.toSpec(read.value(), file);
        if (probe != null) {
            l.probeAll(spec, probe);
        }
        l.reportUnvaried(spec.parameters());
        if (!read.problems().isEmpty()) {
            throw new BatchSpecException(read.problemsInFileOrder());
        }
        return spec;
    }

    private BatchSpec toSpec(BatchFile f, Path file) {
        if (!NAME.matcher(f.name()).matches()) {
            read.report("name", "'" + f.name()
                    + "' is not allowed: use letters, digits, '_', '-' or '.', starting with a letter or digit");
        }
        List<BatchSpec.ScenarioRef> scenarios = scenarios(f.scenarios());
        List<BatchSpec.ParameterSpec> parameters = parameters(f.parameters());
        BatchSpec.Design design = f.design() == BatchFile.DesignName.latin_hypercube
                ? BatchSpec.Design.LATIN_HYPERCUBE : BatchSpec.Design.GRID;
        int points = 0;
        if (design == BatchSpec.Design.LATIN_HYPERCUBE) {
            if (f.points() == null) {
                read.report("points", "missing (required here for design: latin_hypercube), a whole number from 1 to 1000000");
            } else {
                points = f.points();
            }
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).isRange() && parameters.get(i).steps() != 0) {
                    read.report("parameters[" + parameterAt.get(i) + "].steps", "'steps' only applies to a grid design;"
                            + " a Latin hypercube samples the range");
                }
            }
        } else {
            if (f.points() != null) {
                read.report("points", "'points' only applies to design: latin_hypercube (a grid uses every combination)");
            }
            if (f.designSeed() != null) {
                read.report("design_seed", "'design_seed' only applies to design: latin_hypercube"
                        + " (a grid uses every combination)");
            }
            if (checkGrid) {
                checkGridSize(scenarios.size(), parameters);
            }
        }
        long designSeed = f.designSeed() != null ? f.designSeed() : f.seed();
        return new BatchSpec(file, f.name(), f.description(), scenarios, parameters, design, points, designSeed,
                f.replications(), f.seed(), metrics(f.metrics()), years(f.years()), f.threads(),
                baseline(f.baseline(), scenarios, parameters));
    }

    private void checkGridSize(int scenarioCount, List<BatchSpec.ParameterSpec> ps) {
        long size = Math.max(1, scenarioCount);
        for (var p : ps) {
            // an unstated number of steps is 2 (the range's ends), as the grid itself makes it (DesignPoints.linspace)
            size *= p.isRange() ? Math.max(2, p.steps()) : Math.max(1, p.values().size());
            if (size > MAX_DESIGN_POINTS) {
                read.report("parameters", "the full grid has more than " + MAX_DESIGN_POINTS
                        + " design points; use fewer values or design: latin_hypercube");
                return;
            }
        }
    }

    private List<BatchSpec.ScenarioRef> scenarios(List<BatchFile.ScenarioEntry> entries) {
        List<BatchSpec.ScenarioRef> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            BatchFile.ScenarioEntry e = entries.get(i);
            String at = entry("scenarios", i);
            Path resolved = baseDir.resolve(e.file()).normalize();
            if (checkFiles && !Files.exists(resolved)) {
                read.report(at, "scenario file '" + e.file() + "' not found (looked for " + resolved
                        + "); paths are relative to the batch file's folder");
                unreadable.add(i);
            } else if (checkFiles) {
                try {
                    InputFile.readText(resolved, InputFile.MAX_TEXT_BYTES);
                } catch (IOException bad) {
                    read.report(at, "scenario file '" + e.file() + "': " + bad.getMessage());
                    unreadable.add(i);
                }
            }
            String id = e.id();
            if (id == null) {
                String name = resolved.getFileName().toString();
                id = name.endsWith(".yaml") || name.endsWith(".yml") ? name.substring(0, name.lastIndexOf('.')) : name;
            }
            if (!NAME.matcher(id).matches()) {
                read.report(at + ".id", "'" + id + "' is not a valid id: use letters, digits, '_', '-' or '.'");
            } else if (!ids.add(id)) {
                read.report(at, "scenario id '" + id + "' is used twice; give one of them another id: {id: other, file: ...}");
            }
            out.add(new BatchSpec.ScenarioRef(id, resolved));
        }
        return out;
    }

    private List<BatchSpec.ParameterSpec> parameters(List<BatchFile.ParameterEntry> entries) {
        List<BatchSpec.ParameterSpec> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            BatchFile.ParameterEntry p = entries.get(i);
            int place = read.inFile("parameters", i);
            String at = "parameters[" + place + "]";
            if (!PATH.matcher(p.path()).matches()) {
                read.report(at + ".path", "'" + p.path()
                        + "' is not a scenario path: dotted snake_case keys, list elements by [id] or [index],"
                        + " e.g. government.exploration_subsidy or commodities[rare_earths].price.sigma");
            } else if (!seen.add(p.path())) {
                read.report(at + ".path", "'" + p.path() + "' is varied twice");
            }
            boolean values = p.values() != null || read.given(at + ".values");
            if (values == (p.range() != null || read.given(at + ".range"))) {
                read.report(at, "give exactly one of 'values: [...]' or 'range: [min, max]'");
                continue;
            }
            if (p.values() == null && p.range() == null) {
                continue; // the given one is wrong, and reported
            }
            if (p.values() != null) {
                if (p.steps() != null) {
                    read.report(at + ".steps", "'steps' goes with 'range', not 'values'");
                }
                out.add(new BatchSpec.ParameterSpec(p.path(), p.values(), null, null, 0, p.integer()));
                parameterAt.add(place);
            } else {
                double min = p.range().get(0);
                double max = p.range().get(1);
                if (!(min < max)) {
                    read.report(at + ".range", "min " + min + " must be below max " + max);
                }
                out.add(new BatchSpec.ParameterSpec(p.path(), null, min, max, p.steps() == null ? 0 : p.steps(),
                        p.integer()));
                parameterAt.add(place);
            }
        }
        return out;
    }

    private List<BatchSpec.MetricSelector> metrics(List<BatchFile.MetricEntry> entries) {
        List<BatchSpec.MetricSelector> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            BatchFile.MetricEntry m = entries.get(i);
            String at = entry("metrics", i);
            if (knownMetric != null && !knownMetric.test(m.name())) {
                read.report(at, "unknown metric '" + m.name() + "'; see docs/outputs.md for the metric names");
                continue;
            }
            out.add(new BatchSpec.MetricSelector(m.name(), dimension(m.commodity(), at + ".commodity"),
                    dimension(m.region(), at + ".region"), dimension(m.detail(), at + ".detail")));
        }
        return out;
    }

    /** A selector dimension: absent keeps every value; a key written without a value means "" (none). */
    private String dimension(String value, String path) {
        return value == null && read.given(path) ? "" : value;
    }

    private List<Integer> years(List<Integer> given) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            int y = given.get(i);
            if (y < 1900 || y > 2300) {
                read.report(entry("years", i), y + " is not a calendar year between 1900 and 2300");
            } else if (out.contains(y)) {
                read.report(entry("years", i), "year " + y + " is listed twice");
            } else {
                out.add(y);
            }
        }
        out.sort(null);
        return out;
    }

    private BatchSpec.BaselineSpec baseline(BatchFile.BaselineEntry b, List<BatchSpec.ScenarioRef> scenarios,
                                            List<BatchSpec.ParameterSpec> parameters) {
        if (b == null) {
            return null;
        }
        String scenario = b.scenario() != null ? b.scenario() : scenarios.isEmpty() ? null : scenarios.get(0).id();
        if (scenario != null && scenarios.stream().noneMatch(s -> s.id().equals(scenario))) {
            read.report("baseline.scenario", "'" + scenario + "' is not one of the scenario ids "
                    + scenarios.stream().map(BatchSpec.ScenarioRef::id).toList());
        }
        Set<String> varied = new LinkedHashSet<>();
        parameters.forEach(p -> varied.add(p.path()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (var e : b.parameters().entrySet()) {
            if (!varied.contains(e.getKey())) {
                unvaried.add(e.getKey()); // reported last, when the varied paths that were refused are known
                continue;
            }
            values.put(e.getKey(), e.getValue());
        }
        return new BatchSpec.BaselineSpec(scenario, values);
    }

    /**
     * Reports each baseline value whose path no parameter varies. The varied paths listed are those without a
     * problem at their parameter's path; when the nearest varied path is one with a problem (a misspelt path, whose
     * baseline entry is spelt right), the message points there instead of suggesting the misspelling.
     */
    private void reportUnvaried(List<BatchSpec.ParameterSpec> parameters) {
        if (unvaried.isEmpty()) {
            return;
        }
        Map<String, Integer> refusedAt = new LinkedHashMap<>(); // varied path -> index of a parameter refusing it
        Set<String> sound = new LinkedHashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            String at = "parameters[" + parameterAt.get(i) + "].path";
            if (reportedIn(at)) {
                refusedAt.putIfAbsent(parameters.get(i).path(), parameterAt.get(i));
            } else {
                sound.add(parameters.get(i).path());
            }
        }
        refusedAt.keySet().removeAll(sound); // a path varied twice is sound where it is first given
        Set<String> varied = new LinkedHashSet<>(sound);
        varied.addAll(refusedAt.keySet());
        for (String key : unvaried) {
            String close = Names.closest(key, varied);
            String message = "'" + key + "' is not a varied parameter; ";
            if (close != null && refusedAt.containsKey(close)) {
                String at = "parameters[" + refusedAt.get(close) + "].path";
                message += "the nearest, " + at + " '" + close + "', is refused at line " + read.at(at, "").line()
                        + ": if it means '" + key + "', correct it there; varied: " + sound;
            } else {
                message += (close != null ? "did you mean '" + close + "'? " : "") + "varied: " + sound;
            }
            read.report("baseline.parameters." + key, message);
        }
    }
}
