package kozan.scenario;

/**
 * How buyers of one commodity adapt (docs/model.md 7.4, design docs/design/markets-issue-14.md 1.7 and 2.4):
 * the intensity law, the urban mine, precautionary stocks and the emergency covers of a shortfall. Behavioural
 * parameters: the baseline sets them once and every scenario inherits them. The defaults are the design's cited
 * values (2.4); assumptions are marked as such.
 */
public record AdaptationSpec(
        @Field(doc = "Short-run price elasticity of material intensity, applied to this month's price over the reference price (initial price) while it is above the thrift threshold. Design 2.4: -0.05 (range 0 to -0.10); base-metal short-run intensity elasticities are near 0 (Cu -0.007, Ni -0.055; GLOMBO database R46 from Dahl's MEDS R47). Low confidence for rare earths.",
                min = -2, max = 0, dflt = "-0.05") double shortRunElasticity,
        @Field(doc = "Long-run price elasticity of material intensity (thrifting and substitution), reached with the adjustment time. Design 2.4: -0.30 (range -0.10 to -0.93); copper long-run median -0.33 (17 estimates), aluminium -0.31, nickel -0.10 (R46).",
                min = -3, max = 0, dflt = "-0.30") double longRunElasticity,
        @Field(doc = "Adjustment time of intensity toward its long-run level (the monthly step closes 1/(12 x years) of the log gap). Design 2.4: 3 years (Honda-Daido zero-Dy magnet ~4 years from 2012, NEDO Dy -40% in ~4 years; R57, R58, W12).",
                unit = "years", min = 0.1, max = 50, dflt = "3") double adjustmentYears,
        @Field(doc = "Speed of intensity recovery when prices fall, as a share of the speed of its fall: substitutions stick. Design 2.4: 0.2 (assumption after R71/S138).",
                min = 0, max = 1, dflt = "0.2") double recoveryFactor,
        @Field(doc = "Price elasticity of recycled (urban-mine) supply: the recycling share is recycling_share x (lagged 12-month mean price / initial price)^elasticity x the government's recycling_lever. Design 2.4: 0.3 (copper scrap collection 0.27-0.30, R46; no rare-earth estimate).",
                min = 0, max = 5, dflt = "0.3") double recyclingElasticity,
        @Field(doc = "Lag between the price and the recycling response (collection and processing capacity). Design 2.4: 24 months (Honda/JMC mass-production recycling c. 2012, after the 2010-11 spike; R13).",
                unit = "months", min = 0, max = 120, dflt = "24") int recyclingLagMonths,
        @Field(doc = "Ceiling on the share of material use met by recycling (end-of-life flow limit). Assumption: 0.5.",
                min = 0, max = 1, dflt = "0.5") double recyclingMaxShare,
        @Field(doc = "Precautionary response phi: the buyers' target cover is inventory_target_months x (1 + phi x (risk ratio - 1)), the risk ratio being the share-weighted disruption hazard in force of the import sources over its start value, a source restricted in the last risk_memory_months counting with a hazard of 1/yr. Design 2.4 wants phi fitted on the 2008-09 episode (not yet done); 0.1 is an assumption.",
                min = 0, max = 10, dflt = "0.1") double precautionaryResponse,
        @Field(doc = "Ceiling on the buyers' target cover under risk. Assumption: 12 months.",
                unit = "months", min = 0, max = 60, dflt = "12") double maxCoverMonths,
        @Field(doc = "Price term of the buyers' stock target: when this month's price P is above its 12-month mean P̄, the target cover is multiplied by (P̄ / P)^elasticity (inventory demand falls when the price is high against its trailing mean, as in the theory of storage). 1 (assumption): buyers keep the value of their stock at the trailing-mean price, so a doubled price halves the cover they aim for.",
                min = 0, max = 5, dflt = "1") double precautionaryPriceElasticity,
        @Field(doc = "Months an export restriction on a source keeps raising the buyers' perceived risk after it ends: the source counts with a hazard of at least 1/yr in their stock target and in their choice of source (they buy elsewhere first). Design 1.7: 24 months (assumption).",
                unit = "months", min = 0, max = 120, dflt = "24") int riskMemoryMonths,
        @Field(doc = "Emergency substitution: in a month with a gap left after purchases, own stock and the state stockpile, up to this share of need is met by substitutes (e.g. alumina or zirconia for ceria in polishing). Design 2.4: 0.05 a month (assumption, bounded by W11: Japanese firms cut rare-earth demand >15% by substituting). Its cost premium is not booked.",
                min = 0, max = 1, dflt = "0.05") double emergencySubstitutionShare,
        @Field(doc = "Emergency thrift: up to this share of need, after substitution, is saved by running with less material (leaner grades, yield losses accepted). Assumption: 0.05.",
                min = 0, max = 1, dflt = "0.05") double emergencyThriftShare,
        @Field(doc = "Anticipation horizon H: buyers who know of an announced cut (an event with 'announced') add to their target cover the shortfall it will cause over the next H months, in months of need: the sum over those months of the share of their supply cut (docs/model.md 7.4). The target stays within max_cover_months. Assumption: 12 months, a quota year (China set its quotas per calendar year in one or two batches, R6-R16). 0: no anticipation.",
                unit = "months", min = 0, max = 60, dflt = "12") int anticipationHorizonMonths) {

    /** The defaults above, for scenarios built in code (AdaptationSpecTest checks they equal the @Field defaults). */
    public static AdaptationSpec defaults() {
        return new AdaptationSpec(-0.05, -0.30, 3, 0.2, 0.3, 24, 0.5, 0.1, 12, 1, 24, 0.05, 0.05, 12);
    }
}
