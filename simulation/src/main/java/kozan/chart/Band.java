package kozan.chart;

import kozan.stats.PerPeriod;

/**
 * The distribution of a series across replications per period: median, central 50% (p25-p75) and central 95%
 * (p2.5-p97.5) of replications. Computed from [replication][period] values.
 */
public record Band(double[] median, double[] low50, double[] high50, double[] low95, double[] high95) {

    public static Band of(double[][] values) {
        return new Band(PerPeriod.quantile(values, 0.5), PerPeriod.quantile(values, 0.25), PerPeriod.quantile(values, 0.75),
                PerPeriod.quantile(values, 0.025), PerPeriod.quantile(values, 0.975));
    }

    public Band scaled(Scale s) {
        return new Band(s.apply(median), s.apply(low50), s.apply(high50), s.apply(low95), s.apply(high95));
    }
}
