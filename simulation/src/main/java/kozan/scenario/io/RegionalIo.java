package kozan.scenario.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The interregional IO model over the scenario's regions (docs/io-and-labour.md "Where the jobs are";
 * docs/design/jobs-issue-13.md section 2.3): a Chenery-Moses system whose own-region shares are FLQ regional purchase
 * coefficients and whose leakage goes to the other regions by gravity.
 *
 * <pre>
 * SLQ_i^r  = (E_i^r / E^r) / (E_i^N / E^N)          E = persons engaged ({@link RegionalIoEmployment})
 * lambda^r = [log2(1 + E^r / E^N)]^delta
 * RPC_ij^r = min(1, SLQ_i^r / SLQ_j^r * lambda^r)    (i = j: SLQ_i^r * lambda^r; households: SLQ_h = 1)
 * g_i^sr   = E_i^s d(r,s)^-beta / sum_{s' != r} E_i^s' d(r,s')^-beta      leakage of region r's buyers to s
 * A^rr     = A_d (.) RPC^r,   A^sr = diag(g^sr) (A_d (.) (1 - RPC^r))     so sum_s A^sr = A_d column by column
 * </pre>
 *
 * Type II adds one household per region: household r earns the compensation ratio v_j of output in r plus the
 * exogenous income, spends the consumption propensity alpha of it on c_i = s_i (1 - m_i), locally by the household
 * RPC and elsewhere by g. Summed over regions every balance is the national one, so national results equal the
 * national (Type I or household-closed) Leontief result. Where no other region produces a sector (one region, or no
 * employment elsewhere), the leakage has nowhere to go and the purchase stays local.
 *
 * <p>Built once per scenario load (cheap: the coefficients); the LU decomposition of I - A_MR is made on the first
 * solve and reused, so a month's Type I solve is a forward and a back substitution (2 (R n)^2 multiply-adds), and
 * Type II adds R n more (households closed through the Schur complement, {@link #closed}). Immutable and thread-safe; shared by
 * replications. Money: any consistent unit (the model passes constant 2025 JPY); coefficients are shares.
 */
public final class RegionalIo implements InterregionalIo {

    /** FLQ delta (Flegg & Webber 1997's usual starting value; labelled choice, docs/io-and-labour.md). */
    public static final double DEFAULT_FLQ_DELTA = 0.3;
    /** Distance elasticity beta of the gravity rule (assumption near Disdier & Head 2008's ~0.9). */
    public static final double DEFAULT_DISTANCE_ELASTICITY = 1.0;
    /**
     * Distances are floored here (km; assumption): centres closer than about a city's size say nothing about trade
     * costs, and regions that share a centre (the default lat/lon) must not divide by zero.
     */
    public static final double MIN_DISTANCE_KM = 10.0;
    /** Mean Earth radius, km (IUGG). */
    static final double EARTH_RADIUS_KM = 6371.0;

    /** A scenario region as the model sees it: centre (degrees), JIS prefecture codes, working-age population. */
    public record Region(String id, double latDeg, double lonDeg, List<Integer> prefectures, double workingAgePopulation) {
        public Region {
            prefectures = prefectures == null ? List.of() : List.copyOf(prefectures);
        }
    }

    /**
     * @param flqDelta              delta of the FLQ, >= 0 (0 gives the CILQ)
     * @param distanceElasticity    beta, >= 0
     * @param consumptionPropensity alpha, share of household income spent
     * @param miningSector          table index of mine output: the default buyer, and the K2 mining column
     * @param equipmentSector       table index the K2 production-machinery column stands for
     * @param engineeringSector     table index the K2 technical-services column stands for
     * @param processingSector      table index the K2 non-ferrous column stands for
     */
    public record Parameters(double flqDelta, double distanceElasticity, double consumptionPropensity, int miningSector,
            int equipmentSector, int engineeringSector, int processingSector) {
    }

    private final IoTable table;
    private final List<Region> regions;
    private final Parameters parameters;
    private final RegionalIoEmployment employment;
    private final int n;
    private final int regionCount;
    private final double[] lambda;
    private final double[][] slq;
    private final double[][] distanceKm;
    private final double[][] distanceWeight;
    /** g[r][s][i]: share of region r's leakage in sector i that region s supplies (0 for s = r). */
    private final double[][][] gravity;
    /** Whether some other region produces sector i for region r's buyers. */
    private final boolean[][] leakageHasDestination;
    /** {@link #memo}: results kept for the model's life, shared by every run and thread of the scenario. */
    private final java.util.concurrent.ConcurrentHashMap<Object, double[][][]> memo = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile RegionalIoLu typeI;
    private volatile Closure closure;

    private RegionalIo(IoTable table, List<Region> regions, Parameters p, RegionalIoEmployment employment) {
        if (!(p.flqDelta() >= 0) || !(p.distanceElasticity() >= 0) || !(p.consumptionPropensity() >= 0)) {
            throw new IllegalArgumentException("regional IO: delta, beta and alpha must be >= 0, got " + p);
        }
        this.table = table;
        this.regions = List.copyOf(regions);
        this.parameters = p;
        this.employment = employment;
        this.n = table.size();
        this.regionCount = regions.size();
        if (employment.regionCount() != regionCount || employment.sectorCount() != n) {
            throw new IllegalArgumentException("regional IO: employment is " + employment.regionCount() + "x"
                    + employment.sectorCount() + ", expected " + regionCount + "x" + n);
        }
        double national = 0;
        double[] sectorNational = new double[n];
        for (int r = 0; r < regionCount; r++) {
            national += employment.regionPersons(r);
            for (int i = 0; i < n; i++) {
                sectorNational[i] += employment.sectorPersons(r, i);
            }
        }
        lambda = new double[regionCount];
        slq = new double[regionCount][n];
        double[][] size = new double[regionCount][n];
        for (int r = 0; r < regionCount; r++) {
            double share = employment.regionPersons(r) / national;
            lambda[r] = Math.pow(Math.log1p(share) / Math.log(2.0), p.flqDelta());
            for (int i = 0; i < n; i++) {
                boolean data = employment.hasData(i) && sectorNational[i] > 0;
                slq[r][i] = data ? (employment.sectorPersons(r, i) / employment.regionPersons(r)) / (sectorNational[i] / national) : 1.0;
                size[r][i] = data ? employment.sectorPersons(r, i) : employment.regionPersons(r);
            }
        }
        distanceKm = new double[regionCount][regionCount];
        distanceWeight = new double[regionCount][regionCount];
        for (int r = 0; r < regionCount; r++) {
            for (int s = 0; s < regionCount; s++) {
                distanceKm[r][s] = greatCircleKm(regions.get(r), regions.get(s));
                distanceWeight[r][s] = Math.pow(Math.max(distanceKm[r][s], MIN_DISTANCE_KM), -p.distanceElasticity());
            }
        }
        gravity = new double[regionCount][regionCount][n];
        leakageHasDestination = new boolean[regionCount][n];
        for (int r = 0; r < regionCount; r++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int s = 0; s < regionCount; s++) {
                    if (s != r) {
                        sum += size[s][i] * distanceWeight[r][s];
                    }
                }
                leakageHasDestination[r][i] = sum > 0;
                for (int s = 0; s < regionCount; s++) {
                    gravity[r][s][i] = s != r && sum > 0 ? size[s][i] * distanceWeight[r][s] / sum : 0.0;
                }
            }
        }
    }

    /** The model for these regions, with K2 employment where the regions map to prefectures (else SLQ = 1). */
    public static RegionalIo of(IoTable table, List<Region> regions, Parameters p) {
        Map<RegionalIoEmployment.Column, Integer> columns = new EnumMap<>(RegionalIoEmployment.Column.class);
        columns.put(RegionalIoEmployment.Column.MINING, p.miningSector());
        columns.put(RegionalIoEmployment.Column.PRODUCTION_MACHINERY, p.equipmentSector());
        columns.put(RegionalIoEmployment.Column.NONFERROUS, p.processingSector());
        columns.put(RegionalIoEmployment.Column.TECHNICAL_SERVICES, p.engineeringSector());
        double[] workingAge = regions.stream().mapToDouble(Region::workingAgePopulation).toArray();
        RegionalIoEmployment employment = RegionalIoEmployment.forRegions(
                regions.stream().map(Region::prefectures).toList(), workingAge, table.size(), columns);
        return new RegionalIo(table, regions, p, employment);
    }

    /** The model with given employment (tests, other data). */
    public static RegionalIo of(IoTable table, List<Region> regions, Parameters p, RegionalIoEmployment employment) {
        return new RegionalIo(table, regions, p, employment);
    }

    /** Whether this model was built for these regions and parameters (a scenario changed in code needs a new one). */
    public boolean builtFor(IoTable table, List<Region> regions, Parameters p) {
        return this.table.equals(table) && this.regions.equals(regions) && this.parameters.equals(p);
    }

    @Override
    public int regionCount() {
        return regionCount;
    }

    @Override
    public int sectorCount() {
        return n;
    }

    public IoTable table() {
        return table;
    }

    public List<Region> regions() {
        return regions;
    }

    public Parameters parameters() {
        return parameters;
    }

    public RegionalIoEmployment employment() {
        return employment;
    }

    /** lambda^r = [log2(1 + E^r/E^N)]^delta. */
    public double lambda(int r) {
        return lambda[r];
    }

    /** Simple location quotient of sector i in region r (1 where the sector has no regional data). */
    public double slq(int r, int i) {
        return slq[r][i];
    }

    /**
     * Regional purchase coefficient: the share of what a buyer of sector {@code buyerSector} in region r buys from
     * sector i that region r supplies, min(1, FLQ). A buyer sector absent from the region (SLQ 0) is taken at SLQ 1.
     */
    public double rpc(int r, int i, int buyerSector) {
        double buyer = slq[r][buyerSector] > 0 ? slq[r][buyerSector] : 1.0;
        double lq = i == buyerSector ? slq[r][i] : slq[r][i] / buyer;
        return Math.min(1.0, lq * lambda[r]);
    }

    /** The households' regional purchase coefficient (households are a buyer with SLQ 1): min(1, SLQ_i^r lambda^r). */
    public double householdRpc(int r, int i) {
        return Math.min(1.0, slq[r][i] * lambda[r]);
    }

    /** Great-circle distance between the centres of regions r and s, km. */
    public double distanceKm(int r, int s) {
        return distanceKm[r][s];
    }

    /** max(d(r,s), {@link #MIN_DISTANCE_KM})^-beta, the gravity weight per unit of size, km^-beta. */
    public double distanceWeight(int r, int s) {
        return distanceWeight[r][s];
    }

    /** g_i^sr: share of region r's purchases of sector i from other regions that region s supplies. */
    public double gravityShare(int r, int s, int i) {
        return gravity[r][s][i];
    }

    /** The share region r itself supplies: the RPC, or 1 when no other region produces the sector. */
    double localShare(int r, int i, double rpc) {
        return leakageHasDestination[r][i] ? rpc : 1.0;
    }

    /**
     * Interregional coefficient: JPY of sector i from region s per JPY of output of sector j in region r.
     */
    public double coefficient(int s, int i, int r, int j) {
        double a = table.aDomestic(i, j);
        double local = localShare(r, i, rpc(r, i, j));
        return s == r ? a * local : a * (1.0 - local) * gravity[r][s][i];
    }

    /**
     * Where purchases are produced in the first round: {@code purchases[r][i]} bought by buyers of sector
     * {@code buyerSector} in region r; result [s][i], produced in region s. Sums over regions are kept.
     */
    public double[][] locate(double[][] purchases, int buyerSector) {
        return locate(purchases, (r, i) -> rpc(r, i, buyerSector));
    }

    private interface Rpc {
        double of(int r, int i);
    }

    private double[][] locate(double[][] purchases, Rpc rpc) {
        check(purchases);
        double[][] out = new double[regionCount][n];
        for (int r = 0; r < regionCount; r++) {
            for (int i = 0; i < n; i++) {
                double y = purchases[r][i];
                if (y == 0) {
                    continue;
                }
                double local = localShare(r, i, rpc.of(r, i));
                out[r][i] += y * local;
                for (int s = 0; s < regionCount; s++) {
                    if (s != r) {
                        out[s][i] += y * (1.0 - local) * gravity[r][s][i];
                    }
                }
            }
        }
        return out;
    }

    /** Type I with the buyers taken as the mining sector (the model's buyers of purchases are mines). */
    @Override
    public double[][] typeIOutput(double[][] purchases) {
        return typeIOutput(purchases, parameters.miningSector());
    }

    /** Type I output [s][i], all rounds, of purchases by buyers of sector {@code buyerSector} located by region. */
    public double[][] typeIOutput(double[][] purchases, int buyerSector) {
        return typeIOutputOfDeliveries(locate(purchases, buyerSector));
    }

    /**
     * Type I output [s][i], all rounds, when {@code deliveries[s][i]} are already located at their producers (e.g.
     * the supplier agents' own output): (I - A_MR)^-1 deliveries; includes the deliveries.
     */
    public double[][] typeIOutputOfDeliveries(double[][] deliveries) {
        check(deliveries);
        return unflatten(typeISolver().solve(flatten(deliveries, 0)));
    }

    /** Type II with the buyers taken as the mining sector. */
    @Override
    public double[][] typeIIOutput(double[][] purchases, double[] exogenousIncome) {
        return typeIIOutput(purchases, parameters.miningSector(), exogenousIncome);
    }

    /** Type II output [s][i] of purchases by buyers of sector {@code buyerSector}, with exogenous income by region. */
    public double[][] typeIIOutput(double[][] purchases, int buyerSector, double[] exogenousIncome) {
        return typeIIOutputOfDeliveries(locate(purchases, buyerSector), exogenousIncome);
    }

    /** Type II output [s][i] of deliveries already located at their producers, with exogenous income by region. */
    public double[][] typeIIOutputOfDeliveries(double[][] deliveries, double[] exogenousIncome) {
        check(deliveries);
        return unflatten(closed(typeISolver().solve(flatten(deliveries, 0)), exogenousIncome));
    }

    @Override
    public double[][][] memo(Object key, java.util.function.Supplier<double[][][]> compute) {
        return memo.computeIfAbsent(key, k -> compute.get());
    }

    /** Both results with one solve, the buyers taken as the mining sector. */
    @Override
    public double[][][] typeIAndIIOutput(double[][] purchases, double[] exogenousIncome) {
        return typeIAndIIOutput(purchases, parameters.miningSector(), exogenousIncome);
    }

    /**
     * Type I and Type II output of the same purchases with one solve: {@code [0]} Type I, {@code [1]} Type II, each
     * [s][i]. For a caller that needs both every month.
     */
    public double[][][] typeIAndIIOutput(double[][] purchases, int buyerSector, double[] exogenousIncome) {
        double[] u = typeISolver().solve(flatten(locate(purchases, buyerSector), 0));
        double[][] typeIOut = unflatten(u);
        return new double[][][] {typeIOut, unflatten(closed(u, exogenousIncome))};
    }

    /**
     * Closes the households on a Type I solution u = (I - A_MR)^-1 f (bordered system, solved by its Schur
     * complement): household spending h solves (I - H Z) h = H u + alpha y_exo, with Z = (I - A_MR)^-1 C, H the
     * household rows (alpha v_j of output in the household's region) and C the household columns; then x = u + Z h.
     * Algebraically the same as (I - A_bar)^-1 [f; alpha y_exo]; costs R n multiply-adds beyond the Type I solve.
     */
    private double[] closed(double[] u, double[] exogenousIncome) {
        if (exogenousIncome.length != regionCount) {
            throw new IllegalArgumentException("regional IO: " + exogenousIncome.length + " incomes for " + regionCount + " regions");
        }
        Closure c = closure();
        double alpha = parameters.consumptionPropensity();
        double[] rhs = new double[regionCount];
        for (int r = 0; r < regionCount; r++) {
            double spending = 0;
            for (int j = 0; j < n; j++) {
                spending += table.compensationRatio(j) * u[r * n + j];
            }
            rhs[r] = alpha * (spending + exogenousIncome[r]);
        }
        double[] h = c.schur.solve(rhs);
        double[] x = u.clone();
        for (int q = 0; q < regionCount; q++) {
            double[] z = c.z[q];
            for (int k = 0; k < x.length; k++) {
                x[k] += z[k] * h[q];
            }
        }
        return x;
    }

    /** Z = (I - A_MR)^-1 C by household column, and the LU of the R x R Schur complement I - H Z. */
    private record Closure(double[][] z, RegionalIoLu schur) {
    }

    private Closure closure() {
        Closure c = closure;
        if (c == null) {
            synchronized (this) {
                if (closure == null) {
                    double[][] m = system(true);
                    int size = regionCount * n;
                    double[][] z = new double[regionCount][];
                    for (int q = 0; q < regionCount; q++) {
                        double[] column = new double[size];
                        for (int k = 0; k < size; k++) {
                            column[k] = m[k][size + q];
                        }
                        z[q] = typeISolver().solve(column);
                    }
                    double[][] schur = new double[regionCount][regionCount];
                    for (int r = 0; r < regionCount; r++) {
                        for (int q = 0; q < regionCount; q++) {
                            double hz = 0;
                            for (int k = 0; k < size; k++) {
                                hz += m[size + r][k] * z[q][k];
                            }
                            schur[r][q] = (r == q ? 1.0 : 0.0) - hz;
                        }
                    }
                    closure = new Closure(z, new RegionalIoLu(schur));
                }
                c = closure;
            }
        }
        return c;
    }

    /** The interregional domestic coefficients, (R n) x (R n), index region * n + sector (tests, reports). */
    public double[][] interregionalCoefficients() {
        return system(false);
    }

    /**
     * The household-closed coefficients, (R n + R) square: rows/columns R n + r are region r's households (row:
     * alpha v_j of output in r; column: c_i located by the household RPC and g).
     */
    public double[][] householdClosedCoefficients() {
        return system(true);
    }

    private double[][] system(boolean households) {
        int size = regionCount * n + (households ? regionCount : 0);
        double[][] m = new double[size][size];
        for (int r = 0; r < regionCount; r++) {
            for (int j = 0; j < n; j++) {
                int col = r * n + j;
                for (int i = 0; i < n; i++) {
                    double a = table.aDomestic(i, j);
                    if (a != 0) {
                        place(m, col, r, i, a, localShare(r, i, rpc(r, i, j)));
                    }
                }
                if (households) {
                    m[regionCount * n + r][col] = parameters.consumptionPropensity() * table.compensationRatio(j);
                }
            }
            if (households) {
                int col = regionCount * n + r;
                for (int i = 0; i < n; i++) {
                    double c = table.householdConsumptionShare(i) * (1.0 - table.importCoefficient(i));
                    if (c != 0) {
                        place(m, col, r, i, c, localShare(r, i, householdRpc(r, i)));
                    }
                }
            }
        }
        return m;
    }

    /** Spreads a coefficient of buyer column col in region r over producing regions: local share, rest by g. */
    private void place(double[][] m, int col, int r, int i, double a, double local) {
        m[r * n + i][col] += a * local;
        for (int s = 0; s < regionCount; s++) {
            if (s != r) {
                m[s * n + i][col] += a * (1.0 - local) * gravity[r][s][i];
            }
        }
    }

    private RegionalIoLu typeISolver() {
        RegionalIoLu s = typeI;
        if (s == null) {
            synchronized (this) {
                if (typeI == null) {
                    typeI = lu(system(false));
                }
                s = typeI;
            }
        }
        return s;
    }

    /** LU of I - m, made once. */
    private static RegionalIoLu lu(double[][] m) {
        for (int k = 0; k < m.length; k++) {
            for (int l = 0; l < m.length; l++) {
                m[k][l] = (k == l ? 1.0 : 0.0) - m[k][l];
            }
        }
        return new RegionalIoLu(m);
    }

    private void check(double[][] byRegion) {
        if (byRegion.length != regionCount) {
            throw new IllegalArgumentException("regional IO: " + byRegion.length + " regions, expected " + regionCount);
        }
        for (double[] row : byRegion) {
            if (row.length != n) {
                throw new IllegalArgumentException("regional IO: " + row.length + " sectors, expected " + n);
            }
        }
    }

    private double[] flatten(double[][] byRegion, int extra) {
        double[] v = new double[regionCount * n + extra];
        for (int r = 0; r < regionCount; r++) {
            System.arraycopy(byRegion[r], 0, v, r * n, n);
        }
        return v;
    }

    private double[][] unflatten(double[] v) {
        double[][] out = new double[regionCount][n];
        for (int r = 0; r < regionCount; r++) {
            System.arraycopy(v, r * n, out[r], 0, n);
        }
        return out;
    }

    /** Haversine distance between two region centres, km. */
    static double greatCircleKm(Region a, Region b) {
        double p1 = Math.toRadians(a.latDeg());
        double p2 = Math.toRadians(b.latDeg());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lonDeg() - a.lonDeg());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    @Override
    public String toString() {
        return "RegionalIo[" + regionCount + " regions x " + n + " sectors, " + parameters + ", " + employment.basis() + "]";
    }
}
