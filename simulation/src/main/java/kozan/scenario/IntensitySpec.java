package kozan.scenario;

public record IntensitySpec(
        @Field(doc = "Commodity id.") String commodity,
        @Field(doc = "Material use per billion yen of output.", unit = "t per JPY bn", min = 0) double tPerBnYen) {
}
