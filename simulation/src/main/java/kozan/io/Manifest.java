package kozan.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kozan.scenario.ScenarioSource;
import kozan.scenario.SeedText;

/**
 * manifest.json: everything needed to trust and reproduce a run: the scenario (name, source file, its sha256, every
 * file it was read from with its sha256 (the file, then each file it extends) and the resolved text), seeds, replications and threads, the code (Kozan version, git commit, dirty flag, the jar's sha256 and build commit when run from a jar, MASON,
 * Java and OS), times, run statistics and the sha256 and size of every other file in the directory.
 * Written last, so its file list covers the finished directory.
 */
public record Manifest(String scenarioName, String sourceFile, String scenarioSha256, String resolvedScenario,
                       long baseSeed, int threads, List<ReplicationStats> replications, VersionInfo version,
                       Instant start, Instant end, boolean annualOnly, List<ScenarioSource> chain) {

    public Manifest {
        chain = List.copyOf(chain);
    }

    /** Without the files the scenario was read from (a scenario built in code). */
    public Manifest(String scenarioName, String sourceFile, String scenarioSha256, String resolvedScenario,
                    long baseSeed, int threads, List<ReplicationStats> replications, VersionInfo version,
                    Instant start, Instant end, boolean annualOnly) {
        this(scenarioName, sourceFile, scenarioSha256, resolvedScenario, baseSeed, threads, replications, version,
                start, end, annualOnly, List.of());
    }

    /** The "outputs" field: every file, or annual.csv and the summaries without timeseries.csv. */
    public static final String OUTPUTS_ALL = "all";
    public static final String OUTPUTS_ANNUAL = "annual";

    /** Every output, monthly rows included. */
    public Manifest(String scenarioName, String sourceFile, String scenarioSha256, String resolvedScenario,
                    long baseSeed, int threads, List<ReplicationStats> replications, VersionInfo version,
                    Instant start, Instant end) {
        this(scenarioName, sourceFile, scenarioSha256, resolvedScenario, baseSeed, threads, replications, version,
                start, end, false);
    }

    /** One output file as recorded in a manifest. */
    public record FileEntry(String path, String sha256, long bytes) {
    }

    /**
     * What {@link #read} returns: the recorded facts a reproduction needs. {@code jarSha256} is empty when the run
     * did not come from a jar (or predates the field); {@code jarBuiltDirty} says the jar was built from a tree with
     * uncommitted changes; {@code replicationsField} is the manifest's top-level "replications" (the master seeds'
     * count when absent), which a reproduction checks against the seeds.
     */
    public record Recorded(String scenarioName, String resolvedScenario, long baseSeed, List<Long> masterSeeds,
                           int threads, String version, String gitCommit, boolean dirty, List<FileEntry> files,
                           boolean annualOnly, String jarSha256, int format, boolean jarBuiltDirty,
                           int replicationsField) {

        /** Whether the tables are in the layout before {@link #FORMAT} 2 ({@link LegacyLayout}). */
        public boolean legacyLayout() {
            return format < FORMAT;
        }
    }

    /**
     * Layout of the results files. 2 (2026-12, issue #17): the nation is region JP (was ""), annual.csv and
     * timeseries.csv have a unit column, and units are commodity-specific and in constant 2025 yen.
     */
    public static final int FORMAT = 2;

    /** Hashes every file under the directory (except manifest.json) and writes manifest.json. */
    public void write(Path directory) throws IOException {
        write(directory, Map.of());
    }

    /**
     * As {@link #write(Path)}, with the sha256 of some files already known: the run's writer hashes annual.csv,
     * impacts.csv and timeseries.csv as it writes them (docs/performance.md, "Cold start"), so they are not read
     * back here.
     *
     * @param knownSha256 lower-case hex sha256 by relative path ('/'), of files complete and closed
     */
    public void write(Path directory, Map<String, String> knownSha256) throws IOException {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", scenarioName);
        scenario.put("source_file", sourceFile);
        scenario.put("sha256", scenarioSha256);
        ArrayNode chainFiles = scenario.putArray("chain");
        for (ScenarioSource f : chain) {
            chainFiles.addObject().put("file", f.file()).put("sha256", f.sha256());
        }
        scenario.put("resolved", resolvedScenario);

        ObjectNode seeds = root.putObject("seeds");
        seeds.put("base_seed", baseSeed);
        ArrayNode masters = seeds.putArray("master_seeds");
        replications.forEach(r -> masters.add(r.masterSeed()));
        // the same as text (SeedText): R's jsonlite reads 64-bit numbers as doubles unless bigint_as_char = TRUE
        seeds.put("base_seed_text", SeedText.format(baseSeed));
        ArrayNode masterTexts = seeds.putArray("master_seeds_text");
        replications.forEach(r -> masterTexts.add(SeedText.format(r.masterSeed())));
        root.put("replications", replications.size());
        root.put("threads", threads);
        root.put("outputs", annualOnly ? OUTPUTS_ANNUAL : OUTPUTS_ALL);
        if (annualOnly) {
            root.put("outputs_note", "timeseries.csv (monthly rows) was left out for size (the default; run --monthly"
                    + " writes it); annual.csv and the summaries are complete");
        }

        ObjectNode kozan = root.putObject("kozan");
        kozan.put("version", version.version());
        kozan.put("git_commit", version.gitCommit());
        kozan.put("git_dirty", version.dirty());
        // only when running from a jar; older manifests have no "jar" and still load (read() ignores it if absent)
        JarIdentity.running().ifPresent(jar -> kozan.putObject("jar")
                .put("file", jar.file())
                .put("sha256", jar.sha256())
                .put("built_from_commit", jar.builtFrom().gitCommit())
                .put("built_dirty", jar.builtFrom().dirty()));
        root.put("mason_version", VersionInfo.MASON_VERSION);
        ObjectNode java = root.putObject("java");
        java.put("version", System.getProperty("java.version"));
        java.put("vendor", System.getProperty("java.vendor"));
        ObjectNode os = root.putObject("os");
        os.put("name", System.getProperty("os.name"));
        os.put("arch", System.getProperty("os.arch"));

        root.put("start_utc", start.toString());
        root.put("end_utc", end.toString());
        Json.putNumber(root, "wall_seconds", Duration.between(start, end).toNanos() / 1e9);

        ObjectNode stats = root.putObject("run_stats");
        long steps = 0;
        long nanos = 0;
        ArrayNode perRun = Json.MAPPER.createArrayNode();
        for (ReplicationStats r : replications) {
            steps += r.steps();
            nanos += r.nanos();
            ObjectNode run = perRun.addObject();
            run.put("replication", r.replication());
            run.put("master_seed", r.masterSeed());
            run.put("steps", r.steps());
            Json.putNumber(run, "seconds", r.nanos() / 1e9);
        }
        stats.put("total_steps", steps);
        Json.putNumber(stats, "replication_seconds_total", nanos / 1e9);
        Json.putNumber(stats, "replication_seconds_mean", replications.isEmpty() ? 0 : nanos / 1e9 / replications.size());
        stats.set("replications", perRun);

        ArrayNode files = root.putArray("files");
        for (FileEntry f : hashFiles(directory, knownSha256)) {
            ObjectNode entry = files.addObject();
            entry.put("path", f.path());
            entry.put("sha256", f.sha256());
            entry.put("bytes", f.bytes());
        }
        Json.write(directory.resolve(Csv.MANIFEST), root);
    }

    /** sha256 and size of every regular file under the directory except manifest.json, by relative path ('/'). */
    public static List<FileEntry> hashFiles(Path directory) throws IOException {
        return hashFiles(directory, Map.of());
    }

    /** As {@link #hashFiles(Path)}, taking the sha256 of the files in {@code knownSha256} from it. */
    static List<FileEntry> hashFiles(Path directory, Map<String, String> knownSha256) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<FileEntry> entries = new ArrayList<>();
        for (Path p : paths) {
            String relative = directory.relativize(p).toString().replace('\\', '/');
            if (!relative.equals(Csv.MANIFEST)) {
                String known = knownSha256.get(relative);
                entries.add(new FileEntry(relative, known != null ? known : Hashes.sha256(p), Files.size(p)));
            }
        }
        return entries;
    }

    /** Reads the parts of a manifest.json needed to check or reproduce a run. */
    public static Recorded read(Path directory) throws IOException {
        Path file = directory.resolve(Csv.MANIFEST);
        JsonNode root = InputFile.readJson(file, InputFile.MAX_JSON_BYTES);
        if ("batch".equals(root.path("kind").asText())) {
            throw new InputException(directory + " holds the results of a batch (kozan batch), not of a single run;"
                    + " reproduce reruns single runs: rerun the batch from its batch.yaml into a new --out and"
                    + " compare runs.jsonl");
        }
        JsonNode scenario = required(root, "scenario", file);
        List<Long> masters = new ArrayList<>();
        for (JsonNode n : required(required(root, "seeds", file), "master_seeds", file)) {
            masters.add(seed(n, file));
        }
        Map<String, FileEntry> files = new LinkedHashMap<>();
        for (JsonNode f : required(root, "files", file)) {
            files.put(f.path("path").asText(), new FileEntry(f.path("path").asText(), f.path("sha256").asText(),
                    f.path("bytes").asLong()));
        }
        JsonNode kozan = required(root, "kozan", file);
        return new Recorded(required(scenario, "name", file).asText(), required(scenario, "resolved", file).asText(),
                seed(required(required(root, "seeds", file), "base_seed", file), file), List.copyOf(masters),
                root.path("threads").asInt(1), kozan.path("version").asText(), kozan.path("git_commit").asText(),
                kozan.path("git_dirty").asBoolean(), List.copyOf(files.values()),
                OUTPUTS_ANNUAL.equals(root.path("outputs").asText(OUTPUTS_ALL)),
                kozan.path("jar").path("sha256").asText(""), root.path("format").asInt(1),
                kozan.path("jar").path("built_dirty").asBoolean(false), root.path("replications").asInt(masters.size()));
    }

    /** A seed as a JSON number (as written) or as text in either form {@link SeedText} reads. */
    private static long seed(JsonNode n, Path file) throws IOException {
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        try {
            if (n.isTextual()) {
                return SeedText.parse(n.asText());
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
        throw new InputException(file + ": a seed must be a whole number or seed text; got " + n);
    }

    private static JsonNode required(JsonNode node, String field, Path file) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InputException(file + ": missing field '" + field + "' (not a manifest written by Kozan, or"
                    + " damaged)");
        }
        return value;
    }
}
