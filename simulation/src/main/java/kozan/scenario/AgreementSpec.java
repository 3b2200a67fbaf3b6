package kozan.scenario;

import java.time.YearMonth;

/** A partner offtake agreement, e.g. the Sojitz/JOGMEC-Lynas deal. */
public record AgreementSpec(
        @Field(doc = "Agreement id.") String id,
        @Field(doc = "Commodity id.") String commodity,
        @Field(doc = "Import source id the agreement is with.") String source,
        @Field(doc = "Guaranteed offtake volume to Japan.", unit = "t/yr", min = 0) double volumeTPerYear,
        @Field(doc = "Price discount on agreement volumes (share of world price).", min = 0, max = 0.9, dflt = "0") double priceDiscount,
        @Field(doc = "Multiplier on the source's disruption hazard.", min = 0, max = 1, dflt = "0.5") double hazardMultiplier,
        @Field(doc = "Public cost of the agreement per year (equity, loans written down).", unit = "JPY/yr", min = 0, dflt = "0") double fiscalCostYenPerYear,
        @Field(doc = "First month of the agreement.") YearMonth from,
        @Field(doc = "Last month of the agreement (default: end of horizon).", dflt = "null") YearMonth to) {
}
