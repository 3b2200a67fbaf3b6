package kozan.model.accounts;

import kozan.model.supply.SupplierLabour;

import kozan.scenario.io.IoTable;

/**
 * The simulation side of {@code mode: IO_PARITY} (docs/model.md 7.7): spending ripples through the domestic IO chain one
 * round per month, with no capacity or labour constraint and fixed prices. Orders a sector receives this month are
 * produced this month; the intermediate inputs that output needs (A_d x) become orders next month, and the wages it
 * pays (compensation ratio x output) are spent next month on domestic consumption (share_i x (1 - m_i)).
 *
 * <p>Two streams are tracked: the Type I stream without household spending and the Type II stream with it, so
 * indirect = TypeI - direct and induced = TypeII - TypeI. With a constant spending vector both converge
 * geometrically to the Leontief results ({@code L y} and the household-closed inverse), which the parity test
 * compares with an independent commons-math3 LU computation. Flows are JPY (2025) per month; jobs use the annualised
 * rate and the table's deflator kappa (2015 yen per 2025 yen).
 */
public final class IoParity {
    private final IoTable table;
    private final double spendingPropensity;
    private final int n;
    private double[] typeI;
    private double[] typeII;
    private double householdSpendingYen;
    private double[] direct;

    /**
     * @param table              IO table (domestic coefficients, employment coefficients, consumption shares)
     * @param spendingPropensity share of wages households spend on domestic consumption (the scenario's consumption propensity: the table is national, so no local share), in [0, 1]
     */
    public IoParity(IoTable table, double spendingPropensity) {
        if (!(spendingPropensity >= 0 && spendingPropensity <= 1)) {
            throw new IllegalArgumentException("spending propensity must be in [0, 1], got " + spendingPropensity);
        }
        this.table = table;
        this.spendingPropensity = spendingPropensity;
        this.n = table.size();
        this.typeI = new double[n];
        this.typeII = new double[n];
        this.direct = new double[n];
    }

    /**
     * One month.
     *
     * @param directSpendingYenPerMonth orders placed this month by the simulated agents, by IO sector (JPY/month)
     * @param exogenousWagesYenPerMonth wages the simulated agents pay outside those orders (e.g. mine payroll), JPY/month
     */
    public void step(double[] directSpendingYenPerMonth, double exogenousWagesYenPerMonth) {
        if (directSpendingYenPerMonth.length != n) {
            throw new IllegalArgumentException("spending vector has " + directSpendingYenPerMonth.length
                    + " entries, the IO table " + n);
        }
        double[] nextI = directSpendingYenPerMonth.clone();
        double[] nextII = directSpendingYenPerMonth.clone();
        for (int i = 0; i < n; i++) {
            double ordersI = 0.0;
            double ordersII = 0.0;
            for (int j = 0; j < n; j++) {
                ordersI += table.aDomestic(i, j) * typeI[j];
                ordersII += table.aDomestic(i, j) * typeII[j];
            }
            nextI[i] += ordersI;
            nextII[i] += ordersII
                    + table.householdConsumptionShare(i) * (1.0 - table.importCoefficient(i)) * householdSpendingYen;
        }
        double wages = exogenousWagesYenPerMonth;
        for (int j = 0; j < n; j++) {
            wages += table.compensationRatio(j) * nextII[j];
        }
        // wages earned this month are spent next month
        householdSpendingYen = spendingPropensity * wages;
        typeI = nextI;
        typeII = nextII;
        direct = directSpendingYenPerMonth.clone();
    }

    /** Output this month triggered by the spending vector itself, JPY/month by sector. */
    public double[] directOutputYenPerMonth() {
        return direct.clone();
    }

    /** Supply-chain output beyond the direct orders (Type I - direct), JPY/month by sector. */
    public double[] indirectOutputYenPerMonth() {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = typeI[i] - direct[i];
        }
        return v;
    }

    /** Output from household spending of the wages (Type II - Type I), JPY/month by sector. */
    public double[] inducedOutputYenPerMonth() {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = typeII[i] - typeI[i];
        }
        return v;
    }

    /** Persons employed by the direct orders (annualised output x employment coefficient). */
    public double directJobs() {
        return jobs(directOutputYenPerMonth());
    }

    public double indirectJobs() {
        return jobs(indirectOutputYenPerMonth());
    }

    public double inducedJobs() {
        return jobs(inducedOutputYenPerMonth());
    }

    /**
     * Persons by sector for a monthly output vector (JPY 2025): employment coefficient (per million 2015 JPY/yr) x
     * kappa x annualised output.
     */
    public double[] jobsBySector(double[] outputYenPerMonth) {
        double[] jobs = new double[n];
        for (int i = 0; i < n; i++) {
            // not SupplierLabour.workers: induced output may be slightly negative in sectors with negative
            // household consumption (scrap sold by households), and must be counted as such for parity
            jobs[i] = table.employmentCoefficient(i) * table.deflator2015To2025() * 12.0 * outputYenPerMonth[i] / 1.0e6;
        }
        return jobs;
    }

    private double jobs(double[] outputYenPerMonth) {
        double s = 0.0;
        for (double j : jobsBySector(outputYenPerMonth)) {
            s += j;
        }
        return s;
    }
}
