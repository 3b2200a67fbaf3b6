package kozan.scenario;

import java.util.List;

/**
 * Uncertain economics of a deep-sea prospect (issue #15, docs/design/mines-issue-15.md section 4): each quantity
 * is drawn once per replication from its distribution (TRIANGULAR over the published range) on the dedicated
 * deep_sea random stream, and replaces the mine's point value; capex and opex share a latent cost factor
 * (Gaussian copula, correlation cost_correlation). Milestones are gates: a fail stops readiness growth
 * and retries the gate after retry_delay_months; a second fail abandons the prospect; a pass adds
 * readiness_per_pass to technology readiness.
 */
public record DeepSeaSpec(
        @Field(doc = "Initial capital cost distribution.", unit = "JPY", dflt = "null") DistSpec capexYen,
        @Field(doc = "Operating cost per tonne of ore distribution (at full readiness).", unit = "JPY/t ore", dflt = "null") DistSpec opexYenPerTOre,
        @Field(doc = "Recovery distribution, applied to every product as a multiplier of recovery / central recovery (the mode).", dflt = "null") DistSpec recovery,
        @Field(doc = "Ramp-up to full capacity distribution.", unit = "months", dflt = "null") DistSpec rampUpMonths,
        @Field(doc = "Correlation of the normal scores of the capex and opex draws (one latent cost factor).", min = -1, max = 1, dflt = "0.6") double costCorrelation,
        @Field(doc = "Technical milestones in date order.", dflt = "[]") List<MilestoneSpec> milestones,
        @Field(doc = "Months until a failed milestone is tried again (a second fail abandons the prospect).", unit = "months", min = 1, dflt = "36") int retryDelayMonths,
        @Field(doc = "Technology readiness added by a passed milestone.", min = 0, max = 1, dflt = "0.2") double readinessPerPass) {
}
