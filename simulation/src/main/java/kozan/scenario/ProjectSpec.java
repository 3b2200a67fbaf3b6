package kozan.scenario;

/** A named mine project of a producer ({@link ProducerSpec}); its pipeline rules are in docs/model.md 7.1.1. */
public record ProjectSpec(
        @Field(doc = "Project id (referenced by PROJECT_DECISION events).") String id,
        @Field(doc = "State at the start: PRODUCING (full nameplate), IDLE (care and maintenance) or CANDIDATE (not built).", dflt = "CANDIDATE") ProjectStart state,
        @Field(doc = "Nameplate capacity.", unit = "t/yr", min = 0, minExclusive = true) double nameplateTPerYear,
        @Field(doc = "Unit cash cost.", unit = "JPY/t", min = 0) double unitCostYenPerT,
        @Field(doc = "Capital cost to build (CANDIDATE) or restart (IDLE).", unit = "JPY", min = 0, dflt = "0") double capexYen) {

    /** State of a project at the start of a scenario. */
    public enum ProjectStart { PRODUCING, IDLE, CANDIDATE }
}
