package kozan.model;

import java.nio.file.Files;
import java.nio.file.Path;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;

/** Loads the repository's scenario files in model tests (tests run in simulation/). */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static Scenario load(String name) throws Exception {
        return load(name, java.util.List.of());
    }

    static Scenario load(String name, java.util.List<ScenarioLoader.Override> overrides) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("scenarios"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no scenarios/ above " + Path.of("").toAbsolutePath());
        }
        return ScenarioLoader.load(dir.resolve("scenarios").resolve(name), overrides);
    }
}
