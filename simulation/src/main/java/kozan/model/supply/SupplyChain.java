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
 *   <li>y_O[r] = o_r x q: what the mines of region r bought at home that no agent makes: o_r JPY/month spent, split
 *       over the IO sectors by the fixed vector q (domestic JPY per JPY spent, {@link #otherPurchasePerYen}),</li>
 *   <li>W[r]: labour income paid in region r outside the IO chain (JPY/month),</li>
 * </ul>
 * chain output = TypeI(A_d y_S + y_O) = L A_d y_S + L y_O: the agents' own purchases start the chain, so the agents'
 * output, whose jobs the agents count, is never produced twice. Induced output = TypeII - TypeI of the same
 * purchases with W as exogenous household income. Jobs wanted = e_i x kappa x 12 x output / 10^6 (e persons per
 * million 2015 JPY/yr, kappa 2015 yen per 2025 yen). Filled jobs by sector = wanted x the region pool's fill
 * (filled / wanted) that the labour market reports.
 *
 * <p>Cost: the purchases are a few scalars a month times fixed vectors (A_d column j per JPY of an agent's output in
 * sector j, q per JPY of other purchases, one JPY of income), so the model's response to each (region, vector) is
 * solved once, when first needed, and a month is a sum of a few cached responses (design 6.2 benchmark).
 */
public final class SupplyChain implements SupplyChainView, ChainDemand {

    private final IoTable table;
    private final InterregionalIo io;
    private final int regions;
    private final int n;
    /** Domestic purchases per JPY of the mines' other purchases, by sector (q). */
    private final double[] otherPerYen;
    /** Persons wanted per JPY (2025) of monthly output, by sector: e_i kappa 12 / 10^6. */
    private final double[] personsPerYenMonth;
    private LabourMarketView filled;
    /** Cached responses {Type I, Type II} [s][i] per JPY: agents' purchases [r][j], other purchases [r], income [r]. */
    private final double[][][][][] agentResponse;
    private final double[][][][] otherResponse;
    private final double[][][] incomeResponse;

    private final double[][] chainOutput;
    private final double[][] inducedOutput;
    private final double[][] chainWanted;
    private final double[][] inducedWanted;
    private final double[] chainPersons;
    private final double[] inducedPersons;

    /**
     * @param table               the scenario's IO table (A_d, employment coefficients, kappa)
     * @param io                  the interregional model over the scenario's regions, built once at load
     * @param otherPurchasePerYen q: domestic purchases by sector per JPY of the mines' other purchases
     */
    public SupplyChain(IoTable table, InterregionalIo io, double[] otherPurchasePerYen) {
        if (io.sectorCount() != table.size() || otherPurchasePerYen.length != table.size()) {
            throw new IllegalArgumentException("interregional IO has " + io.sectorCount() + " sectors, the table "
                    + table.size() + ", the other-purchase split " + otherPurchasePerYen.length);
        }
        this.table = table;
        this.io = io;
        this.regions = io.regionCount();
        this.n = table.size();
        this.otherPerYen = otherPurchasePerYen.clone();
        this.personsPerYenMonth = new double[n];
        for (int i = 0; i < n; i++) {
            personsPerYenMonth[i] = table.employmentCoefficient(i) * table.deflator2015To2025() * 12.0 / 1.0e6;
        }
        this.agentResponse = new double[regions][n][][][];
        this.otherResponse = new double[regions][][][];
        this.incomeResponse = new double[regions][][];
        this.chainOutput = new double[regions][n];
        this.inducedOutput = new double[regions][n];
        this.chainWanted = new double[regions][n];
        this.inducedWanted = new double[regions][n];
        this.chainPersons = new double[regions];
        this.inducedPersons = new double[regions];
    }

    /**
     * q_i = a_hat_i (1 - m_i): the mining column of A normalised to 1 over the sectors other than {@code excluded}
     * (the agents' sectors, which their orders serve), times the domestic share. JPY bought at home by sector per JPY
     * of the mines' other purchases.
     */
    public static double[] otherPurchasePerYen(IoTable table, int mining, int... excluded) {
        int n = table.size();
        boolean[] out = new boolean[n];
        for (int e : excluded) {
            out[e] = true;
        }
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            if (!out[i]) {
                total += table.a(i, mining);
            }
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            if (!out[i] && total > 0) {
                v[i] = table.a(i, mining) / total * (1.0 - table.importCoefficient(i));
            }
        }
        return v;
    }

    /** The labour market whose INDIRECT and INDUCED pools staff the jobs wanted (null: filled = 0). */
    public void fillFrom(LabourMarketView labour) {
        this.filled = labour;
    }

    /**
     * One month's accounting.
     *
     * @param agentOutputYen     y_S[region][sector]: output the supplier agents delivered, JPY (2025)/month
     * @param otherPurchasesYen  o[region]: the mines' other purchases, JPY (2025)/month, split by q
     * @param exogenousIncomeYen W[region]: labour income paid outside the IO chain, JPY (2025)/month
     */
    public void compute(double[][] agentOutputYen, double[] otherPurchasesYen, double[] exogenousIncomeYen) {
        if (agentOutputYen.length != regions || otherPurchasesYen.length != regions
                || exogenousIncomeYen.length != regions) {
            throw new IllegalArgumentException("flows have " + agentOutputYen.length + ", " + otherPurchasesYen.length
                    + " and " + exogenousIncomeYen.length + " regions, expected " + regions);
        }
        for (int s = 0; s < regions; s++) {
            java.util.Arrays.fill(chainOutput[s], 0.0);
            java.util.Arrays.fill(inducedOutput[s], 0.0);
        }
        for (int r = 0; r < regions; r++) {
            double[] yS = agentOutputYen[r];
            if (yS.length != n) {
                throw new IllegalArgumentException("agent output has " + yS.length + " sectors, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                if (yS[j] != 0.0) {
                    // the agents' own purchases A_d[:, j] y_S: the chain's first round beyond the agents
                    add(yS[j], agentResponse(r, j));
                }
            }
            if (otherPurchasesYen[r] != 0.0) {
                add(otherPurchasesYen[r], otherResponse(r));
            }
            if (exogenousIncomeYen[r] != 0.0) {
                add(exogenousIncomeYen[r], new double[][][] {null, incomeResponse(r)});
            }
        }
        for (int r = 0; r < regions; r++) {
            double chain = 0.0;
            double induced = 0.0;
            for (int i = 0; i < n; i++) {
                chainWanted[r][i] = personsPerYenMonth[i] * chainOutput[r][i];
                inducedWanted[r][i] = personsPerYenMonth[i] * inducedOutput[r][i];
                chain += chainWanted[r][i];
                induced += inducedWanted[r][i];
            }
            chainPersons[r] = chain;
            inducedPersons[r] = induced;
        }
    }

    /** Adds yen x a cached response: Type I to the chain, Type II - Type I to the induced output. */
    private void add(double yen, double[][][] response) {
        double[][] typeI = response[0];
        double[][] typeII = response[1];
        for (int s = 0; s < regions; s++) {
            for (int i = 0; i < n; i++) {
                double x1 = typeI == null ? 0.0 : typeI[s][i];
                chainOutput[s][i] += yen * x1;
                inducedOutput[s][i] += yen * (typeII[s][i] - x1);
            }
        }
    }

    private double[][][] agentResponse(int r, int j) {
        if (agentResponse[r][j] == null) {
            double[][] p = new double[regions][n];
            for (int i = 0; i < n; i++) {
                p[r][i] = table.aDomestic(i, j);
            }
            agentResponse[r][j] = io.typeIAndIIOutput(p, new double[regions]);
        }
        return agentResponse[r][j];
    }

    private double[][][] otherResponse(int r) {
        if (otherResponse[r] == null) {
            double[][] p = new double[regions][n];
            p[r] = otherPerYen.clone();
            otherResponse[r] = io.typeIAndIIOutput(p, new double[regions]);
        }
        return otherResponse[r];
    }

    private double[][] incomeResponse(int r) {
        if (incomeResponse[r] == null) {
            double[] w = new double[regions];
            w[r] = 1.0;
            incomeResponse[r] = io.typeIIOutput(new double[regions][n], w);
        }
        return incomeResponse[r];
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
