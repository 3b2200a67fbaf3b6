package kozan.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kozan.scenario.ResolvedInputs;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;

/** The FLQ / Chenery-Moses regional IO model (docs/io-and-labour.md "Where the jobs are"). */
class RegionalIoTest {

    private static Scenario baseline;
    private static RegionalIo io;

    @BeforeAll
    static void load() throws Exception {
        baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml"));
        io = ResolvedInputs.regionalIo(baseline);
    }

    private static int region(String id) {
        for (int r = 0; r < io.regionCount(); r++) {
            if (io.regions().get(r).id().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theLoadedScenarioCarriesTheModelAndReusesIt() {
        assertThat(baseline.resolved().regionalIo()).isNotNull().isSameAs(io);
        assertThat(io.regionCount()).isEqualTo(9);
        assertThat(io.sectorCount()).isEqualTo(37);
        assertThat(io.employment().anyData()).isTrue();
    }

    @Test
    void columnSumsOverProducingRegionsEqualTheDomesticCoefficients() {
        double[][] a = io.interregionalCoefficients();
        int n = io.sectorCount();
        IoTable t = io.table();
        for (int r = 0; r < io.regionCount(); r++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int s = 0; s < io.regionCount(); s++) {
                        sum += a[s * n + i][r * n + j];
                    }
                    assertThat(sum).as("r %d i %d j %d", r, i, j).isCloseTo(t.aDomestic(i, j), within(1e-12));
                }
            }
        }
    }

    /** Purchases spread over regions and sectors: the regional outputs summed over regions equal L y. */
    @Test
    void nationalTypeIOutputIsTheNationalLeontiefResult() {
        int n = io.sectorCount();
        double[][] y = purchases();
        double[] national = new double[n];
        for (double[] row : y) {
            for (int i = 0; i < n; i++) {
                national[i] += row[i];
            }
        }
        double[][] x = io.typeIOutput(y);
        IoTable t = io.table();
        for (int i = 0; i < n; i++) {
            double expected = 0;
            for (int j = 0; j < n; j++) {
                expected += t.leontief(i, j) * national[j];
            }
            double sum = 0;
            for (double[] row : x) {
                sum += row[i];
            }
            assertThat(sum).as("sector %d", i).isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-9));
        }
    }

    /** Type II summed over regions equals the national household-closed inverse, computed here independently. */
    @Test
    void nationalTypeIIOutputIsTheNationalHouseholdClosedResult() {
        int n = io.sectorCount();
        IoTable t = io.table();
        double alpha = baseline.labor().consumptionPropensity();
        double[][] y = purchases();
        double[] income = new double[io.regionCount()];
        double incomeTotal = 0;
        for (int r = 0; r < income.length; r++) {
            income[r] = 1e8 * (r + 1);
            incomeTotal += income[r];
        }
        RealMatrix m = new Array2DRowRealMatrix(n + 1, n + 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.setEntry(i, j, (i == j ? 1 : 0) - t.aDomestic(i, j));
            }
            m.setEntry(i, n, -t.householdConsumptionShare(i) * (1 - t.importCoefficient(i)));
            m.setEntry(n, i, -alpha * t.compensationRatio(i));
        }
        m.setEntry(n, n, 1);
        double[] b = new double[n + 1];
        for (double[] row : y) {
            for (int i = 0; i < n; i++) {
                b[i] += row[i];
            }
        }
        b[n] = alpha * incomeTotal;
        double[] expected = new LUDecomposition(m).getSolver().solve(new ArrayRealVector(b)).toArray();
        double[][] x = io.typeIIOutput(y, income);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double[] row : x) {
                sum += row[i];
            }
            assertThat(sum).as("sector %d", i).isCloseTo(expected[i], within(1e-9 * Math.abs(expected[i])));
        }
        // households close the system: Type II exceeds Type I in every sector with household demand
        double[][] typeI = io.typeIOutput(y);
        assertThat(x[region("kanto")][t.index("66")]).isGreaterThan(typeI[region("kanto")][t.index("66")]);
    }

    @Test
    void regionalPurchaseCoefficientsAreShares() {
        for (int r = 0; r < io.regionCount(); r++) {
            for (int i = 0; i < io.sectorCount(); i++) {
                assertThat(io.householdRpc(r, i)).isBetween(0.0, 1.0);
                for (int j = 0; j < io.sectorCount(); j++) {
                    assertThat(io.rpc(r, i, j)).isBetween(0.0, 1.0);
                }
                double g = 0;
                for (int s = 0; s < io.regionCount(); s++) {
                    g += io.gravityShare(r, s, i);
                }
                assertThat(g).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    /**
     * The design's table (docs/design/jobs-issue-13.md 2.3), recomputed from the bundled K2 data: e.g. Hokkaido has
     * 2,388,597 of 60,759,246 persons, share 0.039313, lambda = log2(1.039313)^0.3 = 0.0556297^0.3 = 0.4204; SLQ
     * mining = (2,151 / 2,388,597) / (19,916 / 60,759,246) = 2.7473; SLQ production machinery = (5,511 / 2,388,597)
     * / (641,275 / 60,759,246) = 0.21861; RPC equipment for mining buyers = 0.21861 / 2.7473 x 0.4204 = 0.03345.
     * Kyushu engineering for mining buyers: 0.98904 / 1.18764 x 0.54468 = 0.4536 (the design's 45.3%).
     */
    @Test
    void baselineCoefficientsMatchTheDesignTable() {
        int hok = region("hokkaido");
        int kyu = region("kyushu");
        int oki = region("okinawa");
        int mining = io.table().index("06");
        int equipment = io.table().index("30");
        int engineering = io.table().index("66");
        assertThat(io.lambda(hok)).isCloseTo(0.4204, within(5e-4));
        assertThat(io.slq(hok, mining)).isCloseTo(2.7473, within(5e-4));
        assertThat(io.slq(hok, equipment)).isCloseTo(0.2186, within(5e-4));
        assertThat(io.rpc(hok, equipment, mining)).isCloseTo(0.0335, within(5e-4));
        assertThat(io.rpc(kyu, engineering, mining)).isCloseTo(0.4536, within(5e-4));
        // Okinawa: 2,303,864 x 1,467,480 / 5,244,749 = 644,627 persons, share 0.010610, lambda 0.2852;
        // it takes the pooled residual's LQs, mining 0.7931 (design 0.79)
        assertThat(io.lambda(oki)).isCloseTo(0.2852, within(5e-4));
        assertThat(io.slq(oki, mining)).isCloseTo(0.7931, within(5e-4));
        // a sector without regional data (transport 57) has SLQ 1
        assertThat(io.slq(kyu, io.table().index("57"))).isEqualTo(1.0);
        // the distance matrix of the design: Kyushu-Chugoku 321 km, Hokkaido-Okinawa 2,340 km
        assertThat(io.distanceKm(kyu, region("chugoku"))).isCloseTo(321, within(1.0));
        assertThat(io.distanceKm(hok, oki)).isCloseTo(2340, within(1.0));
    }

    /** delta = 0: lambda = 1 and the RPC is min(1, CILQ) (min(1, SLQ_i) on the diagonal). */
    @Test
    void deltaZeroGivesTheCilq() {
        RegionalIo.Parameters p = io.parameters();
        RegionalIo cilq = RegionalIo.of(io.table(), io.regions(), new RegionalIo.Parameters(0.0, p.distanceElasticity(),
                p.consumptionPropensity(), p.miningSector(), p.equipmentSector(), p.engineeringSector(), p.processingSector()));
        int mining = p.miningSector();
        for (int r = 0; r < cilq.regionCount(); r++) {
            assertThat(cilq.lambda(r)).isEqualTo(1.0);
            for (int i = 0; i < cilq.sectorCount(); i++) {
                double expected = i == mining ? cilq.slq(r, i) : cilq.slq(r, i) / cilq.slq(r, mining);
                assertThat(cilq.rpc(r, i, mining)).isCloseTo(Math.min(1.0, expected), within(1e-15));
            }
        }
        // Hokkaido: CILQ production machinery / mining = 0.21861 / 2.7473 = 0.07957
        assertThat(cilq.rpc(region("hokkaido"), p.equipmentSector(), mining)).isCloseTo(0.0796, within(5e-4));
    }

    /**
     * Two regions, two sectors, sector 0 with data. Region 0: 100 persons, 30 in sector 0; region 1: 300 persons, 30
     * in sector 0. E^N = 400, E_0^N = 60. SLQ_0 = (30/100)/(60/400) = 2 in region 0 and (30/300)/0.15 = 2/3 in 1.
     * lambda_0 = log2(1.25)^0.3 = 0.321928^0.3 = 0.711750; lambda_1 = log2(1.75)^0.3 = 0.807355^0.3 = 0.937820.
     * Region 0, buyer 0: RPC_00 = min(1, 2 x 0.711750) = 1; RPC_10 = 1/2 x 0.711750 = 0.355875.
     * Region 1, buyer 1: RPC_01 = min(1, (2/3)/1 x 0.937820) = 0.625213; RPC_11 = 1 x 0.937820.
     * A_d = [[0.1, 0.2], [0.3, 0.1]]; with two regions the leakage all goes to the other region.
     */
    @Test
    void handComputedTwoRegionTwoSectorCase() {
        RegionalIo two = twoByTwo(0.3);
        assertThat(two.rpc(0, 0, 0)).isEqualTo(1.0);
        assertThat(two.rpc(0, 1, 0)).isCloseTo(0.355875, within(1e-6));
        assertThat(two.rpc(1, 0, 1)).isCloseTo(0.625213, within(1e-6));
        assertThat(two.rpc(1, 1, 1)).isCloseTo(0.937820, within(1e-6));
        assertThat(two.householdRpc(1, 0)).isCloseTo(0.625213, within(1e-6));
        double[][] a = two.interregionalCoefficients();
        // index region * 2 + sector; column (0,0): a_10 = 0.3 splits 0.3 x 0.355875 = 0.106763 local,
        // 0.3 x 0.644125 = 0.193237 from region 1
        assertThat(a[0][0]).isCloseTo(0.1, within(1e-12));
        assertThat(a[1][0]).isCloseTo(0.106763, within(1e-6));
        assertThat(a[3][0]).isCloseTo(0.193237, within(1e-6));
        assertThat(a[2][0]).isEqualTo(0.0);
        // column (1,1): a_01 = 0.2 x 0.625213 = 0.125043 local, 0.074957 from region 0; a_11 = 0.1 x 0.937820
        assertThat(a[2][3]).isCloseTo(0.125043, within(1e-6));
        assertThat(a[0][3]).isCloseTo(0.074957, within(1e-6));
        assertThat(a[3][3]).isCloseTo(0.0937820, within(1e-7));
        // one yen bought by region 0's sector-0 buyers from sector 1: 0.355875 produced in region 0, the rest in 1
        double[][] first = two.locate(new double[][] {{0, 1}, {0, 0}}, 0);
        assertThat(first[0][1]).isCloseTo(0.355875, within(1e-6));
        assertThat(first[1][1]).isCloseTo(0.644125, within(1e-6));
        // Type I: output = (I - A_MR)^-1 f; check the balance x = A_MR x + f row by row
        double[][] x = two.typeIOutputOfDeliveries(new double[][] {{1, 0}, {0, 2}});
        double[] flat = {x[0][0], x[0][1], x[1][0], x[1][1]};
        double[] f = {1, 0, 0, 2};
        for (int k = 0; k < 4; k++) {
            double ax = 0;
            for (int l = 0; l < 4; l++) {
                ax += a[k][l] * flat[l];
            }
            assertThat(flat[k]).isCloseTo(ax + f[k], within(1e-12));
        }
    }

    /**
     * Gravity over three regions on one meridian: B is 1 degree (111.19 km) from A, C 3 degrees (333.58 km); equal
     * sizes; beta = 1: A's leakage goes 1/111.19 / (1/111.19 + 1/333.58) = 0.75 to B and 0.25 to C. beta = 2: 0.9.
     */
    @Test
    void gravitySharesFollowDistance() {
        List<RegionalIo.Region> regions = List.of(new RegionalIo.Region("a", 30, 135, List.of(), 1000),
                new RegionalIo.Region("b", 31, 135, List.of(), 1000), new RegionalIo.Region("c", 33, 135, List.of(), 1000));
        IoTable t = twoSectorTable();
        RegionalIo one = RegionalIo.of(t, regions, new RegionalIo.Parameters(0.3, 1.0, 0.7, 0, 1, 1, 1));
        assertThat(one.distanceKm(0, 1)).isCloseTo(111.19, within(0.01));
        assertThat(one.employment().anyData()).isFalse(); // no prefecture codes: SLQ 1 everywhere (fallback)
        assertThat(one.gravityShare(0, 1, 0)).isCloseTo(0.75, within(1e-9));
        assertThat(one.gravityShare(0, 2, 0)).isCloseTo(0.25, within(1e-9));
        assertThat(one.gravityShare(0, 0, 0)).isEqualTo(0.0);
        RegionalIo two = RegionalIo.of(t, regions, new RegionalIo.Parameters(0.3, 2.0, 0.7, 0, 1, 1, 1));
        assertThat(two.gravityShare(0, 1, 0)).isCloseTo(0.9, within(1e-9));
        // fallback sizes: three equal regions, share 1/3, lambda = log2(4/3)^0.3 = 0.415037^0.3 = 0.768115 = RPC
        assertThat(one.rpc(0, 1, 0)).isCloseTo(0.768115, within(1e-6));
    }

    /** One region: everything is local and the regional model is the national one. */
    @Test
    void oneRegionIsTheNationalModel() {
        IoTable t = twoSectorTable();
        RegionalIo one = RegionalIo.of(t, List.of(new RegionalIo.Region("all", 36, 138, List.of(), 1000)),
                new RegionalIo.Parameters(0.3, 1.0, 0.7, 0, 1, 1, 1));
        double[][] x = one.typeIOutput(new double[][] {{1, 2}});
        assertThat(x[0][0]).isCloseTo(t.leontief(0, 0) + 2 * t.leontief(0, 1), within(1e-12));
        assertThat(x[0][1]).isCloseTo(t.leontief(1, 0) + 2 * t.leontief(1, 1), within(1e-12));
    }

    /** The two io_table keys are range-checked at their position, like every other key. */
    @Test
    void regionalKeysAreRangeChecked() {
        String yaml = "version: 1\nregions:\n  - {id: a, working_age_population: 100000}\ncommodities:\n"
                + "  - {id: c, price: {initial: 1}}\nio_table:\n  flq_delta: 1.5\n  distance_elasticity: -1\n";
        assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "s.yaml"))
                .hasMessageContaining("s.yaml:7:14")
                .hasMessageContaining("io_table.flq_delta")
                .hasMessageContaining("s.yaml:8:24")
                .hasMessageContaining("io_table.distance_elasticity");
    }

    @Test
    void prefectureDataCoverAllOfJapan() {
        double[][] p = RegionalIoEmployment.prefectures();
        double[] sum = new double[5];
        for (int code = 1; code <= 47; code++) {
            for (int c = 0; c < 5; c++) {
                sum[c] += p[code][c];
            }
        }
        // K2 national totals: 60,759,246 persons; mining 19,916; machinery 641,275; non-ferrous 152,087; tech 728,900
        assertThat(sum).containsExactly(new double[] {60759246, 19916, 641275, 152087, 728900}, within(1e-6));
    }

    private static RegionalIo twoByTwo(double delta) {
        IoTable t = twoSectorTable();
        RegionalIoEmployment e = new RegionalIoEmployment(new double[] {100, 300}, new double[][] {{30, 0}, {30, 0}},
                new boolean[] {true, false}, "hand");
        return RegionalIo.of(t, List.of(new RegionalIo.Region("r0", 30, 130, List.of(), 1000),
                new RegionalIo.Region("r1", 35, 135, List.of(), 1000)), new RegionalIo.Parameters(delta, 1.0, 0.7, 0, 1, 1, 1), e);
    }

    static IoTable twoSectorTable() {
        double[][] a = {{0.1, 0.2}, {0.3, 0.1}};
        // (I - A)^-1 for A = [[0.1, 0.2], [0.3, 0.1]]: det = 0.9 x 0.9 - 0.06 = 0.75
        double[][] l = {{0.9 / 0.75, 0.2 / 0.75}, {0.3 / 0.75, 0.9 / 0.75}};
        return new IoTable("two", List.of("0", "1"), List.of("zero", "one"), new double[] {1, 1}, a, new double[] {0, 0},
                a, l, new double[] {0.3, 0.4}, new double[] {0.5, 0.5}, new double[] {0.4, 0.6}, 4_710_000,
                new double[] {0.3e6 / 4_710_000, 0.4e6 / 4_710_000});
    }

    /** Purchases by every region from every sector, unequal. */
    private static double[][] purchases() {
        double[][] y = new double[io.regionCount()][io.sectorCount()];
        for (int r = 0; r < y.length; r++) {
            for (int i = 0; i < y[r].length; i++) {
                y[r][i] = 1e6 * (1 + (r * 7 + i * 3) % 11);
            }
        }
        return y;
    }

    /**
     * Results kept for the scenario's life: the first call computes, later calls with the same key return the same
     * arrays without computing (runs of one scenario share the supply chain's responses); another key computes
     * again; the interface's default keeps nothing.
     */
    @Test
    void memoComputesEachKeyOnce() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<double[][][]> compute = () -> {
            calls.incrementAndGet();
            return new double[][][] {{{1.0}}};
        };
        double[][][] first = io.memo("test key " + System.nanoTime(), compute);
        String key = "memo test, one key";
        double[][][] a = io.memo(key, compute);
        double[][][] b = io.memo(key, compute);
        assertThat(b).isSameAs(a);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(first).isNotSameAs(a);
        InterregionalIo plain = new InterregionalIo() {
            @Override public int regionCount() { return 1; }
            @Override public int sectorCount() { return 1; }
            @Override public double[][] typeIOutput(double[][] p) { return p; }
            @Override public double[][] typeIIOutput(double[][] p, double[] w) { return p; }
        };
        plain.memo(key, compute);
        plain.memo(key, compute);
        assertThat(calls.get()).isEqualTo(4);
    }
}
