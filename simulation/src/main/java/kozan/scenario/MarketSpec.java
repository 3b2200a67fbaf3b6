package kozan.scenario;

import java.util.List;

/**
 * The world market of one commodity ({@code price.model: market}; docs/model.md 7.1.1). Tonnes are the commodity's
 * unit, prices JPY/t at the scenario's exchange rate. The first block is behaviour (one set for every scenario,
 * {@link BehaviouralParameters}); the second describes the world of the scenario's start (capacities, demand,
 * China's duty and leakage), which differs between episodes.
 */
public record MarketSpec(
        // behaviour: one parameter set (BehaviouralParameters)
        @Field(doc = "Price response lambda to excess demand: ln P moves by lambda x ((S_prev - S) / D + (C* - C) / C*) a month, the excess demand flow plus the stock gap spread over C* months, both over expected demand D (docs/model.md 7.1.1). Fitted on the 2009/2008 price ratio (docs/validation.md 4).", unit = "1/month", min = 0, max = 2, dflt = "0.51") double priceResponsePerMonth,
        @Field(doc = "Target stock cover C* of a pool (stock / expected monthly demand).", unit = "months", min = 0, minExclusive = true, max = 24, dflt = "3") double targetCoverMonths,
        @Field(doc = "Cap on one month's change of ln P (a numerical guard).", min = 0, minExclusive = true, max = 2, dflt = "0.25") double maxLogStep,
        @Field(doc = "Short-run price elasticity of world demand (outside Japan).", min = -2, max = 0, dflt = "-0.05") double demandElasticityShortRun,
        @Field(doc = "Long-run price elasticity of world demand (short run plus intensity adjustment).", min = -3, max = 0, dflt = "-0.3") double demandElasticityLongRun,
        @Field(doc = "Adjustment time of demand intensity to the 12-month mean price.", unit = "yr", min = 0, minExclusive = true, max = 30, dflt = "3") double intensityAdjustmentYears,
        @Field(doc = "Speed of intensity recovery when prices fall, as a share of the speed of its fall (substitutions stick).", min = 0, max = 1, dflt = "0.2") double intensityRecoveryFactor,
        @Field(doc = "Elasticity of producers' utilisation to their price relative to the start.", min = 0, max = 5, dflt = "0.19") double utilisationElasticity,
        @Field(doc = "Elasticity of recycled supply to the 12-month mean export price.", min = 0, max = 5, dflt = "0.3") double recyclingElasticity,
        @Field(doc = "A candidate project starts building when the 12-month mean export price exceeds this multiple of its full cost for trigger_months in a row.", min = 0, minExclusive = true, max = 10, dflt = "1.3") double entryTrigger,
        @Field(doc = "An idle project restarts when the 12-month mean export price exceeds this multiple of its full cost for trigger_months in a row.", min = 0, minExclusive = true, max = 10, dflt = "1.2") double restartTrigger,
        @Field(doc = "Months in a row the price test must hold before a project is started or restarted.", unit = "months", min = 1, max = 60, dflt = "6") int triggerMonths,
        @Field(doc = "Months from the decision to build a new mine to its first output.", unit = "months", min = 0, max = 240, dflt = "72") int buildLagMonths,
        @Field(doc = "Months from the decision to restart an idle mine to its first output.", unit = "months", min = 0, max = 120, dflt = "24") int restartLagMonths,
        @Field(doc = "Months of linear ramp-up from first output to achieved capacity.", unit = "months", min = 1, max = 120, dflt = "42") int rampMonths,
        @Field(doc = "Capacity a new or restarted project reaches, as a share of its nameplate.", min = 0, minExclusive = true, max = 1, dflt = "0.6") double achievedShare,
        @Field(doc = "A producing project goes idle when the 12-month mean export price stays below its unit cost this many months in a row.", unit = "months", min = 1, max = 120, dflt = "12") int idleMonths,
        @Field(doc = "Capital charge on capex in a project's full cost (annuity factor).", unit = "1/yr", min = 0, max = 1, dflt = "0.1") double capitalChargePerYear,
        @Field(doc = "Merchant stock: share of the world pool's stock (outside China) its holders sell in a month to buyers outside their usual contracts. What an origin can sell Japan in a month is its own inflow plus this share of the stock (by the origin's share of the inflow), less what its other customers usually take; short origins ration pro rata to usual shares. Assumption: 0.05 (most oxide is sold on term contracts and held as working stock; see docs/data-sources.md).", unit = "1/month", min = 0, max = 1, dflt = "0.05") double merchantStockSharePerMonth,
        // the world at the start of the scenario
        @Field(doc = "China's export duty: the export price is at least the domestic price x (1 + duty).", min = 0, max = 5, dflt = "0") double exportDuty,
        @Field(doc = "Exports above the export quota as a share of the quota (smuggling, unrecorded trade).", min = 0, max = 5, dflt = "0") double exportLeakShare,
        @Field(doc = "Output above the mining (production) quota as a share of the quota (undocumented output).", min = 0, max = 5, dflt = "0") double undocumentedShare,
        @Field(doc = "China's demand at the start prices.", unit = "t/yr", min = 0) double chinaDemandTPerYear,
        @Field(doc = "Trend growth of China's activity index.", unit = "1/yr", min = -0.5, max = 0.5, dflt = "0") double chinaDemandGrowthPerYear,
        @Field(doc = "Demand of the rest of the world (not China, not Japan) at the start prices.", unit = "t/yr", min = 0) double restDemandTPerYear,
        @Field(doc = "Trend growth of the rest of the world's activity index (ACTIVITY events multiply it).", unit = "1/yr", min = -0.5, max = 0.5, dflt = "0") double restDemandGrowthPerYear,
        @Field(doc = "Japan's expected imports at the start (sets the opening world stock and the first month's access; afterwards Japan's purchases are what its buyers take).", unit = "t/yr", min = 0) double japanImportsTPerYear,
        @Field(doc = "Recycled supply outside China at the start prices (urban mine).", unit = "t/yr", min = 0, dflt = "0") double recyclingTPerYear,
        @Field(doc = "Producers by origin. Exactly one has home_market: true (China) when the commodity has an export quota.", min = 1) List<ProducerSpec> producers) {
}
