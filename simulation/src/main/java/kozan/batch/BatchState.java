package kozan.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kozan.io.InputException;
import kozan.io.InputFile;
import kozan.io.VersionInfo;
import kozan.observe.Units;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioSource;

/**
 * batch-state.json: what a results folder holds (which inputs, by hash, which part of the batch, and which code
 * version). Written when a batch starts, so resume and merge can refuse to mix results of different inputs or
 * different code. It holds no times, so an unsharded batch and merged shards write the same file.
 *
 * @param codeVersion {@link VersionInfo#codeId()} of the build that started the batch; {@link Journal#UNKNOWN_CODE}
 *                    for folders written before Kozan recorded it
 */
public record BatchState(String name, String specSha256, Shard shard, int designPoints, int replications, int runs,
                         String codeVersion) {

    public static final String FILE = "batch-state.json";
    static final String COMMODITY_UNITS = "commodity_units";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public static BatchState of(BatchPlan plan, Shard shard) {
        return new BatchState(plan.spec().name(), plan.specHash(), shard, plan.points().size(), plan.replications(),
                plan.runs(), VersionInfo.current().codeId());
    }

    public void write(Path dir, BatchPlan plan) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", 1);
        o.put("name", name);
        o.put("spec_sha256", specSha256);
        o.put("shard", shard.toString());
        o.put("design_points", designPoints);
        o.put("replications", replications);
        o.put("runs", runs);
        o.put("code_version", codeVersion);
        o.put("seed", plan.spec().seed());
        ArrayNode scenarios = o.putArray("scenarios");
        for (BatchSpec.ScenarioRef s : plan.spec().scenarios()) {
            ObjectNode n = scenarios.addObject();
            n.put("id", s.id());
            n.put("file", s.file().getFileName().toString());
            n.put("sha256", Files.exists(s.file()) ? sha256(s.file()) : "");
        }
        ObjectNode units = o.putObject(COMMODITY_UNITS);
        commodityUnits(plan.spec()).forEach(units::put);
        Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(o) + "\n");
    }

    /**
     * The unit of each commodity of the base scenarios (the first scenario naming a commodity gives its unit), kept
     * in the state file so that the tables of merged shards, which may not find the scenario files, are the same.
     */
    static java.util.Map<String, String> commodityUnits(BatchSpec spec) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (BatchSpec.ScenarioRef s : spec.scenarios()) {
            try {
                Units.commodityUnits(ScenarioLoader.load(s.file())).forEach(out::putIfAbsent);
            } catch (ScenarioException e) {
                // its runs fail with the loader's message, recorded in runs.csv
            }
        }
        return out;
    }

    /** The commodity units recorded in a batch folder's state file; none for a folder without them. */
    public static java.util.Map<String, String> commodityUnits(Path dir) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        Path f = dir.resolve(FILE);
        if (Files.exists(f)) {
            InputFile.readJson(f, InputFile.MAX_JSON_BYTES).path(COMMODITY_UNITS).fields()
                    .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    public static BatchState read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.exists(f)) {
            throw new InputException(dir + " is not a Kozan batch folder (it has no " + FILE + ")");
        }
        JsonNode n = InputFile.readJson(f, InputFile.MAX_JSON_BYTES);
        if (!n.path("spec_sha256").isTextual() || !n.path("runs").isInt()) {
            throw new InputException(f + ": not a batch state written by Kozan (spec_sha256 or runs missing)");
        }
        Shard shard;
        try {
            shard = Shard.parse(n.path("shard").asText());
        } catch (IllegalArgumentException e) {
            throw new InputException(f + ": " + e.getMessage());
        }
        return new BatchState(n.path("name").asText(), n.path("spec_sha256").asText(), shard,
                n.path("design_points").asInt(), n.path("replications").asInt(), n.path("runs").asInt(),
                n.path("code_version").asText(Journal.UNKNOWN_CODE));
    }

    /**
     * sha256 of the batch file followed by each base scenario's id and bytes, and the sha256 of each file a base
     * scenario extends (none for a whole scenario, whose hash is as before): a changed parent is a different batch.
     */
    public static String specHash(BatchSpec spec) throws IOException {
        MessageDigest md = sha();
        md.update(Files.readAllBytes(spec.file()));
        for (BatchSpec.ScenarioRef s : spec.scenarios()) {
            md.update(("\0" + s.id() + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(s.file()));
            for (ScenarioSource parent : parents(s.file())) {
                md.update(("\0extends\0" + parent.sha256()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static java.util.List<ScenarioSource> parents(Path scenario) {
        try {
            java.util.List<ScenarioSource> chain = ScenarioLoader.load(scenario).resolved().sources();
            return chain.subList(1, chain.size());
        } catch (ScenarioException e) {
            return java.util.List.of(); // its runs fail with the loader's message, recorded in runs.csv
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = sha();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
