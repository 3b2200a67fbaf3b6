package kozan.scenario;

import java.util.List;

public record ManufacturerSpec(
        @Field(doc = "Manufacturer id.") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "Sector.") Sector sector,
        @Field(doc = "Region id.") String region,
        @Field(doc = "Output at the start.", unit = "JPY/yr", min = 0, minExclusive = true) double outputYenPerYear,
        @Field(doc = "Trend growth of output.", unit = "1/yr", min = -0.5, max = 0.5, dflt = "0") double growthPerYear,
        @Field(doc = "Monthly log-noise of output.", min = 0, max = 1, dflt = "0.01") double outputNoiseSd,
        @Field(doc = "Material intensities per commodity.", dflt = "[]") List<IntensitySpec> intensities,
        @Field(doc = "Target inventory in months of need.", unit = "months", min = 0, max = 24, dflt = "2") double inventoryTargetMonths,
        @Field(doc = "Workers per billion yen of output per year at the start (falls with labor_productivity_growth_per_year).", unit = "persons per (JPY bn/yr)", min = 0) double workersPerBnYen,
        @Field(doc = "Risk aversion: weight of the change in a source's perceived disruption hazard (1/yr) against the change in its price premium in the import logit.", min = 0, dflt = "2") double riskAversion,
        @Field(doc = "Logit sensitivity to effective import cost.", min = 0, dflt = "10") double logitBeta,
        @Field(doc = "Labour productivity growth: workers per output fall by this share a year (compounded from the start).", unit = "1/yr", min = -0.2, max = 0.2, dflt = "0.01") double laborProductivityGrowthPerYear) {
}
