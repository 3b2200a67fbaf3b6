package kozan.model.demand;

/**
 * Buyers' stock target (design docs/design/markets-issue-14.md 1.7, docs/model.md 7.4): months of need they aim to
 * hold. Four terms:
 * <pre>
 *   risk      C_r = C0 x (1 + φ x max(0, risk ratio - 1)), capped at max(C0, ceiling)    no restriction in force
 *             C_r = C0                                                                  a restriction in force
 *   price     f   = (P̄ / P)^η  when P &gt; P̄, else 1
 *   announced A   = the shortfall the announced cuts of the next H months will cause, months of need
 *   target    C   = min( max(C0, ceiling) , C_r x f + A )
 * </pre>
 * The risk ratio is the share-weighted disruption hazard in force over its start value
 * ({@link ImportSupply#riskRatio()}); a recent export restriction raises it for the memory months, so buyers build
 * precautionary stock after a restriction and before the next. While a restriction is in force the stock is there
 * to be drawn, not built: the target is the calm cover C0 (and settlement draws stock before output is cut:
 * {@link ShortfallCascade}). The price term is the inventory demand of the theory of storage: stocks are thinned when
 * the price P is high against its trailing 12-month mean P̄ (η the elasticity), and never raised by a low price.
 * The announced term is the precautionary stock demand for a cut known in advance (theory of storage: stocks carry
 * supply from before a known scarcity into it): buyers add the tonnes they will lack, so they buy before the cut
 * bites and draw the stock when it does. It is not thinned by the price term: the stock replaces output that would
 * otherwise be lost, not a purchase that could wait. A is 0 unless a cut is announced, and then C is as before.
 */
public final class PrecautionaryStock {

    private PrecautionaryStock() {
    }

    /**
     * Target cover, months of need: the risk term alone (no restriction in force, price at its mean).
     *
     * @param baseMonths C0, the buyer's cover in calm times, months
     * @param response   φ
     * @param maxMonths  ceiling on the cover under risk, months
     * @param riskRatio  hazard in force over the start hazard
     */
    public static double targetMonths(double baseMonths, double response, double maxMonths, double riskRatio) {
        double raised = baseMonths * (1.0 + response * Math.max(0.0, riskRatio - 1.0));
        return Math.min(Math.max(baseMonths, maxMonths), raised);
    }

    /**
     * Target cover, months of need: see the class comment.
     *
     * @param baseMonths       C0, months
     * @param response         φ
     * @param maxMonths        ceiling on the cover under risk, months
     * @param riskRatio        hazard in force over the start hazard
     * @param restricted       whether an export restriction on one of the commodity's sources is in force
     * @param price            P, this month's world price, JPY/t
     * @param meanPrice        P̄, its trailing 12-month mean, JPY/t
     * @param priceElasticity  η
     */
    public static double targetMonths(double baseMonths, double response, double maxMonths, double riskRatio,
            boolean restricted, double price, double meanPrice, double priceElasticity) {
        double risk = restricted ? baseMonths : targetMonths(baseMonths, response, maxMonths, riskRatio);
        return risk * priceFactor(price, meanPrice, priceElasticity);
    }

    /**
     * Target cover, months of need, with the shortfall of announced cuts: min(max(C0, ceiling), C_r x f + A); the
     * other terms as in {@link #targetMonths(double, double, double, double, boolean, double, double, double)}.
     *
     * @param anticipatedMonths A, months of need the announced cuts of the horizon will leave unmet (&gt;= 0)
     */
    public static double targetMonths(double baseMonths, double response, double maxMonths, double riskRatio,
            boolean restricted, double price, double meanPrice, double priceElasticity, double anticipatedMonths) {
        double cover = targetMonths(baseMonths, response, maxMonths, riskRatio, restricted, price, meanPrice,
                priceElasticity);
        return anticipatedMonths > 0 ? Math.min(Math.max(baseMonths, maxMonths), cover + anticipatedMonths) : cover;
    }

    /** (P̄ / P)^η when the price is above its trailing mean, else 1. */
    static double priceFactor(double price, double meanPrice, double priceElasticity) {
        return price > meanPrice && meanPrice > 0 ? Math.pow(meanPrice / price, priceElasticity) : 1.0;
    }
}
