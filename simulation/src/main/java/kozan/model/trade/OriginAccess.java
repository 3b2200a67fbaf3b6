package kozan.model.trade;

/**
 * What each origin of the world pool can sell to Japan in a month (docs/model.md 7.1.1, "Japan's access"): bounded
 * by the origin, allocated by usual shares. For origin o with inflow F_o this month (its output; China: its exports
 * within the quota), F = sum of F_o + recycling, pool stock S at the start of the month, the rest of the world's
 * demand R, the pool's target stock S* (target cover x expected monthly demand) and Japan's usual (contracted)
 * share j_o of the origin's sales,
 * <pre>
 *   merchant stock  M   = max( delta x S , S - S* )
 *   saleable        V_o = F_o + M x F_o / F                      own inflow plus its share of the merchant stock
 *   others' claim   R_o = R x (1 - j_o) F_o / (sum_k (1 - j_k) F_k + recycling)
 *   Japan           A_o = max( j_o V_o , V_o - R_o )
 * </pre>
 * delta (1/month) is the share of the pool's stock its holders sell to buyers outside their usual contracts in a
 * month; stock above the holders' target is unwanted and on offer whole. The other customers spread their demand
 * over origins by what each usually sells them (recycled material goes to them); when an origin cannot serve both, it rations pro rata to the usual shares (Japan gets j_o of what it
 * can sell, the proportional rationing of supply-allocation clauses); when it can, Japan may take what the others
 * leave. So an origin never sells Japan more than its own inflow and its share of the stock: Japan cannot buy another
 * origin's tonnes under its label. Stateless.
 */
final class OriginAccess {

    private OriginAccess() {
    }

    /**
     * Japan's access by origin this month, t.
     *
     * @param inflowT        F_o, t this month (&gt;= 0)
     * @param recyclingT     recycled supply into the pool this month, t
     * @param stockT         S, the pool's stock at the start of the month, t
     * @param targetStockT   S*, the stock the pool's holders aim for (target cover x expected demand), t
     * @param restDemandT    R, the rest of the world's demand this month, t
     * @param japanShare     j_o, Japan's usual share of each origin's sales (0..1)
     * @param merchantShare  delta, share of the stock sold outside usual contracts a month
     * @param out            A_o, t (overwritten)
     */
    static void japan(double[] inflowT, double recyclingT, double stockT, double targetStockT, double restDemandT,
            double[] japanShare, double merchantShare, double[] out) {
        double inflow = recyclingT;
        double othersUsual = recyclingT;
        for (int o = 0; o < inflowT.length; o++) {
            inflow += inflowT[o];
            othersUsual += (1.0 - japanShare[o]) * inflowT[o];
        }
        double merchant = Math.max(merchantShare * Math.max(0.0, stockT), stockT - targetStockT);
        for (int o = 0; o < inflowT.length; o++) {
            if (inflowT[o] <= 0) {
                out[o] = 0;
                continue;
            }
            double saleable = inflowT[o] + merchant * inflowT[o] / inflow;
            double others = othersUsual > 0 ? restDemandT * (1.0 - japanShare[o]) * inflowT[o] / othersUsual : 0;
            out[o] = Math.max(japanShare[o] * saleable, Math.max(0.0, saleable - others));
        }
    }

    /**
     * Japan's usual share of an origin's sales, fixed when the origin first sells: Japan's expected purchases from it
     * (its sources' base share of Japan's imports x Japan's expected monthly imports) over its inflow, at most 1.
     */
    static double usualShare(double japanBaseShare, double japanExpectedT, double inflowT) {
        return inflowT > 0 ? Math.min(1.0, japanBaseShare * japanExpectedT / inflowT) : 0;
    }
}
