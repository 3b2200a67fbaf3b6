package kozan.scenario.io;

/**
 * An interregional input-output model over the scenario's regions (docs/design/jobs-issue-13.md section 2.3): the
 * domestic coefficients A_d split into own-region purchases (regional purchase coefficients) and purchases from
 * other regions (gravity), solved with and without households closed. Summed over regions, every result equals the
 * national Leontief result for the same purchases. Money in constant 2025 JPY, over any period (the model is
 * linear); arrays are indexed [region][sector] in scenario-region and IO-table order.
 */
public interface InterregionalIo {

    int regionCount();

    int sectorCount();

    /**
     * Type I: output by producing region and sector, all rounds, that purchases by buyers in each region call for.
     * {@code purchases[r][i]} is what buyers located in region r buy from sector i (domestic purchases only); the
     * result includes the delivery of those purchases themselves (the first round) and every round after it.
     */
    double[][] typeIOutput(double[][] purchases);

    /**
     * Type II: as {@link #typeIOutput} with households closed. Households of each region earn the compensation of
     * the output produced there plus {@code exogenousIncome[r]} (labour income paid outside the modelled output, for
     * example mine payroll and the supplier agents' own payroll), spend the consumption propensity of it, and buy
     * locally or from other regions like any buyer.
     */
    double[][] typeIIOutput(double[][] purchases, double[] exogenousIncome);

    /**
     * Both results of the same purchases and income: {@code [0]} = {@link #typeIOutput}, {@code [1]} =
     * {@link #typeIIOutput}. For a caller that needs both every month; an implementation may share the work.
     */
    default double[][][] typeIAndIIOutput(double[][] purchases, double[] exogenousIncome) {
        return new double[][][] {typeIOutput(purchases), typeIIOutput(purchases, exogenousIncome)};
    }

    /**
     * A result worth keeping for the model's life: {@code compute}'s value for {@code key}, computed once and then
     * returned as is (the caller must not change it). Runs of one scenario share one model, so a response that
     * depends only on the scenario (for example the output per JPY of one region's purchases of one sector) is
     * solved once for all of them. The key must name everything the result depends on beyond this model, with
     * value equality (a string, or a record of values). This default keeps nothing; {@link RegionalIo} keeps every
     * key, a bounded set per scenario.
     */
    default double[][][] memo(Object key, java.util.function.Supplier<double[][][]> compute) {
        return compute.get();
    }
}
