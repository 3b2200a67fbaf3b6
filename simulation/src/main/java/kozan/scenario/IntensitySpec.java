package kozan.scenario;

public record IntensitySpec(
        @Field(doc = "Commodity id.") String commodity,
        @Field(doc = "Material use per billion yen of output.", unit = "t per JPY bn", min = 0) double tPerBnYen,
        @Field(doc = "Share of the manufacturer's output that cannot be made without this commodity when it is critical (e.g. the share of car output with rare-earth drive motors): a residual shortfall of x% of need costs output_dependence x x% of output. 1 = the whole output (Leontief).", min = 0, max = 1, dflt = "1") double outputDependence) {

    /** An intensity on which the whole output depends. */
    public IntensitySpec(String commodity, double tPerBnYen) {
        this(commodity, tPerBnYen, 1.0);
    }
}
