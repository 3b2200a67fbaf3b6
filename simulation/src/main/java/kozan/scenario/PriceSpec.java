package kozan.scenario;

/**
 * A commodity's world price. With {@code model: exogenous} (the default) the process fields below set the price;
 * with {@code model: market} the {@code market} block does, and {@code initial} is the export (world) price at the
 * start while the process fields are unused.
 */
public record PriceSpec(
        @Field(doc = "World price at the start.", unit = "JPY per commodity unit (t)", min = 0, minExclusive = true) double initial,
        @Field(doc = "Long-run price level Pbar at the start.", unit = "JPY/t", min = 0, minExclusive = true) double longRun,
        @Field(doc = "Annual trend of the long-run level.", unit = "1/yr", min = -0.5, max = 0.5, dflt = "0") double longRunTrendPerYear,
        @Field(doc = "Mean reversion speed kappa of log price.", unit = "1/yr", min = 0, max = 20, dflt = "0.5") double kappa,
        @Field(doc = "Annualised volatility sigma of log price.", unit = "1/sqrt(yr)", min = 0, max = 3, dflt = "0.2") double sigma,
        @Field(doc = "Rate of random price jumps.", unit = "1/yr", min = 0, max = 12, dflt = "0") double jumpRatePerYear,
        @Field(doc = "Mean log size of a random jump.", dflt = "0") double jumpLogMean,
        @Field(doc = "Standard deviation of the log size of a random jump.", min = 0, dflt = "0.2") double jumpLogSd,
        @Field(doc = "Adaptive-expectation weight lambda per month: E += lambda (P - E).", unit = "1/month", min = 0, max = 1, dflt = "0.05") double expectationLambda,
        @Field(doc = "How the price is formed: exogenous (a random process; Japan is a price taker) or market (a world market of producers, China's export quota and world demand clears through inventories; needs the market block).", dflt = "exogenous") PriceModelKind model,
        @Field(doc = "The world market (model: market only): producers by origin, world demand, the inventory price rule.", dflt = "null") MarketSpec market) {

    /** An exogenous price process (the form every scenario had before the market model). */
    public PriceSpec(double initial, double longRun, double longRunTrendPerYear, double kappa, double sigma,
                     double jumpRatePerYear, double jumpLogMean, double jumpLogSd, double expectationLambda) {
        this(initial, longRun, longRunTrendPerYear, kappa, sigma, jumpRatePerYear, jumpLogMean, jumpLogSd,
                expectationLambda, PriceModelKind.exogenous, null);
    }

    /** True when the price clears a world market. */
    public boolean isMarket() {
        return model == PriceModelKind.market;
    }
}
