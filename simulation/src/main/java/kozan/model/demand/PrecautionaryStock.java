package kozan.model.demand;

/**
 * Buyers' precautionary cover (design docs/design/markets-issue-14.md 1.7): the target cover rises with the supply
 * risk of the commodity's origins, {@code C = C0 x (1 + φ x max(0, risk ratio - 1))}, capped at the larger of C0
 * and the ceiling. The risk ratio is the share-weighted disruption hazard in force over its start value
 * ({@link ImportSupply#riskRatio()}); a recent export restriction raises it for the memory months. Stocks are
 * drawn when supply fails (settlement uses them before output is cut: {@link ShortfallCascade}).
 */
public final class PrecautionaryStock {

    private PrecautionaryStock() {
    }

    /**
     * Target cover, months of need.
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
}
