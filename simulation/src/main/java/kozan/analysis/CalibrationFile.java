package kozan.analysis;

import java.util.List;
import kozan.scenario.Field;

/**
 * A calibration spec as written (docs/sensitivity.md, "Calibration"), bound from YAML by the scenario binder, so
 * problems are {@code file:line:column: path: message}; {@link CalibrationSpec} checks the rest.
 */
public record CalibrationFile(
        @Field(doc = "The batch file (docs/batch.md), relative to this file: base scenario, the parameters to fit"
                + " with their bounds (range), replications (common random numbers), seed, metrics and years.")
        String batch,
        @Field(doc = "bobyqa (default; 2 or more parameters) or cmaes.", dflt = "null") OptimizerName optimizer,
        @Field(doc = "Optimiser starts: the centre of the bounds, then points of a Sobol' sequence.", min = 1,
                max = 100, dflt = "3") int starts,
        @Field(doc = "Objective evaluations per start (each runs the model once per replication).", min = 10,
                max = 1_000_000, dflt = "200") int maxEvaluations,
        @Field(doc = "Points of each parameter's profile (objective over its range, the others at the best fit).",
                min = 0, max = 1000, dflt = "9") int profilePoints,
        @Field(doc = "Seed of CMA-ES (default: the batch file's seed).", dflt = "null") Long seed,
        @Field(doc = "Target statistics: {metric, commodity, region, detail, year, relative_to_year, value, se | weight}.",
                min = 1)
        List<TargetEntry> targets) {

    /** The optimisers; the constant names are the spellings in the file. */
    public enum OptimizerName { bobyqa, cmaes }

    /** One target; give its standard error (weight 1/se^2) or a weight. */
    public record TargetEntry(
            @Field(doc = "Metric name (docs/outputs.md).") String metric,
            @Field(doc = "Commodity (\"\" = none or all commodities).", dflt = "''") String commodity,
            @Field(doc = "Region (\"\" = national).", dflt = "''") String region,
            @Field(doc = "Detail (\"\" = the metric's total row).", dflt = "''") String detail,
            @Field(doc = "Calendar year.", min = 1900, max = 2300) int year,
            @Field(doc = "Base year of a ratio target: the target is the metric in year divided by the same metric"
                    + " in this year, run by run (a price index, a growth factor); value is then that ratio."
                    + " Absent: a level in the metric's unit.", min = 1900, max = 2300, dflt = "null")
            Integer relativeToYear,
            @Field(doc = "The target value, in the metric's unit.") double value,
            @Field(doc = "Standard error of the target (weight 1/se^2).", min = 0, minExclusive = true,
                    dflt = "null") Double se,
            @Field(doc = "Weight of the squared deviation (instead of se).", min = 0, minExclusive = true,
                    dflt = "null") Double weight) {
    }
}
