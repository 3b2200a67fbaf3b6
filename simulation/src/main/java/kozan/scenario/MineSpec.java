package kozan.scenario;

import java.util.List;

/**
 * A mine or prospect. Its ore yields one product (the shorthand commodity, grade, recovery) or several
 * (products: a polymetallic ore, issue #15); see {@link #outputs()}.
 */
public record MineSpec(
        @Field(doc = "Mine id (unique; its random streams are derived from it).") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Region id (offshore deposits: the region of the support port).") String region,
        @Field(doc = "Commodity id of the product: the one-product shorthand (give either commodity and grade, or products).", dflt = "null") String commodity,
        @Field(doc = "Latitude.", unit = "deg", min = 20, max = 46) double lat,
        @Field(doc = "Longitude.", unit = "deg", min = 122, max = 154) double lon,
        @Field(doc = "Stage at the start.", dflt = "PROSPECT") Stage stage,
        @Field(doc = "Months already spent in the start stage.", unit = "months", min = 0, dflt = "0") int monthsInStage,
        @Field(doc = "Ore in the deposit (remaining).", unit = "t ore", min = 0, minExclusive = true) double oreT,
        @Field(doc = "Grade: product per tonne of ore (e.g. 2e-5 for 20 g/t gold; 1.0 for limestone); with commodity, the one-product shorthand.", unit = "t product/t ore", min = 0, max = 1, minExclusive = true, dflt = "null") Double grade,
        @Field(doc = "Metallurgical recovery of the shorthand product (ignored with products).", min = 0, max = 1, dflt = "0.9") double recovery,
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
        @Field(doc = "Share of the mine's site workers (own staff and on-site contractors) that official statistics count in mining and quarrying (JSIC C) rather than manufacturing (e.g. a cement maker's quarry): the weight of its workers in the jobs_direct detail jsic_c.", min = 0, max = 1, dflt = "1") double jsicCShare,
        @Field(doc = "Products of a polymetallic ore (commodity, grade, recovery); every product enters its own commodity's ledger and revenue, NPV and the idle/restart tests use the joint net revenue per t ore. The first product is the mine's main commodity. Instead of commodity and grade.", dflt = "null") List<ProductSpec> products,
        @Field(doc = "By-product credits of metals without a commodity ledger (JPY per t ore): in revenue, NPV and the idle/restart tests, reported as by_product_credit_yen.", dflt = "[]") List<CreditSpec> credits,
        @Field(doc = "Depth of the orebody below surface (on land): opex rises by technology.depth_opex_penalty_per_1000_m per 1,000 m below 500 m, less what advanced drilling saves. 0 = no depth penalty.", unit = "m", min = 0, max = 10000, dflt = "0") double depthM,
        @Field(doc = "Deep-sea uncertainty (deep_sea mines): capex, opex, recovery and ramp-up drawn per replication, and milestone gates.", dflt = "null") DeepSeaSpec deepSeaDraws) {

    /** A mine without the issue-15 blocks: one product (the shorthand), no credits, no depth, no deep-sea draws. */
    public MineSpec(String id, String name, String region, String commodity, double lat, double lon, Stage stage,
            int monthsInStage, double oreT, Double grade, double recovery, double capacityTOrePerYear, double capexYen,
            double sustainingCapexYenPerYear, double opexYenPerTOre, double royaltyRate, double closureCostYen,
            double workersPerKtOre, double automation, double waterM3PerTOre, double waterRecycledShare,
            double co2eTPerTOre, double landHa, double stateBacked, boolean deepSea, double technologyReadiness,
            Double pDiscover, StageDurations stageDurations, double jsicCShare) {
        this(id, name, region, commodity, lat, lon, stage, monthsInStage, oreT, grade, recovery, capacityTOrePerYear,
                capexYen, sustainingCapexYenPerYear, opexYenPerTOre, royaltyRate, closureCostYen, workersPerKtOre,
                automation, waterM3PerTOre, waterRecycledShare, co2eTPerTOre, landHa, stateBacked, deepSea,
                technologyReadiness, pDiscover, stageDurations, jsicCShare, null, List.of(), 0.0, null);
    }

    /** The products of the ore: products, or the one-product shorthand (commodity, grade, recovery). */
    public List<ProductSpec> outputs() {
        return products != null ? products : List.of(new ProductSpec(commodity, grade, recovery));
    }

    /** Commodity id of the main (first) product. */
    public String mainCommodity() {
        return products != null && !products.isEmpty() ? products.get(0).commodity() : commodity;
    }

    /** Sum of the by-product credits, JPY per t ore. */
    public double creditYenPerTOre() {
        double c = 0;
        for (CreditSpec cr : credits) {
            c += cr.yenPerTOre();
        }
        return c;
    }

    /** A mine counted wholly in JSIC C (jsic_c_share 1): the form of code-built mines and generated prospects. */
    public MineSpec(String id, String name, String region, String commodity, double lat, double lon, Stage stage,
            int monthsInStage, double oreT, Double grade, double recovery, double capacityTOrePerYear, double capexYen,
            double sustainingCapexYenPerYear, double opexYenPerTOre, double royaltyRate, double closureCostYen,
            double workersPerKtOre, double automation, double waterM3PerTOre, double waterRecycledShare,
            double co2eTPerTOre, double landHa, double stateBacked, boolean deepSea, double technologyReadiness,
            Double pDiscover, StageDurations stageDurations) {
        this(id, name, region, commodity, lat, lon, stage, monthsInStage, oreT, grade, recovery, capacityTOrePerYear,
                capexYen, sustainingCapexYenPerYear, opexYenPerTOre, royaltyRate, closureCostYen, workersPerKtOre,
                automation, waterM3PerTOre, waterRecycledShare, co2eTPerTOre, landHa, stateBacked, deepSea,
                technologyReadiness, pDiscover, stageDurations, 1.0, null, List.of(), 0.0, null);
    }
}
