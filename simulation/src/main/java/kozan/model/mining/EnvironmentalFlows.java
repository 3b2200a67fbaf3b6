package kozan.model.mining;

/**
 * A mine's environmental footprint: monthly water use (recycled and withdrawn), CO2e, and the land stock it
 * has disturbed and reclaimed. Water use = ore x m3/t; the recycled share is the mine's own or the
 * government minimum, the larger; withdrawn = use - recycled. CO2e = ore x t/t, with the electricity part cut
 * by the renewable power share.
 */
public final class EnvironmentalFlows {

    private double waterWithdrawnM3;
    private double waterRecycledM3;
    private double co2eT;
    private double landDisturbedHa;
    private double landReclaimedHa;

    void resetMonth() {
        waterWithdrawnM3 = 0;
        waterRecycledM3 = 0;
        co2eT = 0;
    }

    /** Flows of processing q tonnes of ore this month; returns CO2e, t. */
    double operate(double oreT, double waterM3PerTOre, double recycledShare, double co2ePerTOre,
                   double electricityShare, double renewableShare) {
        double use = oreT * waterM3PerTOre;
        waterRecycledM3 += use * recycledShare;
        waterWithdrawnM3 += use * (1.0 - recycledShare);
        double co2 = oreT * co2ePerTOre * (1.0 - electricityShare * renewableShare);
        co2eT += co2;
        return co2;
    }

    void disturb(double ha) {
        landDisturbedHa = ha;
    }

    void reclaim() {
        landReclaimedHa += landDisturbedHa;
        landDisturbedHa = 0;
    }

    public double waterWithdrawnM3() {
        return waterWithdrawnM3;
    }

    public double waterRecycledM3() {
        return waterRecycledM3;
    }

    public double co2eT() {
        return co2eT;
    }

    /** Land currently disturbed and not yet reclaimed, ha. */
    public double landDisturbedHa() {
        return landDisturbedHa;
    }

    /** Land reclaimed so far, ha. */
    public double landReclaimedHa() {
        return landReclaimedHa;
    }
}
