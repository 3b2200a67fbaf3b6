package kozan.scenario;

/**
 * One product of a mine's ore (issue #15): the commodity it enters the ledger of, its grade and its recovery.
 * Every product is driven by the same tonnes of ore, so a polymetallic mine mines q t of ore and delivers
 * q x grade x recovery t of each product to that commodity's ledger.
 */
public record ProductSpec(
        @Field(doc = "Commodity id of the product (it enters this commodity's ledger).") String commodity,
        @Field(doc = "Grade: product per tonne of ore (e.g. 0.101 for 10.1% Zn; 1.45e-6 for 1.45 g/t Au).", unit = "t product/t ore", min = 0, max = 1, minExclusive = true) double grade,
        @Field(doc = "Metallurgical recovery of this product.", min = 0, max = 1, minExclusive = true, dflt = "0.9") double recovery) {

    /** Product per tonne of ore delivered, t/t: grade x recovery. */
    public double yield() {
        return grade * recovery;
    }
}
