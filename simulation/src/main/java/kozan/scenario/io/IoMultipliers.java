package kozan.scenario.io;

/**
 * Closed-form Leontief results (Type I and Type II) on the domestic coefficients of an {@link IoTable}, the
 * reference the simulation's {@code io_parity} mode is checked against (docs/model.md 7.7).
 *
 * <p>Type I: output x = L y with L = (I - A_d)^-1, so indirect output is (L - I) y. Type II closes the model with
 * households: an extra row h_j = propensity x compensation ratio_j (household spending per JPY of output) and an
 * extra column c_i = consumption share_i x (1 - m_i) (domestic goods bought per JPY of household spending; imported
 * consumption employs nobody in Japan, as in MIC's ripple-effect method). Induced output is the closed result
 * minus the Type I result. Jobs = employment coefficient (persons per million JPY/yr) x output / 1e6.
 *
 * <p>All flows are JPY per year; a monthly flow must be annualised (x12) before jobs are read off.
 */
public final class IoMultipliers {
    private final IoTable table;
    private final double spendingPropensity;
    private final double[][] leontief;
    private final double[][] closedInverse;

    /**
     * @param table              the IO table
     * @param spendingPropensity share of labour income households spend (consumption propensity, times the local share
     *                           for a regional reading), in [0, 1]
     */
    public IoMultipliers(IoTable table, double spendingPropensity) {
        if (!(spendingPropensity >= 0 && spendingPropensity <= 1)) {
            throw new IllegalArgumentException("spending propensity must be in [0, 1], got " + spendingPropensity);
        }
        this.table = table;
        this.spendingPropensity = spendingPropensity;
        this.leontief = table.leontiefInverse();
        this.closedInverse = IoTableReader.inverseOfIMinus(closedCoefficients(table, spendingPropensity));
    }

    /** The (n+1)x(n+1) coefficient matrix with households as the last sector. */
    public static double[][] closedCoefficients(IoTable t, double spendingPropensity) {
        int n = t.size();
        double[][] a = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = t.aDomestic(i, j);
            }
            a[i][n] = t.householdConsumptionShare(i) * (1.0 - t.importCoefficient(i));
            a[n][i] = spendingPropensity * t.compensationRatio(i);
        }
        return a;
    }

    public IoTable table() {
        return table;
    }

    public double spendingPropensity() {
        return spendingPropensity;
    }

    /** Type I total domestic output L y, JPY/yr by sector. */
    public double[] typeIOutput(double[] finalDemandYen) {
        check(finalDemandYen);
        int n = table.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                s += leontief[i][j] * finalDemandYen[j];
            }
            x[i] = s;
        }
        return x;
    }

    /**
     * Type II total domestic output with households closed, JPY/yr by sector.
     *
     * @param exogenousWagesYen labour income paid outside the spending vector (e.g. the mines' own payroll), JPY/yr;
     *                          households spend the propensity share of it
     */
    public double[] typeIIOutput(double[] finalDemandYen, double exogenousWagesYen) {
        check(finalDemandYen);
        int n = table.size();
        double[] yBar = new double[n + 1];
        System.arraycopy(finalDemandYen, 0, yBar, 0, n);
        yBar[n] = spendingPropensity * exogenousWagesYen;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int j = 0; j <= n; j++) {
                s += closedInverse[i][j] * yBar[j];
            }
            x[i] = s;
        }
        return x;
    }

    /** Persons employed by sector for output in JPY/yr. */
    public double[] jobs(double[] outputYenPerYear) {
        check(outputYenPerYear);
        double[] jobs = new double[outputYenPerYear.length];
        for (int i = 0; i < jobs.length; i++) {
            jobs[i] = table.employmentCoefficient(i) * outputYenPerYear[i] / 1.0e6;
        }
        return jobs;
    }

    /** Direct, indirect ((L - I) y) and induced (Type II - Type I) output and jobs of a spending vector. */
    public Result evaluate(double[] finalDemandYen, double exogenousWagesYen) {
        double[] typeI = typeIOutput(finalDemandYen);
        double[] typeII = typeIIOutput(finalDemandYen, exogenousWagesYen);
        int n = table.size();
        double[] indirect = new double[n];
        double[] induced = new double[n];
        for (int i = 0; i < n; i++) {
            indirect[i] = typeI[i] - finalDemandYen[i];
            induced[i] = typeII[i] - typeI[i];
        }
        return new Result(finalDemandYen.clone(), indirect, induced, jobs(finalDemandYen), jobs(indirect), jobs(induced));
    }

    /** Type I output multiplier of sector j: column sum of L (JPY of domestic output per JPY of final demand). */
    public double typeIOutputMultiplier(int j) {
        double s = 0.0;
        for (double[] row : leontief) {
            s += row[j];
        }
        return s;
    }

    /** Type II output multiplier of sector j (sectors only, household row excluded). */
    public double typeIIOutputMultiplier(int j) {
        double s = 0.0;
        for (int i = 0; i < table.size(); i++) {
            s += closedInverse[i][j];
        }
        return s;
    }

    /**
     * Persons employed in the whole economy per million JPY/yr of final demand for sector j, Type I: sum_i e_i L_ij
     * (e = employment coefficients, persons per million JPY of annual output; 2015 yen).
     */
    public double typeIJobsPerMillionYen(int j) {
        return weightedColumnSum(leontief, table.employmentCoefficients(), j);
    }

    /** As {@link #typeIJobsPerMillionYen(int)} with households closed (Type II): sum_i e_i Lbar_ij, sectors only. */
    public double typeIIJobsPerMillionYen(int j) {
        return weightedColumnSum(closedInverse, table.employmentCoefficients(), j);
    }

    /** Type I employment multiplier of sector j: e.L_.j / e_j (jobs in the economy per job in the sector); NaN when e_j = 0. */
    public double typeIEmploymentMultiplier(int j) {
        return perOwn(typeIJobsPerMillionYen(j), table.employmentCoefficient(j));
    }

    /** Type II employment multiplier of sector j: e.Lbar_.j / e_j; NaN when e_j = 0. */
    public double typeIIEmploymentMultiplier(int j) {
        return perOwn(typeIIJobsPerMillionYen(j), table.employmentCoefficient(j));
    }

    /**
     * Type I income multiplier of sector j: v.L_.j / v_j (compensation of employees in the economy per JPY of the
     * sector's own compensation; v = compensation ratios). Equal to the employment multiplier when e is
     * proportional to v (one wage for all sectors, as the bundled tables derive e). NaN when v_j = 0.
     */
    public double typeIIncomeMultiplier(int j) {
        return perOwn(weightedColumnSum(leontief, table.compensationRatios(), j), table.compensationRatio(j));
    }

    /** Type II income multiplier of sector j: v.Lbar_.j / v_j, sectors only; NaN when v_j = 0. */
    public double typeIIIncomeMultiplier(int j) {
        return perOwn(weightedColumnSum(closedInverse, table.compensationRatios(), j), table.compensationRatio(j));
    }

    /** A multiplier: effect / own effect, undefined (NaN) for a sector with no own employees (office supplies). */
    private static double perOwn(double effect, double own) {
        return own > 0 ? effect / own : Double.NaN;
    }

    /** sum_i w_i m[i][j] over the table's sectors (a closed inverse's household row is left out). */
    private double weightedColumnSum(double[][] m, double[] weights, int j) {
        double s = 0.0;
        for (int i = 0; i < table.size(); i++) {
            s += weights[i] * m[i][j];
        }
        return s;
    }

    private void check(double[] v) {
        if (v.length != table.size()) {
            throw new IllegalArgumentException("vector has " + v.length + " entries, the IO table " + table.size());
        }
    }

    /**
     * Output (JPY/yr) and jobs (persons) by sector: direct (the spending vector itself), indirect (supply chain,
     * (L - I) y) and induced (household spending of the wages, Type II - Type I).
     */
    public record Result(double[] directOutput, double[] indirectOutput, double[] inducedOutput,
                         double[] directJobs, double[] indirectJobs, double[] inducedJobs) {

        public static double sum(double[] v) {
            double s = 0.0;
            for (double x : v) {
                s += x;
            }
            return s;
        }
    }
}
