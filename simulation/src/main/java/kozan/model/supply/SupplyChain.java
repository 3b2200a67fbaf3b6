package kozan.model.supply;

import kozan.model.labour.ChainDemand;
import kozan.model.labour.LabourMarketView;
import kozan.scenario.io.InterregionalIo;
import kozan.scenario.io.IoTable;

/**
 * The supply chain beyond the supplier agents and the household spending it and the simulated payrolls cause
 * (docs/io-and-labour.md section 7, design docs/design/jobs-issue-13.md 1.2-1.3). Each month, from
 * <ul>
 *   <li>y_S[r]: the output the supplier agents of region r delivered, by IO sector (JPY/month),</li>
 *   <li>y_O[r]: what the mines of region r bought at home that no agent makes, by IO sector (JPY/month),</li>
 *   <li>W[r]: labour income paid in region r outside the IO chain (JPY/month),</li>
 * </ul>
 * chain output = TypeI(A_d y_S + y_O) = L A_d y_S + L y_O: the agents' own purchases start the chain, so the agents'
 * output, whose jobs the agents count, is never produced twice. Induced output = TypeII - TypeI of the same
 * purchases with W as exogenous household income. Jobs wanted = e_i x kappa x 12 x output / 10^6 (e persons per
 * million 2015 JPY/yr, kappa 2015 yen per 2025 yen). Filled jobs by sector = wanted x the region pool's fill
 * (filled / wanted) that the labour market reports.
 */
public final class SupplyChain implements SupplyChainView, ChainDemand {

    private final IoTable table;
    private final InterregionalIo io;
    private final int regions;
    private final int n;
    /** Persons wanted per JPY (2025) of monthly output, by sector: e_i kappa 12 / 10^6. */
    private final double[] personsPerYenMonth;
    private LabourMarketView filled;

    private double[][] chainOutput;
    private double[][] inducedOutput;
    private double[][] chainWanted;
    private double[][] inducedWanted;
    private final double[] chainPersons;
    private final double[] inducedPersons;
    /** This month's purchases A_d y_S + y_O [region][sector], reused. */
    private final double[][] purchases;

    /**
     * @param table the scenario's IO table (A_d, employment coefficients, kappa)
     * @param io    the interregional model over the scenario's regions, built once at load
     */
    public SupplyChain(IoTable table, InterregionalIo io) {
        if (io.sectorCount() != table.size()) {
            throw new IllegalArgumentException("interregional IO has " + io.sectorCount() + " sectors, the table "
                    + table.size());
        }
        this.table = table;
        this.io = io;
        this.regions = io.regionCount();
        this.n = table.size();
        this.personsPerYenMonth = new double[n];
        for (int i = 0; i < n; i++) {
            personsPerYenMonth[i] = table.employmentCoefficient(i) * table.deflator2015To2025() * 12.0 / 1.0e6;
        }
        this.chainOutput = new double[regions][n];
        this.inducedOutput = new double[regions][n];
        this.chainWanted = new double[regions][n];
        this.inducedWanted = new double[regions][n];
        this.chainPersons = new double[regions];
        this.inducedPersons = new double[regions];
        this.purchases = new double[regions][n];
    }

    /** The labour market whose INDIRECT and INDUCED pools staff the jobs wanted (null: filled = 0). */
    public void fillFrom(LabourMarketView labour) {
        this.filled = labour;
    }

    /**
     * One month's accounting.
     *
     * @param agentOutputYen     y_S[region][sector]: output the supplier agents delivered, JPY (2025)/month
     * @param otherPurchasesYen  y_O[region][sector]: domestic purchases no agent makes, JPY (2025)/month
     * @param exogenousIncomeYen W[region]: labour income paid outside the IO chain, JPY (2025)/month
     */
    public void compute(double[][] agentOutputYen, double[][] otherPurchasesYen, double[] exogenousIncomeYen) {
        check(agentOutputYen, "agent output");
        check(otherPurchasesYen, "other purchases");
        if (exogenousIncomeYen.length != regions) {
            throw new IllegalArgumentException("exogenous income has " + exogenousIncomeYen.length + " regions, expected "
                    + regions);
        }
        for (int r = 0; r < regions; r++) {
            double[] p = purchases[r];
            System.arraycopy(otherPurchasesYen[r], 0, p, 0, n);
            double[] yS = agentOutputYen[r];
            for (int j = 0; j < n; j++) {
                if (yS[j] != 0.0) {
                    // the agents' own purchases: the chain's first round beyond the agents
                    for (int i = 0; i < n; i++) {
                        p[i] += table.aDomestic(i, j) * yS[j];
                    }
                }
            }
        }
        double[][][] both = io.typeIAndIIOutput(purchases, exogenousIncomeYen.clone());
        double[][] typeI = both[0];
        double[][] typeII = both[1];
        for (int r = 0; r < regions; r++) {
            double chain = 0.0;
            double induced = 0.0;
            for (int i = 0; i < n; i++) {
                chainOutput[r][i] = typeI[r][i];
                inducedOutput[r][i] = typeII[r][i] - typeI[r][i];
                chainWanted[r][i] = personsPerYenMonth[i] * chainOutput[r][i];
                inducedWanted[r][i] = personsPerYenMonth[i] * inducedOutput[r][i];
                chain += chainWanted[r][i];
                induced += inducedWanted[r][i];
            }
            chainPersons[r] = chain;
            inducedPersons[r] = induced;
        }
    }

    private void check(double[][] v, String what) {
        if (v.length != regions) {
            throw new IllegalArgumentException(what + " has " + v.length + " regions, expected " + regions);
        }
        for (double[] row : v) {
            if (row.length != n) {
                throw new IllegalArgumentException(what + " has " + row.length + " sectors, expected " + n);
            }
        }
    }

    // ---- ChainDemand: jobs wanted this month, persons ----

    @Override
    public double indirectPersons(int region) {
        return chainPersons[region];
    }

    @Override
    public double inducedPersons(int region) {
        return inducedPersons[region];
    }

    // ---- SupplyChainView ----

    @Override
    public int sectorCount() {
        return n;
    }

    @Override
    public String sectorCode(int sector) {
        return table.sectorCodes().get(sector);
    }

    @Override
    public double chainOutputYen(int region, int sector) {
        return chainOutput[region][sector];
    }

    @Override
    public double inducedOutputYen(int region, int sector) {
        return inducedOutput[region][sector];
    }

    @Override
    public double chainJobs(int region, int sector) {
        return chainWanted[region][sector] * fill(filled == null ? 0.0 : filled.indirectJobs(region), chainPersons[region]);
    }

    @Override
    public double inducedJobs(int region, int sector) {
        return inducedWanted[region][sector] * fill(filled == null ? 0.0 : filled.inducedJobs(region), inducedPersons[region]);
    }

    /** Filled / wanted of a region's pool; 0 when nothing is wanted. */
    static double fill(double filledPersons, double wantedPersons) {
        return wantedPersons > 0.0 ? filledPersons / wantedPersons : 0.0;
    }

    /** Jobs wanted in the region and sector this month (before labour-market limits), persons. */
    public double chainJobsWanted(int region, int sector) {
        return chainWanted[region][sector];
    }

    /** Induced jobs wanted in the region and sector this month, persons. */
    public double inducedJobsWanted(int region, int sector) {
        return inducedWanted[region][sector];
    }
}
