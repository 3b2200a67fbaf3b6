package kozan.observe;

/** How monthly values roll up to a year (docs/model.md 2.1). */
public enum Aggregation {
    /** Flows: the sum of the 12 months (tonnes, yen, job-months are not flows; see MEAN). */
    SUM,
    /** Stocks: the December value (or the last month of a partial year). */
    LAST,
    /** Levels such as prices, jobs and rates: the mean of the months. */
    MEAN,
    /** A ratio recomputed from the annual sums of its numerator and denominator metrics. */
    RATIO
}
