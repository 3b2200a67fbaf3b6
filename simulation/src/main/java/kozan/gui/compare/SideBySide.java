package kozan.gui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.io.Hashes;
import kozan.io.ReplicationStats;
import kozan.io.RunFunction;
import kozan.io.RunWriter;
import kozan.observe.Metrics;
import kozan.observe.Runs;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioWriter;

/**
 * Runs two or more scenarios side by side with common random numbers: every scenario gets the first one's base
 * seed and the same number of replications, so replication k of each draws the same random numbers for every
 * agent they share (MODEL section 5) and their differences can be paired. Each run is a complete results
 * directory (kozan.io.RunWriter), so the comparison window reads it like any other.
 */
public final class SideBySide {

    /** The real model, as {@code kozan run} runs it. */
    public static final RunFunction MODEL = (scenario, replication, sink) -> {
        Runs.RunStats s = Runs.simulate(scenario, replication, sink);
        return new ReplicationStats(s.replication(), s.masterSeed(), s.steps(), s.nanos());
    };

    private SideBySide() {
    }

    /**
     * @param files        scenario files, the baseline first
     * @param replications replications of each (at least 1)
     * @param threads      worker threads per run
     * @param outRoot      directory to create the results directories in (one per scenario)
     * @return the results directories, in the order of {@code files}
     */
    public static List<Path> run(List<Path> files, int replications, int threads, Path outRoot,
                                 RunWriter.Progress progress) throws ScenarioException, IOException, InterruptedException {
        if (files.size() < 2) {
            throw new IllegalArgumentException("side by side needs at least two scenarios, got " + files.size());
        }
        List<Scenario> scenarios = new ArrayList<>();
        long seed = 0;
        for (int i = 0; i < files.size(); i++) {
            List<ScenarioLoader.Override> o = new ArrayList<>();
            o.add(new ScenarioLoader.Override("run.replications", replications));
            if (i > 0) {
                o.add(new ScenarioLoader.Override("run.seed", seed));
            }
            Scenario s = ScenarioLoader.load(files.get(i), o);
            if (i == 0) {
                seed = s.run().seed();
            }
            scenarios.add(s);
        }
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            Path dir = outRoot.resolve(i + "-" + s.metadata().name());
            Files.createDirectories(dir);
            RunWriter.Request request = new RunWriter.Request(s, ScenarioWriter.toYaml(s), files.get(i).toString(),
                    Hashes.sha256(files.get(i)), threads, true); // annual only, as kozan run writes by default
            new RunWriter(MODEL, Metrics.ALL).write(request, dir, progress);
            dirs.add(dir);
        }
        return dirs;
    }
}
