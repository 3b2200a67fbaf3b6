package kozan.scenario;

import java.time.YearMonth;
import java.util.List;

/** Random prospects: a Poisson stream of new PROSPECT mines of one commodity in one region. */
public record ProspectGeneratorSpec(
        @Field(doc = "Generator id; prospect ids are <id>-<n>.") String id,
        @Field(doc = "Region id.") String region,
        @Field(doc = "Commodity id.") String commodity,
        @Field(doc = "Expected new prospects per year.", unit = "1/yr", min = 0, max = 100) double ratePerYear,
        @Field(doc = "First month in which prospects appear (default: start).", dflt = "null") YearMonth from,
        @Field(doc = "Latitude of the district.", unit = "deg", min = 20, max = 46) double lat,
        @Field(doc = "Longitude of the district.", unit = "deg", min = 122, max = 154) double lon,
        @Field(doc = "Ore tonnage distribution.", unit = "t ore") DistSpec oreT,
        @Field(doc = "Grade distribution.", unit = "t product/t ore") DistSpec grade,
        @Field(doc = "Metallurgical recovery.", min = 0, max = 1, dflt = "0.9") double recovery,
        @Field(doc = "Annual ore capacity as a share of the deposit.", unit = "1/yr", min = 0, max = 1, minExclusive = true, dflt = "0.06") double capacityShareOfOrePerYear,
        @Field(doc = "Capex per t of annual ore capacity.", unit = "JPY per (t ore/yr)", min = 0) double capexYenPerTOrePerYear,
        @Field(doc = "Operating cost per tonne of ore.", unit = "JPY/t ore", min = 0) double opexYenPerTOre,
        @Field(doc = "Production workers per kt of ore capacity per year.", unit = "persons per (kt ore/yr)", min = 0) double workersPerKtOre,
        @Field(doc = "Water per tonne of ore.", unit = "m3/t ore", min = 0, dflt = "0.5") double waterM3PerTOre,
        @Field(doc = "CO2e per tonne of ore.", unit = "t CO2e/t ore", min = 0, dflt = "0.01") double co2eTPerTOre,
        @Field(doc = "Land disturbed per Mt of ore capacity per year.", unit = "ha per (Mt ore/yr)", min = 0, dflt = "100") double landHaPerMtOrePerYear,
        @Field(doc = "Co-products of the ore at fixed grades (polymetallic districts, e.g. Kuroko Cu-Zn-Pb): each prospect's products are the drawn main commodity, then these.", dflt = "[]") List<ProductSpec> coproducts) {

    /** A one-product generator (no co-products). */
    public ProspectGeneratorSpec(String id, String region, String commodity, double ratePerYear, YearMonth from, double lat,
            double lon, DistSpec oreT, DistSpec grade, double recovery, double capacityShareOfOrePerYear,
            double capexYenPerTOrePerYear, double opexYenPerTOre, double workersPerKtOre, double waterM3PerTOre,
            double co2eTPerTOre, double landHaPerMtOrePerYear) {
        this(id, region, commodity, ratePerYear, from, lat, lon, oreT, grade, recovery, capacityShareOfOrePerYear,
                capexYenPerTOrePerYear, opexYenPerTOre, workersPerKtOre, waterM3PerTOre, co2eTPerTOre,
                landHaPerMtOrePerYear, List.of());
    }
}
