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
    /** Gross value added per JPY of output, by sector (the table's ratios). */
    private final double[] valueAddedPerYen;
    /** The end of every shared response's key: the coefficients the responses' persons and value added use. */
    /** What every shared response of this chain depends on beyond the interregional model (part of each key). */
    private final Coefficients coefficients;
    /** This month's value added of the chain and of household spending, all regions, JPY (2025). */
    private double chainValueAdded;
    private double inducedValueAdded;
    private LabourMarketView filled;
    /** Responses per JPY (see {@link Response}): agents' purchases [r][j], other purchases [r], income [r]; this run's handles on the model's shared ones. */
    private final Response[][] agentResponse;
    private final Response[] otherResponse;
    private final Response[] incomeResponse;

    /** This month's terms: yen times response, {@link #terms} of them. */
    private Response[] termResponse = new Response[16];
    private double[] termYen = new double[16];
    private int terms;
    /** Whether the sector detail below is this month's ({@link #detail}). */
    private boolean detailed;
    private final double[][] chainOutput;
    private final double[][] inducedOutput;
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
        this.valueAddedPerYen = table.valueAddedRatios();
        this.coefficients = new Coefficients(personsPerYenMonth, valueAddedPerYen, otherPerYen);
        this.agentResponse = new Response[regions][n];
        this.otherResponse = new Response[regions];
        this.incomeResponse = new Response[regions];
        this.chainOutput = new double[regions][n];
        this.inducedOutput = new double[regions][n];
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
        terms = 0;
        detailed = false;
        java.util.Arrays.fill(chainPersons, 0.0);
        java.util.Arrays.fill(inducedPersons, 0.0);
        chainValueAdded = 0.0;
        inducedValueAdded = 0.0;
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
                add(exogenousIncomeYen[r], incomeResponse(r));
            }
        }
    }

    /**
     * Adds yen x a response to the month: the persons wanted by region now (the labour markets need them every
     * month); the output and persons by sector only when someone reads them ({@link #detail}).
     */
    private void add(double yen, Response response) {
        if (terms == termYen.length) {
            termYen = java.util.Arrays.copyOf(termYen, 2 * terms);
            termResponse = java.util.Arrays.copyOf(termResponse, 2 * terms);
        }
        termYen[terms] = yen;
        termResponse[terms++] = response;
        for (int s = 0; s < regions; s++) {
            chainPersons[s] += yen * response.chainPersons[s];
            inducedPersons[s] += yen * response.inducedPersons[s];
        }
        chainValueAdded += yen * response.chainValueAdded();
        inducedValueAdded += yen * response.inducedValueAdded();
    }

    /** Value added of this month's chain output, all regions: sum of value-added ratio x output, JPY (2025). */
    public double chainValueAddedYen() {
        return chainValueAdded;
    }

    /** Value added of this month's induced output, all regions, JPY (2025). */
    public double inducedValueAddedYen() {
        return inducedValueAdded;
    }

    /** This month's output by region and sector, from the month's terms (once a month, on the first read). */
    private void detail() {
        if (detailed) {
            return;
        }
        for (int s = 0; s < regions; s++) {
            java.util.Arrays.fill(chainOutput[s], 0.0);
            java.util.Arrays.fill(inducedOutput[s], 0.0);
        }
        for (int t = 0; t < terms; t++) {
            double yen = termYen[t];
            Response response = termResponse[t];
            for (int s = 0; s < regions; s++) {
                double[] chain = chainOutput[s];
                double[] induced = inducedOutput[s];
                double[] typeI = response.chainOutput[s];
                double[] typeIIMinusI = response.inducedOutput[s];
                for (int i = 0; i < n; i++) {
                    chain[i] += yen * typeI[i];
                    induced[i] += yen * typeIIMinusI[i];
                }
            }
        }
        detailed = true;
    }

    private Response agentResponse(int r, int j) {
        if (agentResponse[r][j] == null) {
            agentResponse[r][j] = shared("agent purchases of sector " + j + " in region " + r, () -> {
                double[][] p = new double[regions][n];
                for (int i = 0; i < n; i++) {
                    p[r][i] = table.aDomestic(i, j);
                }
                return io.typeIAndIIOutput(p, new double[regions]);
            });
        }
        return agentResponse[r][j];
    }

    private Response otherResponse(int r) {
        if (otherResponse[r] == null) {
            otherResponse[r] = shared("other purchases in region " + r, () -> {
                double[][] p = new double[regions][n];
                p[r] = otherPerYen.clone();
                return io.typeIAndIIOutput(p, new double[regions]);
            });
        }
        return otherResponse[r];
    }

    private Response incomeResponse(int r) {
        if (incomeResponse[r] == null) {
            incomeResponse[r] = shared("income in region " + r, () -> {
                double[] w = new double[regions];
                w[r] = 1.0;
                return new double[][][] {new double[regions][n], io.typeIIOutput(new double[regions][n], w)};
            });
        }
        return incomeResponse[r];
    }

    /**
     * A response the interregional model keeps for every run of the scenario ({@link InterregionalIo#memo}): the key
     * names the vector and the region; the table's deflator and employment coefficients, which the persons use,
     * are the scenario's, so they are in the key too.
     */
    private Response shared(String what, java.util.function.Supplier<double[][][]> solve) {
        double[][][] r = io.memo(new ResponseKey(what, coefficients),
                () -> Response.of(solve.get(), personsPerYenMonth, valueAddedPerYen));
        return new Response(r);
    }

    /** Key of a shared response: which vector and region, and the coefficients the persons and value added use. */
    private record ResponseKey(String what, Coefficients coefficients) {
    }

    /**
     * Persons per JPY-month and value added per JPY by sector, and the other-purchase split q, compared by content
     * (a record of arrays would compare references); the hash is taken once, since every run builds a new chain.
     */
    private static final class Coefficients {
        private final double[] persons;
        private final double[] valueAdded;
        private final double[] otherPurchases;
        private final int hash;

        Coefficients(double[] persons, double[] valueAdded, double[] otherPurchases) {
            this.persons = persons.clone();
            this.valueAdded = valueAdded.clone();
            this.otherPurchases = otherPurchases.clone();
            this.hash = java.util.Objects.hash(java.util.Arrays.hashCode(persons), java.util.Arrays.hashCode(valueAdded),
                    java.util.Arrays.hashCode(otherPurchases));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Coefficients c && java.util.Arrays.equals(persons, c.persons)
                    && java.util.Arrays.equals(valueAdded, c.valueAdded)
                    && java.util.Arrays.equals(otherPurchases, c.otherPurchases);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The model's response to one JPY of one vector: chain output (Type I) and induced output (Type II - Type I) by
     * producing region and sector, JPY, the persons they want by region, and their value added (all regions, JPY).
     * Immutable once built.
     */
    private record Response(double[][] chainOutput, double[][] inducedOutput, double[] chainPersons, double[] inducedPersons,
                            double chainValueAdded, double inducedValueAdded) {

        Response(double[][][] packed) {
            this(packed[0], packed[1], packed[2][0], packed[2][1], packed[2][2][0], packed[2][2][1]);
        }

        /**
         * Packs {Type I, Type II} with the persons and value added per JPY by sector into {chain, induced, {persons
         * chain, persons induced, {value added chain, value added induced}}}.
         */
        static double[][][] of(double[][][] typeIAndII, double[] personsPerYen, double[] valueAddedPerYen) {
            double[][] typeI = typeIAndII[0];
            double[][] typeII = typeIAndII[1];
            int regions = typeI.length;
            double[][] induced = new double[regions][];
            double[] chainPersons = new double[regions];
            double[] inducedPersons = new double[regions];
            double[] valueAdded = new double[2];
            for (int s = 0; s < regions; s++) {
                induced[s] = new double[typeI[s].length];
                for (int i = 0; i < induced[s].length; i++) {
                    induced[s][i] = typeII[s][i] - typeI[s][i];
                    chainPersons[s] += personsPerYen[i] * typeI[s][i];
                    inducedPersons[s] += personsPerYen[i] * induced[s][i];
                    valueAdded[0] += valueAddedPerYen[i] * typeI[s][i];
                    valueAdded[1] += valueAddedPerYen[i] * induced[s][i];
                }
            }
            return new double[][][] {typeI, induced, {chainPersons, inducedPersons, valueAdded}};
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
        detail();
        return chainOutput[region][sector];
    }

    @Override
    public double inducedOutputYen(int region, int sector) {
        detail();
        return inducedOutput[region][sector];
    }

    @Override
    public double chainJobs(int region, int sector) {
        return chainJobsWanted(region, sector) * fill(filled == null ? 0.0 : filled.indirectJobs(region), chainPersons[region]);
    }

    @Override
    public double inducedJobs(int region, int sector) {
        return inducedJobsWanted(region, sector) * fill(filled == null ? 0.0 : filled.inducedJobs(region), inducedPersons[region]);
    }

    /** Filled / wanted of a region's pool; 0 when nothing is wanted. */
    static double fill(double filledPersons, double wantedPersons) {
        return wantedPersons > 0.0 ? filledPersons / wantedPersons : 0.0;
    }

    /** Jobs wanted in the region and sector this month (before labour-market limits), persons. */
    public double chainJobsWanted(int region, int sector) {
        detail();
        return personsPerYenMonth[sector] * chainOutput[region][sector];
    }

    /** Induced jobs wanted in the region and sector this month, persons. */
    public double inducedJobsWanted(int region, int sector) {
        detail();
        return personsPerYenMonth[sector] * inducedOutput[region][sector];
    }
}
