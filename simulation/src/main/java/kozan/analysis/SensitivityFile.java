package kozan.analysis;

import java.util.List;
import kozan.scenario.Field;

/**
 * A sensitivity spec file as written (docs/sensitivity.md), bound from YAML by the scenario binder
 * ({@link kozan.scenario.RecordReader}): the same parsing limits and {@code file:line:column: path: message}
 * problems, with did-you-mean for unknown keys, as scenario and batch files. {@link SensitivitySpec} checks the
 * rest.
 */
public record SensitivityFile(
        @Field(doc = "The batch file (docs/batch.md), relative to this file: base scenario, parameter ranges,"
                + " replications, seed, metrics and years.") String batch,
        @Field(doc = "morris or sobol.") MethodName method,
        @Field(doc = "Morris: trajectories r; Sobol': base sample size N (a power of two).", min = 2,
                max = 1_000_000) int samples,
        @Field(doc = "Morris grid levels, even.", min = 2, max = 1000, dflt = "4") int levels,
        @Field(doc = "Seed of the Morris trajectories and the bootstrap (default: the batch file's seed).",
                dflt = "null") Long seed,
        @Field(doc = "Outputs: {metric, commodity, region, detail, year}.", min = 1) List<OutputEntry> outputs) {

    /** The methods; the constant names are the spellings in the file. */
    public enum MethodName { morris, sobol }

    /** One output; commodity, region and detail default to "" (the national total row). */
    public record OutputEntry(
            @Field(doc = "Metric name (docs/outputs.md).") String metric,
            @Field(doc = "Commodity (\"\" = none or all commodities).", dflt = "''") String commodity,
            @Field(doc = "Region (\"\" = national).", dflt = "''") String region,
            @Field(doc = "Detail (\"\" = the metric's total row).", dflt = "''") String detail,
            @Field(doc = "Calendar year.", min = 1900, max = 2300) int year) {
    }
}
