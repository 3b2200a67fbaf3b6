package kozan.scenario;

public record PriceSpec(
        @Field(doc = "World price at the start.", unit = "JPY per commodity unit (t)", min = 0, minExclusive = true) double initial,
        @Field(doc = "Long-run price level Pbar at the start.", unit = "JPY/t", min = 0, minExclusive = true) double longRun,
        @Field(doc = "Annual trend of the long-run level.", unit = "1/yr", min = -0.5, max = 0.5, dflt = "0") double longRunTrendPerYear,
        @Field(doc = "Mean reversion speed kappa of log price.", unit = "1/yr", min = 0, max = 20, dflt = "0.5") double kappa,
        @Field(doc = "Annualised volatility sigma of log price.", unit = "1/sqrt(yr)", min = 0, max = 3, dflt = "0.2") double sigma,
        @Field(doc = "Rate of random price jumps.", unit = "1/yr", min = 0, max = 12, dflt = "0") double jumpRatePerYear,
        @Field(doc = "Mean log size of a random jump.", dflt = "0") double jumpLogMean,
        @Field(doc = "Standard deviation of the log size of a random jump.", min = 0, dflt = "0.2") double jumpLogSd,
        @Field(doc = "Adaptive-expectation weight lambda per month: E += lambda (P - E).", unit = "1/month", min = 0, max = 1, dflt = "0.05") double expectationLambda) {
}
