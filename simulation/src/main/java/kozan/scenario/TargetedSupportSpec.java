package kozan.scenario;

import java.time.YearMonth;

/** Support for one named mine: a capex grant and state backing from a month on. */
public record TargetedSupportSpec(
        @Field(doc = "Mine id.") String mine,
        @Field(doc = "First month of support.") YearMonth from,
        @Field(doc = "Capex grant share for this mine.", min = 0, max = 1, dflt = "0") double capexGrant,
        @Field(doc = "State-backed share for this mine.", min = 0, max = 1, dflt = "0") double stateBacked,
        @Field(doc = "Training subsidy: extra skilled miners trained per year in the mine's region.", unit = "persons/yr", min = 0, dflt = "0") double trainingPerYear) {
}
