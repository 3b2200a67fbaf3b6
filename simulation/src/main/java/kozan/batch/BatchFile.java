package kozan.batch;

import java.util.List;
import java.util.Map;
import kozan.scenario.Field;
import kozan.scenario.Shorthand;

/**
 * A batch file as written (docs/batch.md), bound from YAML by the scenario binder
 * ({@link kozan.scenario.RecordReader}): keys are the component names in snake_case, and these annotations also
 * drive {@code kozan schema --batch}. Checks across fields (ids, paths, the design) and the defaults that depend
 * on other fields are {@link BatchSpecLoader}'s, which turns this into a {@link BatchSpec}.
 */
public record BatchFile(
        @Field(doc = "Batch file format version.", min = 1, max = 1, dflt = "1") int version,
        @Field(doc = "Batch name, used for the default results folder: letters, digits, '_', '-', '.'.") String name,
        @Field(doc = "Free text describing the experiment.", dflt = "''") String description,
        @Field(doc = "Base scenario files (relative to the batch file's folder), or {id, file}; every design point"
                + " applies its parameter values to one of them.", min = 1) List<ScenarioEntry> scenarios,
        @Field(doc = "Scenario parameters to vary, by dotted scenario path.", dflt = "[]") List<ParameterEntry> parameters,
        @Field(doc = "Design: grid (every combination) or latin_hypercube (sampled points).", dflt = "grid") DesignName design,
        @Field(doc = "Latin-hypercube points per base scenario (required for latin_hypercube, not allowed for grid).",
                min = 1, max = 1_000_000, dflt = "null") Integer points,
        @Field(doc = "Seed of the Latin-hypercube sampler (default: seed); the design is reproducible.",
                dflt = "null") Long designSeed,
        @Field(doc = "Replications per design point; replication k uses the same seed at every point (common random"
                + " numbers).", min = 1, max = 100_000, dflt = "10") int replications,
        @Field(doc = "Base seed; overrides every scenario's run.seed so all points share common random numbers.",
                dflt = "20250101") long seed,
        @Field(doc = "Metrics to keep (annual values): a metric name, or {name, commodity, region, detail} to keep"
                + " only matching rows (\"\" = national / none).", min = 1) List<MetricEntry> metrics,
        @Field(doc = "Calendar years to keep (1900 to 2300).", min = 1) List<Integer> years,
        @Field(doc = "Worker threads (0 = all cores).", min = 0, max = 4096, dflt = "0") int threads,
        @Field(doc = "The design point that paired differences are taken against (default: design point 0).",
                dflt = "null") BaselineEntry baseline) {

    /** The JSON Schema of batch files ({@code kozan schema --batch}), from the annotations above. */
    public static String jsonSchema() {
        return kozan.scenario.JsonSchema.generate(BatchFile.class, "urn:kozan:batch:v1",
                "Kozan batch file, format version 1",
                "A Kozan batch experiment (YAML, docs/batch.md): base scenarios, parameters to vary, the design,"
                        + " replications with common random numbers, and the metrics and years to keep.");
    }

    /** The design kinds; the constant names are the spellings in the file. */
    public enum DesignName { grid, latin_hypercube }

    /** A base scenario: {@code - base.yaml} or {@code - {id: restriction, file: shock.yaml}}. */
    @Shorthand("file")
    public record ScenarioEntry(
            @Field(doc = "Id of the scenario in outputs (default: the file name without .yaml).", dflt = "null") String id,
            @Field(doc = "Scenario file, relative to the batch file's folder.") String file) {
    }

    /** One varied parameter: exactly one of values or range. */
    public record ParameterEntry(
            @Field(doc = "Dotted scenario path, list elements by [id] or [index], e.g."
                    + " commodities[rare_earths].price.sigma.") String path,
            @Field(doc = "Explicit values (grid: each value; Latin hypercube: one stratum per value).", min = 1,
                    dflt = "null") List<Object> values,
            @Field(doc = "Numeric range [min, max] (grid: steps evenly spaced values; Latin hypercube: continuous).",
                    min = 2, max = 2, dflt = "null") List<Double> range,
            @Field(doc = "Number of evenly spaced grid values over the range (grid designs only).", min = 2,
                    max = 10_000, dflt = "null") Integer steps,
            @Field(doc = "Round sampled values to whole numbers.", dflt = "false") boolean integer) {
    }

    /** A metric to keep: {@code - imports_t} or {@code - {name: jobs_direct, region: ""}}. */
    @Shorthand("name")
    public record MetricEntry(
            @Field(doc = "Metric name (docs/outputs.md).") String name,
            @Field(doc = "Keep only this commodity (\"\" = none; absent = all).", dflt = "null") String commodity,
            @Field(doc = "Keep only this region (\"\" = national; absent = all).", dflt = "null") String region,
            @Field(doc = "Keep only this detail (\"\" = none; absent = all).", dflt = "null") String detail) {
    }

    /** The baseline design point: a scenario id plus values of varied parameters. */
    public record BaselineEntry(
            @Field(doc = "Scenario id (default: the first scenario).", dflt = "null") String scenario,
            @Field(doc = "Values of varied parameters by path (unlisted: the scenario's own value).", dflt = "{}")
            Map<String, Object> parameters) {
    }
}
