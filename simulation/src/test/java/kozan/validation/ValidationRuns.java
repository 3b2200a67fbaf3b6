package kozan.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.model.MiningEconomy;
import kozan.model.random.Seeds;
import kozan.model.demand.Manufacturer;
import kozan.observe.Recorder;
import kozan.observe.Runs;
import kozan.scenario.IntensitySpec;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;

/**
 * Runs scenario replications headless into {@link MonthlySeries} and caches them for the JVM, so the
 * validation tests and the chart generator share runs instead of repeating them.
 */
public final class ValidationRuns {

    private static final Map<String, List<MonthlySeries>> CACHE = new LinkedHashMap<>();

    /** First simulated years: 2025-2029 is enough for the first-years checks and a 2027-28 restriction. */
    public static final List<ScenarioLoader.Override> FIVE_YEARS = List.of(new ScenarioLoader.Override("calendar.horizon_years", 5),
            new ScenarioLoader.Override("run.target_years", List.of(2029)));
    /** Replications of the five-year baseline and restriction runs (paired: replication k shares its draws). */
    public static final int REPS = 3;

    /** baseline.yaml, 2025-2029, {@link #REPS} replications. */
    public static List<MonthlySeries> baselineFiveYears() {
        return runs("baseline.yaml", FIVE_YEARS, REPS);
    }

    /** rare-earth-export-restriction.yaml, 2025-2029, {@link #REPS} replications (paired with the baseline). */
    public static List<MonthlySeries> restrictionFiveYears() {
        return runs("rare-earth-export-restriction.yaml", FIVE_YEARS, REPS);
    }

    /**
     * baseline.yaml and rare-earth-export-restriction.yaml, 2025-2029, with the rare-earth price exogenous (the
     * stress-test model of docs/model.md 7.1, with its restriction premium); paired, {@link #REPS} replications.
     * Under the world market (7.1.1) a halt to Japan alone leaves the tonnes to other buyers and moves the world
     * price little, by design.
     */
    public static List<List<MonthlySeries>> restrictionPairExogenous() {
        List<ScenarioLoader.Override> exo = new java.util.ArrayList<>(FIVE_YEARS);
        exo.add(new ScenarioLoader.Override("commodities[rare_earths].price.model", "exogenous"));
        return List.of(runs("baseline.yaml", exo, REPS), runs("rare-earth-export-restriction.yaml", exo, REPS));
    }

    /** rare-earth-2010-replay.yaml over its full horizon (2008-2017), 5 replications. */
    public static List<MonthlySeries> replay() {
        return runs("rare-earth-2010-replay.yaml", List.of(), 5);
    }

    private ValidationRuns() {
    }

    /** The directory holding scenarios/ and docs/ (tests run in simulation/). */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("scenarios")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no directory with scenarios/ and docs/ above " + Path.of("").toAbsolutePath());
    }

    public static Scenario load(String fileName, List<ScenarioLoader.Override> overrides) {
        try {
            return ScenarioLoader.load(repositoryRoot().resolve("scenarios").resolve(fileName), overrides);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    /**
     * Replications 0..n-1 of a scenario file with overrides (cached by file, overrides and n).
     * Replication k uses master seed Seeds.master(run.seed, k), so two files with the same seed share draws.
     */
    public static synchronized List<MonthlySeries> runs(String fileName, List<ScenarioLoader.Override> overrides, int n) {
        String key = fileName + overrides + "#" + n;
        List<MonthlySeries> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Scenario s = load(fileName, overrides);
        List<MonthlySeries> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(simulate(s, k));
        }
        List<MonthlySeries> result = Collections.unmodifiableList(out);
        CACHE.put(key, result);
        return result;
    }

    /**
     * One replication as {@link Runs#simulate} runs it (same master seed, Recorder, schedule), keeping the
     * economy long enough to note each commodity's material intensity at the end (thrifting).
     */
    public static MonthlySeries simulate(Scenario s, int replication) {
        MonthlySeries sink = new MonthlySeries(s);
        MiningEconomy economy = new MiningEconomy(s, Seeds.master(s.run().seed(), replication));
        Recorder.attach(economy, sink);
        economy.start();
        for (int i = 0; i < s.steps(); i++) {
            economy.schedule.step(economy);
        }
        economy.finish();
        for (int c = 0; c < s.commodities().size(); c++) {
            double base = 0;
            double now = 0;
            for (Manufacturer m : economy.manufacturers()) {
                double k0 = 0;
                for (IntensitySpec is : m.spec().intensities()) {
                    if (is.commodity().equals(s.commodities().get(c).id())) {
                        k0 += is.tPerBnYen();
                    }
                }
                // weight by start output so the ratio is the national need at fixed output
                base += k0 * m.spec().outputYenPerYear();
                now += m.intensity(c) * m.spec().outputYenPerYear();
            }
            sink.setFinalIntensityRatio(s.commodities().get(c).id(), base > 0 ? now / base : Double.NaN);
        }
        return sink;
    }

    /** Mean over replications of a per-replication value. */
    public static double mean(List<MonthlySeries> runs, java.util.function.ToDoubleFunction<MonthlySeries> f) {
        double s = 0;
        int n = 0;
        for (MonthlySeries r : runs) {
            double v = f.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n > 0 ? s / n : Double.NaN;
    }
}
