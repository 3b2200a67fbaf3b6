package kozan.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A batch experiment as written in a batch YAML file (docs/batch.md): base scenarios, parameters to vary,
 * the design (full grid or Latin hypercube), replications with common random numbers, and what to keep.
 *
 * @param file        the batch file (scenario paths are relative to its folder)
 * @param name        batch name, used for the default results folder
 * @param scenarios   base scenarios; every design point applies its parameter values to one of them
 * @param parameters  parameters to vary, by dotted scenario path
 * @param design      GRID or LATIN_HYPERCUBE
 * @param points      number of Latin-hypercube points per base scenario (0 for a grid)
 * @param designSeed  seed of the Latin-hypercube sampler (the design is reproducible)
 * @param replications replications per design point; replication k uses the same seed at every point
 * @param seed        base seed (overrides every scenario's run.seed so all points share common random numbers)
 * @param metrics     metrics to keep (annual values)
 * @param years       calendar years to keep
 * @param threads     worker threads (0 = all cores)
 * @param baseline    the design point that paired differences are taken against (null = design point 0)
 */
public record BatchSpec(Path file, String name, String description, List<ScenarioRef> scenarios,
                        List<ParameterSpec> parameters, Design design, int points, long designSeed,
                        int replications, long seed, List<MetricSelector> metrics, List<Integer> years,
                        int threads, BaselineSpec baseline) {

    public enum Design { GRID, LATIN_HYPERCUBE }

    /** A base scenario and the id it is known by in outputs. */
    public record ScenarioRef(String id, Path file) {
    }

    /**
     * One varied parameter. Either explicit {@code values} (grid: each value; Latin hypercube: one stratum per
     * value) or a numeric range {@code [min, max]} (grid: {@code steps} evenly spaced values; Latin hypercube:
     * continuous). {@code integer} rounds sampled values to whole numbers.
     */
    public record ParameterSpec(String path, List<Object> values, Double min, Double max, int steps,
                                boolean integer) {
        public boolean isRange() {
            return values == null;
        }
    }

    /**
     * Which rows of a metric to keep; a null dimension keeps every value of it ("" = national/none; region JP, as
     * the tables write the nation, is the same as "").
     */
    public record MetricSelector(String name, String commodity, String region, String detail) {
        public MetricSelector {
            region = region == null ? null : kozan.io.Csv.region(region);
        }

        public boolean matches(String metric, String c, String r, String d) {
            return name.equals(metric) && (commodity == null || commodity.equals(c))
                    && (region == null || region.equals(r)) && (detail == null || detail.equals(d));
        }
    }

    /** Scenario id plus parameter values that identify the baseline design point (unlisted = scenario's own). */
    public record BaselineSpec(String scenario, Map<String, Object> parameters) {
    }
}
