package kozan.model.mining;

/**
 * Net present value of developing a deposit, as a mining firm appraises it at the end of feasibility
 * (docs/model.md 7.2). Annual cash flows over the appraisal life (the configured years, capped by the years the
 * deposit lasts at capacity): revenue at the expected price net of royalty, minus opex (already scaled by
 * stringency and deep-sea readiness), carbon cost and sustaining capex; minus the investor's capex (net of
 * grants and state equity) at time 0; minus the closure cost after the last year; minus the cost of
 * holding a reclamation bond (posted at time 0, returned at closure).
 */
public final class NpvAppraisal {

    private NpvAppraisal() {
    }

    /** Inputs of one appraisal; all money in JPY, quantities per year. */
    public record Inputs(double priceYenPerT, double capacityTOrePerYear, double oreT, double grade, double recovery,
                         double opexYenPerTOre, double carbonYenPerTOre, double royaltyRate,
                         double sustainingCapexYenPerYear, double capexNetYen, double closureCostYen,
                         double bondYen, double discountRate, int appraisalYears) {
    }

    /** NPV in JPY. */
    public static double npv(Inputs in) {
        double r = in.discountRate();
        double ore = in.oreT();
        double npv = -in.capexNetYen() - in.bondYen();
        double df = 1.0;
        int years = Math.max(1, Math.min(in.appraisalYears(), (int) Math.ceil(ore / in.capacityTOrePerYear())));
        for (int t = 1; t <= years; t++) {
            df /= 1.0 + r;
            double q = Math.min(in.capacityTOrePerYear(), ore);
            ore -= q;
            double product = q * in.grade() * in.recovery();
            double cash = product * in.priceYenPerT() * (1.0 - in.royaltyRate())
                    - q * (in.opexYenPerTOre() + in.carbonYenPerTOre()) - in.sustainingCapexYenPerYear();
            npv += cash * df;
        }
        df /= 1.0 + r;
        npv += (in.bondYen() - in.closureCostYen()) * df;
        return npv;
    }

    /** Cash cost per tonne of product (before royalty), JPY/t: the price at which producing just pays. */
    public static double cashCostPerTProduct(double opexYenPerTOre, double carbonYenPerTOre, double grade,
                                             double recovery, double royaltyRate) {
        return (opexYenPerTOre + carbonYenPerTOre) / (grade * recovery) / Math.max(1e-9, 1.0 - royaltyRate);
    }
}
