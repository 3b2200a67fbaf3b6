package kozan.model.mining;

/**
 * Net present value of developing a deposit, as a mining firm appraises it at the end of feasibility
 * (docs/model.md 7.2; joint revenue, docs/design/mines-issue-15.md 2.3). Annual cash flows over the appraisal life
 * (the configured years, capped by the years the deposit lasts at capacity): the joint net revenue per t ore v(E)
 * (every product at its expected price net of royalty, plus by-product credits) minus opex (already scaled by
 * stringency, deep-sea readiness, automation and depth), carbon cost and sustaining capex; the investor keeps
 * (1 - e) of each year's cash, the state's equity share e the rest. Minus the investor's capex (net of grants and
 * state equity) at time 0; minus the closure cost after the last year; minus the cost of holding a reclamation
 * bond (posted at time 0, returned at closure).
 */
public final class NpvAppraisal {

    private NpvAppraisal() {
    }

    /**
     * Inputs of one appraisal; all money in JPY, quantities per year.
     *
     * @param netRevenueYenPerTOre v(E): sum over products of grade x recovery x expected price x (1 - royalty), plus
     *                             credits, JPY/t ore
     * @param equityShare          the state's share e of the operating cash (0-1)
     */
    public record Inputs(double netRevenueYenPerTOre, double capacityTOrePerYear, double oreT,
                         double opexYenPerTOre, double carbonYenPerTOre,
                         double sustainingCapexYenPerYear, double capexNetYen, double closureCostYen,
                         double bondYen, double discountRate, int appraisalYears, double equityShare) {
    }

    /** Years of the appraisal: the configured life, capped by the years the ore lasts at capacity, at least 1. */
    public static int years(Inputs in) {
        return Math.max(1, Math.min(in.appraisalYears(), (int) Math.ceil(in.oreT() / in.capacityTOrePerYear())));
    }

    /** NPV in JPY. */
    public static double npv(Inputs in) {
        double r = in.discountRate();
        double ore = in.oreT();
        double npv = -in.capexNetYen() - in.bondYen();
        double df = 1.0;
        int years = years(in);
        double margin = in.netRevenueYenPerTOre() - in.opexYenPerTOre() - in.carbonYenPerTOre();
        double investor = 1.0 - in.equityShare();
        for (int t = 1; t <= years; t++) {
            df /= 1.0 + r;
            double q = Math.min(in.capacityTOrePerYear(), ore);
            ore -= q;
            double cash = q * margin - in.sustainingCapexYenPerYear();
            npv += cash * investor * df;
        }
        df /= 1.0 + r;
        npv += (in.bondYen() - in.closureCostYen()) * df;
        return npv;
    }
}
