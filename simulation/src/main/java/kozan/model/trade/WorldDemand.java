package kozan.model.trade;

/**
 * Demand of one region of the world outside Japan (China, or the rest of the world) in a world market
 * (docs/model.md 7.1.1):
 * <pre>
 *   D     = D0 / 12 x A x k x (P / P0)^eps_SR                                t/month
 *   ln k' = ln k + (1 / (12 tau)) x (target - ln k),  target = (eps_LR - eps_SR) x ln(P̄ / P0)
 *           at rho x that speed when intensity recovers (target &gt; ln k): substitutions stick
 * </pre>
 * A = activity index (trend growth x ACTIVITY events), k = intensity of use, P̄ = the 12-month mean price.
 */
final class WorldDemand {

    private final double baseTPerMonth;
    private final double startPrice;
    private final double shortRun;
    private final double longRunExtra;
    private final double monthlySpeed;
    private final double recoveryFactor;

    private double logIntensity;

    /**
     * @param baseTPerYear   D0 at the start prices, t/yr
     * @param startPrice     P0, JPY/t
     * @param shortRun       eps_SR (&le; 0)
     * @param longRun        eps_LR (&le; eps_SR)
     * @param adjustYears    tau, years
     * @param recoveryFactor rho in [0, 1]
     */
    WorldDemand(double baseTPerYear, double startPrice, double shortRun, double longRun, double adjustYears,
                double recoveryFactor) {
        this.baseTPerMonth = baseTPerYear / 12.0;
        this.startPrice = startPrice;
        this.shortRun = shortRun;
        this.longRunExtra = longRun - shortRun;
        this.monthlySpeed = 1.0 / (12.0 * adjustYears);
        this.recoveryFactor = recoveryFactor;
    }

    /** Moves intensity one month toward its long-run target at the 12-month mean price, JPY/t. */
    void adjustIntensity(double meanPrice) {
        double target = longRunExtra * Math.log(meanPrice / startPrice);
        double speed = target > logIntensity ? monthlySpeed * recoveryFactor : monthlySpeed;
        logIntensity += speed * (target - logIntensity);
    }

    /** Demand this month, t, at an activity index and this month's price, JPY/t. */
    double demandT(double activity, double price) {
        return baseTPerMonth * activity * Math.exp(logIntensity) * Math.pow(price / startPrice, shortRun);
    }

    /** ln k. */
    double logIntensity() {
        return logIntensity;
    }
}
