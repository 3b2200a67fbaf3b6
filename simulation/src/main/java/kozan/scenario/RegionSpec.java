package kozan.scenario;

import java.util.List;

public record RegionSpec(
        @Field(doc = "Region id referenced by mines, suppliers and manufacturers.") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Latitude of the region's centre (map label).", unit = "deg", min = 20, max = 46, dflt = "36.0") double lat,
        @Field(doc = "Longitude of the region's centre (map label).", unit = "deg", min = 122, max = 154, dflt = "138.0") double lon,
        @Field(doc = "JIS prefecture codes (1-47) in the region, for the map.", dflt = "[]") List<Integer> prefectures,
        @Field(doc = "Working-age population (15-64) at the start; at least 1,000 (assumption: a region aggregates whole prefectures, the smallest of which, Tottori, has about 300,000; below 1,000 a matching function over the market means nothing).", unit = "persons", min = 1000) double workingAgePopulation,
        @Field(doc = "Labour-force participation rate of the working-age population.", min = 0, max = 1, dflt = "0.80") double participationRate,
        @Field(doc = "Annual growth rate of the working-age population (negative = decline).", unit = "1/yr", min = -0.2, max = 0.2, dflt = "-0.01") double populationGrowthPerYear,
        @Field(doc = "Unemployment rate at the start; at least 0.005 (assumption: Japan's national rate has not been below about 1% since the Labour Force Survey began in 1953; the start's steady-state vacancies grow without bound as the rate goes to 0).", min = 0.005, max = 0.5, dflt = "0.025") double unemploymentRate,
        @Field(doc = "Annual growth of rest-of-economy employment demand (exogenous trend).", unit = "1/yr", min = -0.2, max = 0.2, dflt = "-0.01") double restOfEconomyGrowthPerYear,
        @Field(doc = "Skilled miners available for hire at the start (unemployed or in other jobs).", unit = "persons", min = 0, dflt = "200") double skilledMinerPool,
        @Field(doc = "Average monthly wage at the start.", unit = "JPY/month", min = 0, minExclusive = true, dflt = "300000") double wageYenPerMonth) {

    /**
     * The region cell of national rows in every output table (ISO 3166 code of Japan); no region may have this id
     * (in any case), so a table's region column is never ambiguous.
     */
    public static final String NATIONAL = "JP";
}
