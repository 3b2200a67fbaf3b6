package kozan.model.trade;

import kozan.model.random.Distributions;
import kozan.model.random.RandomStream;
import kozan.scenario.PriceSpec;

/**
 * The exogenous world price (docs/model.md 7.1): the log price follows a mean-reverting process toward a trending
 * long-run level, with Poisson jumps and scheduled shocks; while import sources are cut off the price carries a
 * premium {@code priceResponse * (share of world supply lost)}. In IO-parity mode the price stays at its start value.
 * One normal ("price" stream) and one uniform plus one normal per jump ("jumps" stream) are drawn every month,
 * fixed prices or not, so the streams stay aligned across scenarios.
 */
final class ExogenousPrice implements PriceModel {

    private final PriceSpec price;
    private final double priceResponse;
    private final boolean fixed;
    private final RandomStream priceRng;
    private final RandomStream jumpRng;

    private double baseLogPrice;
    private double responseLog;
    private double worldPrice;

    /**
     * @param price         the process parameters
     * @param priceResponse elasticity of the price to the share of world supply lost
     * @param fixed         IO-parity mode: the price never moves
     */
    ExogenousPrice(PriceSpec price, double priceResponse, boolean fixed, RandomStream priceRng, RandomStream jumpRng) {
        this.price = price;
        this.priceResponse = priceResponse;
        this.fixed = fixed;
        this.priceRng = priceRng;
        this.jumpRng = jumpRng;
        this.baseLogPrice = Math.log(price.initial());
        this.worldPrice = price.initial();
    }

    @Override
    public void advance(int step, double shock, double lostWorldShare) {
        double z = priceRng.nextGaussian();
        double jumps = drawJumps();
        if (!fixed) {
            double logLongRun = Math.log(price.longRun()) + price.longRunTrendPerYear() * (step + 1) / 12.0;
            baseLogPrice += price.kappa() * (logLongRun - baseLogPrice) / 12.0
                    + price.sigma() / Math.sqrt(12.0) * z + jumps + shock;
            responseLog = priceResponse * lostWorldShare;
            worldPrice = Math.exp(baseLogPrice + responseLog);
        }
    }

    /** Poisson number of jumps this month by inversion of one uniform, then one normal per jump. */
    private double drawJumps() {
        double u = jumpRng.nextDouble();
        double lambda = price.jumpRatePerYear() / 12.0;
        int k = Distributions.poisson(u, lambda);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += price.jumpLogMean() + price.jumpLogSd() * jumpRng.nextGaussian();
        }
        return sum;
    }

    @Override
    public double logPrice() {
        return baseLogPrice;
    }

    @Override
    public double price() {
        return worldPrice;
    }

    @Override
    public double responseLog() {
        return responseLog;
    }
}
