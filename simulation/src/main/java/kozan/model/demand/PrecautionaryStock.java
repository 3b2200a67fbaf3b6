package kozan.model.demand;

/**
 * Buyers' stock target (design docs/design/markets-issue-14.md 1.7, docs/model.md 7.4): months of need they aim to
 * hold. Three terms:
 * <pre>
 *   risk      C_r = C0 x (1 + φ x max(0, risk ratio - 1)), capped at max(C0, ceiling)    no restriction in force
 *             C_r = C0                                                                  a restriction in force
 *   price     f   = (P̄ / P)^η  when P &gt; P̄, else 1
 *   target    C   = C_r x f
 * </pre>
 * The risk ratio is the share-weighted disruption hazard in force over its start value
 * ({@link ImportSupply#riskRatio()}); a recent export restriction raises it for the memory months, so buyers build
 * precautionary stock after a restriction and before the next. While a restriction is in force the stock is there
 * to be drawn, not built: the target is the calm cover C0 (and settlement draws stock before output is cut:
 * {@link ShortfallCascade}). The price term is the inventory demand of the theory of storage: stocks are thinned when
 * the price P is high against its trailing 12-month mean P̄ (η the elasticity), and never raised by a low price.
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

    /** (P̄ / P)^η when the price is above its trailing mean, else 1. */
    static double priceFactor(double price, double meanPrice, double priceElasticity) {
        return price > meanPrice && meanPrice > 0 ? Math.pow(meanPrice / price, priceElasticity) : 1.0;
    }
}
