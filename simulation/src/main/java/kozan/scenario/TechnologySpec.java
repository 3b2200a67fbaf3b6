package kozan.scenario;

/**
 * Technology that changes mining economics (issue #15, docs/design/mines-issue-15.md section 3): automation (A),
 * remote sensing and geospatial analysis (S) and advanced drilling (D). The level of each in force is the lever
 * below (plus, for automation, the mine's own steps and the R&amp;D gain rd_automation_per_bn_yen), at most 1.
 * The cost premium of each technology follows a two-factor Wright curve
 * tau = max(learning_floor, (X/X0)^-b_d x (K/K0)^-b_r), b = -log2(1 - learning rate), in cumulative deployment X
 * (world base growing at world_deployment_growth plus domestic mine-years) and cumulative R&amp;D K (the share of
 * rd_budget given to the technology, plus a JPY 1 bn floor K0).
 */
public record TechnologySpec(
        @Field(doc = "Automation level adopted by every mine (added to its own level): labour/t x (1 - automation_effect x A), opex x (1 - automation_opex_saving x A), capex x (1 + automation_capex_premium x A x tau_A), new skilled jobs automation_new_jobs_share x the jobs removed.", min = 0, max = 1, dflt = "0") Timeline automationLevel,
        @Field(doc = "Remote-sensing level S: p_discover x (1 + remote_sensing_discovery_gain x S) (at most 1), exploration duration x (1 - remote_sensing_time_saving x S), exploration spend x (1 + remote_sensing_spend_premium x S x tau_S).", min = 0, max = 1, dflt = "0") Timeline remoteSensingLevel,
        @Field(doc = "Advanced-drilling level D: on land, the depth opex penalty x (1 - drilling_depth_saving x D); deep sea, technology readiness + drilling_readiness_gain x D; capex of mines with a depth penalty x (1 + drilling_capex_premium x D x tau_D).", min = 0, max = 1, dflt = "0") Timeline drillingLevel,
        @Field(doc = "Share of production opex saved at full automation (A = 1). Design 3.2: 15% lower load-and-haul cost (K68) x 0.5 haulage share of opex (assumption).", min = 0, max = 1, dflt = "0.075") double automationOpexSaving,
        @Field(doc = "Capex premium of full automation before learning (tau_A = 1). Assumption (design 3.2).", min = 0, max = 1, dflt = "0.10") double automationCapexPremium,
        @Field(doc = "New skilled jobs (operators, maintenance, remote control) per production job automation removes. Assumption (design 3.2).", min = 0, max = 1, dflt = "0.25") double automationNewJobsShare,
        @Field(doc = "Relative rise of the discovery probability at S = 1. K70: Landsat raised the discovery rate per block by ~50%.", min = 0, max = 5, dflt = "0.5") double remoteSensingDiscoveryGain,
        @Field(doc = "Share of exploration duration saved at S = 1. Assumption (design 3.3).", min = 0, max = 0.9, dflt = "0.25") double remoteSensingTimeSaving,
        @Field(doc = "Exploration spend premium of surveys at S = 1 before learning. Assumption.", min = 0, max = 1, dflt = "0.10") double remoteSensingSpendPremium,
        @Field(doc = "Opex penalty per 1,000 m of depth below 500 m (on-land mines with depth_m). Assumption (design 3.4).", unit = "1 per 1000 m", min = 0, max = 2, dflt = "0.10") double depthOpexPenaltyPer1000M,
        @Field(doc = "Share of the depth penalty removed at D = 1. Assumption (design 3.4).", min = 0, max = 1, dflt = "0.5") double drillingDepthSaving,
        @Field(doc = "Technology readiness added to deep-sea mines at D = 1. Assumption.", min = 0, max = 1, dflt = "0.1") double drillingReadinessGain,
        @Field(doc = "Capex premium of advanced drilling at D = 1 before learning (mines with a depth penalty). Assumption.", min = 0, max = 1, dflt = "0.05") double drillingCapexPremium,
        @Field(doc = "Learning-by-doing rate per doubling of cumulative deployment. N7: median ~20% (McDonald and Schrattenholzer 2001).", min = 0, max = 0.9, dflt = "0.20") double learningRateDeployment,
        @Field(doc = "Learning-by-researching rate per doubling of cumulative R&D. Assumption (design 3.1).", min = 0, max = 0.9, dflt = "0.10") double learningRateRd,
        @Field(doc = "Lowest cost multiplier tau (no technology more than halves its premium). Assumption.", min = 0.01, max = 1, dflt = "0.5") double learningFloor,
        @Field(doc = "World cumulative deployment at the start, per technology.", unit = "mine-years", min = 1, dflt = "1000") double worldDeploymentBase,
        @Field(doc = "Growth of the world's cumulative deployment. Assumption (design 3.5).", unit = "1/yr", min = 0, max = 1, dflt = "0.10") double worldDeploymentGrowth,
        @Field(doc = "Share of rd_budget that funds automation (its K in the Wright curve).", min = 0, max = 1, dflt = "0") double rdShareAutomation,
        @Field(doc = "Share of rd_budget that funds remote sensing.", min = 0, max = 1, dflt = "0") double rdShareRemoteSensing,
        @Field(doc = "Share of rd_budget that funds advanced drilling (the rest funds deep-sea readiness as before).", min = 0, max = 1, dflt = "0") double rdShareDrilling) {

    /** Every lever off, every parameter at its documented default: the block a scenario without technology: has. */
    public static TechnologySpec defaults() {
        Timeline off = Timeline.constant(0);
        return new TechnologySpec(off, off, off, 0.075, 0.10, 0.25, 0.5, 0.25, 0.10, 0.10, 0.5, 0.1, 0.05, 0.20, 0.10,
                0.5, 1000, 0.10, 0, 0, 0);
    }
}
