package kozan.scenario;

/**
 * A by-product credit of a metal that has no commodity ledger in the scenario (silver, manganese, platinum):
 * revenue per tonne of ore at a fixed price. It enters the mine's revenue, NPV and idle/restart tests and is
 * reported separately (metric by_product_credit_yen); it enters no mass balance.
 */
public record CreditSpec(
        @Field(doc = "Metal credited (a name; no commodity of the scenario).") String metal,
        @Field(doc = "Credit per tonne of ore: grade x recovery x price, net of refining charges.", unit = "JPY/t ore", min = 0) double yenPerTOre) {
}
