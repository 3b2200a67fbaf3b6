package kozan.scenario;

/** Stage durations in months, drawn once when a mine enters the stage. */
public record StageDurations(
        @Field(doc = "Exploration duration.", unit = "months") DistSpec exploration,
        @Field(doc = "Feasibility (studies and financing) duration.", unit = "months") DistSpec feasibility,
        @Field(doc = "Permitting duration before the permitting multiplier.", unit = "months") DistSpec permitting,
        @Field(doc = "Construction duration at full labour fill.", unit = "months") DistSpec construction,
        @Field(doc = "Closure and reclamation duration.", unit = "months") DistSpec closure) {
}
