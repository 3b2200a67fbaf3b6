package kozan.chart.report;

import com.fasterxml.jackson.databind.JsonNode;
import kozan.io.Results;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioWriter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the report's lever table compares a scenario with: the baseline results given with {@code --baseline}
 * (its resolved scenario), else the scenario's {@code extends} parent (the second file of the manifest's
 * {@code scenario.chain}, read and resolved as Kozan would run it), else the format's defaults. A delta scenario
 * that changes one lever of its parent thus "moves 1 lever", not every lever the parent sets.
 *
 * @param government the reference's government section (empty: the format's defaults)
 * @param name       what the reference is, for the table header and the sentence above it
 * @param note       why the parent could not be used, or "" (shown under the table)
 */
record LeverReference(Map<?, ?> government, String name, String note) {

    static final String DEFAULTS = "the format's defaults";

    static LeverReference of(Results results, Results baseline) {
        if (baseline != null && baseline.scenario().get("government") instanceof Map<?, ?> g) {
            return new LeverReference(g, "baseline run (" + baseline.scenarioName() + ")", ""); // never "baseline baseline"
        }
        JsonNode chain = results.manifest().path("scenario").path("chain");
        if (!chain.isArray() || chain.size() < 2) {
            return new LeverReference(Map.of(), DEFAULTS, "");
        }
        String file = chain.get(1).path("file").asText();
        Path parent = locate(file, results.dir());
        if (parent == null) {
            return new LeverReference(Map.of(), DEFAULTS, "The parent scenario " + file + " (extends) is not found"
                    + " from here, so the levers are compared with the format's defaults; give --baseline DIR to"
                    + " compare with a baseline run.");
        }
        try {
            String yaml = ScenarioWriter.toYaml(ScenarioLoader.load(parent));
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (tree instanceof Map<?, ?> m && m.get("government") instanceof Map<?, ?> g) {
                String changed = sha(parent).equals(chain.get(1).path("sha256").asText()) ? ""
                        : "The parent scenario " + file + " has changed since the run (its sha256 differs from the"
                        + " manifest's); the levers are compared with it as it is now.";
                return new LeverReference(g, "parent " + file, changed);
            }
        } catch (Exception e) {
            return new LeverReference(Map.of(), DEFAULTS, "The parent scenario " + file + " cannot be read ("
                    + e.getMessage() + "), so the levers are compared with the format's defaults.");
        }
        return new LeverReference(Map.of(), DEFAULTS, "");
    }

    /** The chain's path as recorded (relative to where the run started), else relative to the results folder. */
    private static Path locate(String file, Path resultsDir) {
        if (file.isEmpty()) {
            return null;
        }
        Path p = Path.of(file);
        if (Files.isRegularFile(p)) {
            return p;
        }
        Path up = resultsDir.toAbsolutePath().normalize();
        while (up != null && !p.isAbsolute()) {
            if (Files.isRegularFile(up.resolve(p))) {
                return up.resolve(p);
            }
            up = up.getParent();
        }
        return null;
    }

    private static String sha(Path p) {
        try {
            return kozan.io.Hashes.sha256(Files.readAllBytes(p));
        } catch (Exception e) {
            return "";
        }
    }
}
