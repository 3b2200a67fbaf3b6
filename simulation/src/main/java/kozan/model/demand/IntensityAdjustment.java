package kozan.model.demand;

import kozan.scenario.AdaptationSpec;
import kozan.scenario.CommoditySpec;

/**
 * Thrifting and substitution of one commodity by one buyer: the intensity law of the design
 * (docs/design/markets-issue-14.md 1.6-1.7, docs/model.md 7.4), the same law and parameters for every scenario.
 *
 * <p>With P0 the reference price (the commodity's initial price), P this month's world price, P̄ the mean of the
 * last 12 monthly prices and θ the dead band ({@code thrift_threshold}), only the rise above the band counts:
 * {@code x(P) = max(0, ln(P / P0) - ln(1 + θ))}. The long-run intensity factor k moves toward
 * {@code ln k* = (ε_LR - ε_SR) x(P̄)} by {@code (ln k* - ln k) / (12 τ)} a month; a rise back (prices fell) goes at
 * ρ of that speed (substitutions stick). The step is clamped to the speed ceilings {@code ln(1 - thrift_rate/12)}
 * and {@code ln(1 + thrift_recovery/12)}, and k stays in [floor, 1]: base intensity is what buyers use at the
 * reference price, the floor the engineering reach. The short-run factor is {@code exp(ε_SR x(P))}. The intensity
 * in force is base x max(floor, k x short-run factor). A commodity with {@code thrift_rate_per_year: 0} has no
 * substitute within the model: its factor stays 1.
 */
public final class IntensityAdjustment {

    /** Months in the buyers' price average P̄. */
    static final int AVERAGE_MONTHS = 12;

    private final boolean responds;
    /** P0 x (1 + θ), JPY/t, and its log: at or below it a price moves nothing (no log taken: the common case). */
    private final double bandPrice;
    private final double logBandPrice;
    private final double shortRun;
    private final double longRunExtra;
    private final double monthlyClosure;
    private final double recoveryFactor;
    private final double maxFallLog;
    private final double maxRiseLog;
    private final double logFloor;
    private final double floor;
    private final double[] prices = new double[AVERAGE_MONTHS];
    private int next;
    private double priceSum;
    private double logK;
    private double factor = 1.0;

    /**
     * @param referencePriceYenPerT P0, the price at which base intensity holds (the commodity's initial price), JPY/t
     */
    public IntensityAdjustment(CommoditySpec commodity, double referencePriceYenPerT) {
        AdaptationSpec a = commodity.adaptation();
        this.responds = commodity.thriftRatePerYear() > 0;
        this.bandPrice = referencePriceYenPerT * (1.0 + commodity.thriftThreshold());
        this.logBandPrice = Math.log(bandPrice);
        this.shortRun = a.shortRunElasticity();
        this.longRunExtra = a.longRunElasticity() - a.shortRunElasticity();
        this.monthlyClosure = 1.0 / (12.0 * a.adjustmentYears());
        this.recoveryFactor = a.recoveryFactor();
        this.maxFallLog = Math.log(Math.max(1e-12, 1.0 - commodity.thriftRatePerYear() / 12.0));
        this.maxRiseLog = Math.log1p(commodity.thriftRecoveryPerYear() / 12.0);
        this.floor = commodity.thriftFloor();
        this.logFloor = Math.log(Math.max(1e-12, floor));
        java.util.Arrays.fill(prices, referencePriceYenPerT);
        this.priceSum = AVERAGE_MONTHS * referencePriceYenPerT;
    }

    /** Takes this month's world price (JPY/t) and returns the intensity factor in force (intensity / base intensity). */
    public double step(double priceYenPerT) {
        priceSum += priceYenPerT - prices[next];
        prices[next] = priceYenPerT;
        next = (next + 1) % AVERAGE_MONTHS;
        if (!responds) {
            return factor;
        }
        double target = longRunExtra * excess(meanPrice());
        if (target != 0 || logK != 0) {
            double move = (target - logK) * monthlyClosure;
            if (move > 0) {
                move *= recoveryFactor;
            }
            move = Math.max(maxFallLog, Math.min(maxRiseLog, move));
            logK = Math.max(logFloor, Math.min(0.0, logK + move));
        }
        double shortRunLog = shortRun * excess(priceYenPerT);
        // prices inside the band and nothing substituted (most months): the factor is 1 without an exponential
        factor = logK == 0 && shortRunLog == 0 ? 1.0 : Math.max(floor, Math.exp(logK + shortRunLog));
        return factor;
    }

    /** Log rise of a price above the dead band over the reference price, never negative. */
    private double excess(double priceYenPerT) {
        return priceYenPerT <= bandPrice ? 0.0 : Math.log(priceYenPerT) - logBandPrice;
    }

    /** P̄, the mean of the last 12 monthly prices (the reference price before there are 12), JPY/t. */
    public double meanPrice() {
        return priceSum / AVERAGE_MONTHS;
    }

    /** Long-run intensity factor k (substitution and thrifting in place). */
    public double longRunFactor() {
        return Math.exp(logK);
    }

    /** Intensity factor in force after the last step. */
    public double factor() {
        return factor;
    }
}
