package kozan.scenario;

public record MineSpec(
        @Field(doc = "Mine id (unique; its random streams are derived from it).") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Region id (offshore deposits: the region of the support port).") String region,
        @Field(doc = "Commodity id of the product.") String commodity,
        @Field(doc = "Latitude.", unit = "deg", min = 20, max = 46) double lat,
        @Field(doc = "Longitude.", unit = "deg", min = 122, max = 154) double lon,
        @Field(doc = "Stage at the start.", dflt = "PROSPECT") Stage stage,
        @Field(doc = "Months already spent in the start stage.", unit = "months", min = 0, dflt = "0") int monthsInStage,
        @Field(doc = "Ore in the deposit (remaining).", unit = "t ore", min = 0, minExclusive = true) double oreT,
        @Field(doc = "Grade: product per tonne of ore (e.g. 2e-5 for 20 g/t gold; 1.0 for limestone).", unit = "t product/t ore", min = 0, max = 1, minExclusive = true) double grade,
        @Field(doc = "Metallurgical recovery.", min = 0, max = 1, dflt = "0.9") double recovery,
        @Field(doc = "Ore capacity at full ramp-up.", unit = "t ore/yr", min = 0, minExclusive = true) double capacityTOrePerYear,
        @Field(doc = "Initial capital cost.", unit = "JPY", min = 0) double capexYen,
        @Field(doc = "Sustaining capital per year in production.", unit = "JPY/yr", min = 0, dflt = "0") double sustainingCapexYenPerYear,
        @Field(doc = "Operating cost per tonne of ore.", unit = "JPY/t ore", min = 0) double opexYenPerTOre,
        @Field(doc = "Royalty / mining tax on revenue.", min = 0, max = 1, dflt = "0.01") double royaltyRate,
        @Field(doc = "Closure and reclamation cost.", unit = "JPY", min = 0, dflt = "0") double closureCostYen,
        @Field(doc = "Production workers per kt of ore capacity per year (before automation).", unit = "persons per (kt ore/yr)", min = 0) double workersPerKtOre,
        @Field(doc = "Automation level a at the start.", min = 0, max = 1, dflt = "0") double automation,
        @Field(doc = "Water withdrawn per tonne of ore.", unit = "m3/t ore", min = 0, dflt = "0.5") double waterM3PerTOre,
        @Field(doc = "Share of water recycled.", min = 0, max = 1, dflt = "0.5") double waterRecycledShare,
        @Field(doc = "Greenhouse-gas emissions per tonne of ore.", unit = "t CO2e/t ore", min = 0, dflt = "0.01") double co2eTPerTOre,
        @Field(doc = "Land disturbed by the mine at full development.", unit = "ha", min = 0, dflt = "50") double landHa,
        @Field(doc = "Share of the project backed by the state (JOGMEC equity and loss cover).", min = 0, max = 1, dflt = "0") double stateBacked,
        @Field(doc = "Deep-sea project (rare-earth mud, sulphides, crusts): opex falls as technology readiness rises.", dflt = "false") boolean deepSea,
        @Field(doc = "Technology readiness at the start (deep-sea only); opex multiplier is 1 + 2(1 - readiness).", min = 0, max = 1, dflt = "1") double technologyReadiness,
        @Field(doc = "Discovery probability override (default: mine_defaults.p_discover).", min = 0, max = 1, dflt = "null") Double pDiscover,
        @Field(doc = "Stage-duration overrides (default: mine_defaults.stage_durations).", dflt = "null") StageDurations stageDurations,
        @Field(doc = "Share of the mine's site workers (own staff and on-site contractors) that official statistics count in mining and quarrying (JSIC C) rather than manufacturing (e.g. a cement maker's quarry): the weight of its workers in the jobs_direct detail jsic_c.", min = 0, max = 1, dflt = "1") double jsicCShare) {

    /** A mine counted wholly in JSIC C (jsic_c_share 1): the form of code-built mines and generated prospects. */
    public MineSpec(String id, String name, String region, String commodity, double lat, double lon, Stage stage,
            int monthsInStage, double oreT, double grade, double recovery, double capacityTOrePerYear, double capexYen,
            double sustainingCapexYenPerYear, double opexYenPerTOre, double royaltyRate, double closureCostYen,
            double workersPerKtOre, double automation, double waterM3PerTOre, double waterRecycledShare,
            double co2eTPerTOre, double landHa, double stateBacked, boolean deepSea, double technologyReadiness,
            Double pDiscover, StageDurations stageDurations) {
        this(id, name, region, commodity, lat, lon, stage, monthsInStage, oreT, grade, recovery, capacityTOrePerYear,
                capexYen, sustainingCapexYenPerYear, opexYenPerTOre, royaltyRate, closureCostYen, workersPerKtOre,
                automation, waterM3PerTOre, waterRecycledShare, co2eTPerTOre, landHa, stateBacked, deepSea,
                technologyReadiness, pDiscover, stageDurations, 1.0);
    }
}
