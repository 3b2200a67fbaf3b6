package kozan.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kozan.io.ImpactsAggregator;
import kozan.io.ImpactsComparison;
import kozan.io.ImpactsTable;
import kozan.model.random.Seeds;
import kozan.observe.Aggregation;
import kozan.observe.MetricDef;
import kozan.observe.Metrics;
import kozan.observe.Runs;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;

/**
 * The real run function: loads the design point's base scenario with its parameter values and the batch's
 * base seed applied as overrides (checked like the file), runs replication k with {@link Runs#simulate} and
 * keeps only the requested metrics and years. A scenario that the overrides make invalid fails the run with
 * the loader's file:line:column message. Loaded scenarios are immutable and shared by the replications of a
 * design point through a small cache (runs are handed out point by point).
 */
public final class ModelRunFunction implements BatchRunner.RunFunction {

    private static final int CACHE_POINTS = 16;

    private final BatchSpec spec;
    private final Map<String, MetricDef> defs = new LinkedHashMap<>();
    private final Set<String> needed = new LinkedHashSet<>();
    private final Set<Integer> years;
    private final Map<Integer, LoadedPoint> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, LoadedPoint> eldest) {
            return size() > CACHE_POINTS;
        }
    };

    /** Years of the impact tables kept per run, or null: keep none (a plain batch; see {@link #keepImpacts}). */
    private Set<Integer> impactYears;
    /** Kept impact tables by design point index and replication. */
    private final Map<Integer, Map<Integer, Map<ImpactsComparison.Key, double[]>>> impacts = new ConcurrentHashMap<>();

    public ModelRunFunction(BatchSpec spec) {
        this.spec = spec;
        Metrics.ALL.forEach(d -> defs.put(d.name(), d));
        for (BatchSpec.MetricSelector s : spec.metrics()) {
            addNeeded(s.name());
        }
        this.years = new TreeSet<>(spec.years());
    }

    private void addNeeded(String metric) {
        if (!needed.add(metric)) {
            return;
        }
        MetricDef d = defs.get(metric);
        if (d != null && d.aggregation() == Aggregation.RATIO) {
            for (String part : (d.numerator() + "+" + d.denominator()).split("\\+")) {
                addNeeded(part.strip());
            }
        }
    }

    /** Whether a metric name exists (for the batch file check). */
    public static boolean known(String metric) {
        return Metrics.ALL.stream().anyMatch(d -> d.name().equals(metric));
    }

    /** A metric's unit, "" when unknown. */
    public static String unit(String metric) {
        return Metrics.ALL.stream().filter(d -> d.name().equals(metric)).map(MetricDef::unit).findFirst().orElse("");
    }

    /**
     * Also keeps each run's impact table (impacts.csv's rows, {@link ImpactsTable}) in the chosen years, in memory,
     * for {@code kozan compare --baseline --scenario}: about 1,200 rows (0.15 MB) per run and year, fine for a
     * comparison's replications, not for a batch of many runs, which therefore keeps none (and its runs do not
     * build them).
     *
     * @param years years to keep; empty = all
     */
    public ModelRunFunction keepImpacts(Set<Integer> years) {
        this.impactYears = Set.copyOf(years);
        return this;
    }

    /** The impact tables kept for design point {@code point} by replication (successful runs of this process). */
    public SortedMap<Integer, Map<ImpactsComparison.Key, double[]>> impacts(int point) {
        return new TreeMap<>(impacts.getOrDefault(point, Map.of()));
    }

    @Override
    public SortedMap<MetricKey, Double> run(DesignPoint point, int replication, long baseSeed) throws Exception {
        Scenario s = scenario(point, baseSeed);
        KeptMetricsSink sink = new KeptMetricsSink(replication, s.calendar().start(), defs, needed, spec.metrics(), years);
        ImpactsTable table = impactYears == null ? null : new ImpactsTable(impactYears);
        if (table != null) {
            sink.withImpacts(ImpactsAggregator.of(replication, s, table));
        }
        try (sink) {
            Runs.simulate(s, replication, sink);
        }
        if (table != null) {
            impacts.computeIfAbsent(point.index(), k -> new ConcurrentHashMap<>()).put(replication, table.rows());
        }
        return sink.values();
    }

    /**
     * {@link BatchSpecLoader.ScenarioProbe} of the model: loads the scenario with the values as overrides, as a
     * run does, and returns the loader's problems and the horizon's first and last year.
     */
    public static BatchSpecLoader.Probed probe(java.nio.file.Path file, Map<String, Object> values) {
        List<ScenarioLoader.Override> overrides = new ArrayList<>();
        values.forEach((path, value) -> overrides.add(new ScenarioLoader.Override(path, value)));
        try {
            Scenario s = ScenarioLoader.load(file, overrides);
            return new BatchSpecLoader.Probed(List.of(), s.calendar().start().getYear(),
                    s.calendar().monthOf(s.steps() - 1).getYear());
        } catch (ScenarioException e) {
            return new BatchSpecLoader.Probed(List.copyOf(e.problems()), 0, 0);
        }
    }

    @Override
    public long masterSeed(long baseSeed, int replication) {
        return Seeds.master(baseSeed, replication);
    }

    private Scenario scenario(DesignPoint point, long baseSeed) throws ScenarioException {
        LoadedPoint loaded;
        synchronized (cache) {
            loaded = cache.computeIfAbsent(point.index(), k -> new LoadedPoint());
        }
        return loaded.scenario(point, baseSeed);
    }

    /**
     * One design point's scenario, loaded by the first run that needs it while the point's other runs wait for it:
     * loaded once, as {@code kozan bench} loads its scenario once. Two workers starting together used to load the
     * same file twice, and the YAML reader, run three times, was then compiled by C2 in the middle of the runs
     * (3 s of compiler time at 2 threads on 2 cores; JFR jdk.Compilation, docs/batch.md, "Performance").
     */
    private static final class LoadedPoint {
        /** The scenario, or the loader's error for it; null until loaded. */
        private Object value;

        synchronized Scenario scenario(DesignPoint point, long baseSeed) throws ScenarioException {
            if (value == null) {
                try {
                    value = ScenarioLoader.load(point.scenario().file(), overrides(point, baseSeed));
                } catch (ScenarioException e) {
                    value = e;
                }
            }
            if (value instanceof ScenarioException e) {
                throw e;
            }
            return (Scenario) value;
        }
    }

    static List<ScenarioLoader.Override> overrides(DesignPoint point, long baseSeed) {
        List<ScenarioLoader.Override> out = new ArrayList<>();
        point.values().forEach((path, value) -> out.add(new ScenarioLoader.Override(path, value)));
        // Common random numbers: every design point runs replication k from the same base seed.
        out.add(new ScenarioLoader.Override("run.seed", baseSeed));
        return out;
    }
}
