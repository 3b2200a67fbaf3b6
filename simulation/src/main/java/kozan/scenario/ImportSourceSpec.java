package kozan.scenario;

public record ImportSourceSpec(
        @Field(doc = "Source id, usually a country (referenced by events and agreements).") String id,
        @Field(doc = "Base share of Japan's imports of this commodity; shares of a commodity sum to 1.", min = 0, max = 1) double share,
        @Field(doc = "Volume this source can ship to Japan. Under price.model market the world market sets the volume each month, and this is the reference flow an EXPORT_RESTRICTION of depth d cuts to (1 - d) x it.", unit = "t/yr", min = 0, minExclusive = true) double volumeTPerYear,
        @Field(doc = "Price premium over the world price (negative = discount).", min = -0.9, max = 5, dflt = "0") double premium,
        @Field(doc = "Hazard of a random disruption.", unit = "1/yr", min = 0, max = 12, dflt = "0.02") double hazardPerYear,
        @Field(doc = "Mean share of volume lost during a disruption.", min = 0, max = 1, dflt = "0.5") double disruptionDepth,
        @Field(doc = "Mean duration of a disruption.", unit = "months", min = 1, max = 120, dflt = "6") double disruptionMonths,
        @Field(doc = "Share of world supply from this source (drives the price response to its disruptions).", min = 0, max = 1, dflt = "0.1") double worldSupplyShare,
        @Field(doc = "Covered by a partner (resource-diplomacy) agreement from the start.", dflt = "false") boolean partner) {
}
