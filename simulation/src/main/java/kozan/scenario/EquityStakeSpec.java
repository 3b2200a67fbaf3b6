package kozan.scenario;

import java.time.YearMonth;

/**
 * A Japanese equity stake in a mine abroad (JOGMEC, a trading house or a user), or a loan-backed offtake contract
 * (design docs/design/markets-issue-14.md 5.1). The mine ships through one of the commodity's import sources.
 */
public record EquityStakeSpec(
        @Field(doc = "Stake id.") String id,
        @Field(doc = "Commodity id.") String commodity,
        @Field(doc = "Import source (host country) the mine ships through.") String source,
        @Field(doc = "Who holds the stake (free text, e.g. jogmec, sojitz, toyota_tsusho).", dflt = "null") String owner,
        @Field(doc = "Mine output at full operation (the project's, not Japan's share).", unit = "t/yr", min = 0, minExclusive = true) double mineOutputTPerYear,
        @Field(doc = "Equity share of the Japanese holders: dividends and the self-development entitlement are this share of the mine's output.", min = 0, max = 1) double equityShare,
        @Field(doc = "Offtake right as a share of the mine's output; at most equity_share (offtake in proportion to the stake).", min = 0, max = 1, dflt = "0") double offtakeShare,
        @Field(doc = "Contracted offtake of a loan-backed contract (e.g. Lynas/JARE); 0 = an equity stake whose offtake is offtake_share x output. A contract ships min(contract, output).", unit = "t/yr", min = 0, dflt = "0") double contractTPerYear,
        @Field(doc = "Multiplier on the host source's disruption hazard for the Japan-bound offtake volume (the holder's own operation and offtake terms).", min = 0, max = 1, dflt = "0.5") double hazardMultiplier,
        @Field(doc = "Unit cash cost of the mine, for dividends: equity_share x max(0, (world price - unit cost) x output - sustaining capex / 12).", unit = "JPY/t", min = 0, dflt = "0") double unitCostYenPerT,
        @Field(doc = "Sustaining capital spending of the mine.", unit = "JPY/yr", min = 0, dflt = "0") double sustainingCapexYenPerYear,
        @Field(doc = "Price paid for the stake, when bought inside the horizon; the state pays the government's equity_support share of it in the month from (fiscal cost equity_stakes).", unit = "JPY", min = 0, dflt = "0") double costYen,
        @Field(doc = "First month the stake ships and earns.") YearMonth from,
        @Field(doc = "Last month (default: end of horizon), e.g. an exit.", dflt = "null") YearMonth to) {

    /** True for a loan-backed offtake contract (a contracted tonnage), false for an equity stake. */
    public boolean isContract() {
        return contractTPerYear > 0;
    }
}
