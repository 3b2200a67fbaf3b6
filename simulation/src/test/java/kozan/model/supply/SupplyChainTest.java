package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.labour.LabourMarketView;
import kozan.scenario.io.InterregionalIo;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/**
 * The supply-chain accounting's own rules, with a hand-made interregional model that is easy to follow: Type I output
 * = 2 x the purchases, in the buyer's region; Type II = 3 x the purchases plus the exogenous income, all of it in
 * sector "a". The mines' other purchases go all to sector a (q = (1, 0)). Two sectors a, b: A_d = [[0, 0.25], [0.5, 0]] (column j = what sector j buys per JPY), employment
 * coefficients 1.12 and 2.24 persons per million 2015 JPY/yr, so with kappa = 1 / 1.12 one JPY (2025) of monthly output
 * in a wants 12 / 1e6 persons and in b 24 / 1e6.
 */
class SupplyChainTest {

    static final IoTable TABLE = new IoTable("two", List.of("a", "b"), List.of("a", "b"), new double[] {1, 1},
            new double[][] {{0, 0.25}, {0.5, 0}}, new double[] {0, 0}, new double[][] {{0, 0.25}, {0.5, 0}},
            new double[][] {{1, 0}, {0, 1}}, new double[] {0.4, 0.2}, new double[] {0.5, 0.5}, new double[] {1, 0},
            1e6, new double[] {1.12, 2.24});

    /** Type I = 2 x purchases; Type II = 3 x purchases + the income in sector a. Regions: 2. */
    static class HandIo implements InterregionalIo {
        @Override public int regionCount() { return 2; }
        @Override public int sectorCount() { return 2; }

        @Override
        public double[][] typeIOutput(double[][] p) {
            return new double[][] {{2 * p[0][0], 2 * p[0][1]}, {2 * p[1][0], 2 * p[1][1]}};
        }

        @Override
        public double[][] typeIIOutput(double[][] p, double[] w) {
            return new double[][] {{3 * p[0][0] + w[0], 3 * p[0][1]}, {3 * p[1][0] + w[1], 3 * p[1][1]}};
        }
    }

    /** Filled pools: indirect 50% of what the chain wants in region 0, induced 25%; nothing in region 1. */
    static final class HalfFilled implements LabourMarketView {
        final SupplyChain chain;

        HalfFilled(SupplyChain chain) {
            this.chain = chain;
        }

        @Override public double labourForce(int r) { return 0; }
        @Override public double employed(int r) { return 0; }
        @Override public double unemployed(int r) { return 0; }
        @Override public double vacancies(int r) { return 0; }
        @Override public double wageIndex(int r) { return 1; }
        @Override public double netMigration(int r) { return 0; }
        @Override public double jobsDisplaced(int r) { return 0; }
        @Override public double inducedJobs(int r) { return r == 0 ? 0.25 * chain.inducedPersons(0) : 0; }
        @Override public double indirectJobs(int r) { return r == 0 ? 0.5 * chain.indirectPersons(0) : 0; }
    }

    private static SupplyChain computed() {
        SupplyChain chain = new SupplyChain(TABLE, new HandIo(), new double[] {1, 0});
        // region 0: agents delivered 1,000,000 JPY of b this month; the mines bought 200,000 of a directly;
        // income outside the chain 100,000. Region 1: nothing.
        chain.compute(new double[][] {{0, 1_000_000}, {0, 0}}, new double[] {200_000, 0}, new double[] {100_000, 0});
        return chain;
    }

    @Test
    void theChainStartsWithTheAgentsPurchasesPlusTheOtherPurchases() {
        SupplyChain chain = computed();
        // purchases = A_d y_S + y_O = (0.25 x 1,000,000 + 200,000, 0 x 1,000,000) = (450,000, 0)
        // Type I = 2 x (450,000, 0): the agents' own 1,000,000 of b is not produced again
        assertThat(chain.chainOutputYen(0, 0)).isCloseTo(900_000, within(1e-6));
        assertThat(chain.chainOutputYen(0, 1)).isZero();
        // induced = Type II - Type I = (3 x 450,000 + 100,000 - 900,000, 0) = (550,000, 0)
        assertThat(chain.inducedOutputYen(0, 0)).isCloseTo(550_000, within(1e-6));
        assertThat(chain.inducedOutputYen(0, 1)).isZero();
        assertThat(chain.chainOutputYen(1, 0)).isZero();
    }

    @Test
    void jobsWantedAreCoefficientTimesKappaTimesAnnualOutput() {
        SupplyChain chain = computed();
        // 900,000 JPY/month of a: 1.12 / 1.12 x 12 x 0.9 = 10.8 persons; induced 550,000: 12 x 0.55 = 6.6
        assertThat(chain.indirectPersons(0)).isCloseTo(10.8, within(1e-9));
        assertThat(chain.inducedPersons(0)).isCloseTo(6.6, within(1e-9));
        assertThat(chain.chainJobsWanted(0, 0)).isCloseTo(10.8, within(1e-9));
        assertThat(chain.inducedJobsWanted(0, 0)).isCloseTo(6.6, within(1e-9));
        assertThat(chain.indirectPersons(1)).isZero();
        // sector b: 2.24 / 1.12 x 12 per million JPY/month: agents' 400,000 of a buy 0.5 x 400,000 of b,
        // Type I 2 x 200,000 = 400,000 of b: 24 x 0.4 = 9.6 persons; the month before is forgotten
        chain.compute(new double[][] {{400_000, 0}, {0, 0}}, new double[] {0, 0}, new double[] {0, 0});
        assertThat(chain.indirectPersons(0)).isCloseTo(9.6, within(1e-9));
        assertThat(chain.chainOutputYen(0, 0)).isZero();
    }

    @Test
    void filledJobsBySectorAreWantedTimesTheRegionsPoolFill() {
        SupplyChain chain = computed();
        assertThat(chain.chainJobs(0, 0)).as("no labour market: nothing filled").isZero();
        chain.fillFrom(new HalfFilled(chain));
        assertThat(chain.chainJobs(0, 0)).isCloseTo(0.5 * 10.8, within(1e-9));
        assertThat(chain.inducedJobs(0, 0)).isCloseTo(0.25 * 6.6, within(1e-9));
        // nothing wanted in region 1: the fill is 0, not 0 / 0
        assertThat(chain.chainJobs(1, 0)).isZero();
        assertThat(SupplyChain.fill(3, 0)).isZero();
        assertThat(SupplyChain.fill(3, 4)).isEqualTo(0.75);
    }

    @Test
    void theViewNamesTheTablesSectors() {
        SupplyChain chain = computed();
        assertThat(chain.sectorCount()).isEqualTo(2);
        assertThat(chain.sectorCode(1)).isEqualTo("b");
    }

    @Test
    void mismatchedShapesAreRefused() {
        SupplyChain chain = new SupplyChain(TABLE, new HandIo(), new double[] {1, 0});
        assertThatThrownBy(() -> chain.compute(new double[1][2], new double[2], new double[2]))
                .hasMessageContaining("flows have 1, 2 and 2 regions");
        assertThatThrownBy(() -> chain.compute(new double[2][3], new double[2], new double[2]))
                .hasMessageContaining("agent output has 3 sectors");
        assertThatThrownBy(() -> chain.compute(new double[2][2], new double[2], new double[3]))
                .hasMessageContaining("3 regions");
        InterregionalIo three = new HandIo() {
            @Override public int sectorCount() { return 3; }
        };
        assertThatThrownBy(() -> new SupplyChain(TABLE, three, new double[] {1, 0})).hasMessageContaining("3 sectors");
        assertThatThrownBy(() -> new SupplyChain(TABLE, new HandIo(), new double[] {1}))
                .hasMessageContaining("split 1");
    }

    /** Each reader of the month's sector detail sums it itself: the induced jobs wanted read first are right too. */
    @Test
    void inducedJobsWantedReadFirstAreThisMonths() {
        SupplyChain chain = computed();
        assertThat(chain.inducedJobsWanted(0, 0)).isCloseTo(6.6, within(1e-9));
        assertThat(chain.inducedOutputYen(0, 0)).isCloseTo(550_000, within(1e-6));
    }

    /**
     * A month of many purchases (more than the 16 terms the month starts with room for) is the sum of its parts:
     * the model is linear, so each sector's agent output computed alone and summed gives the same chain.
     */
    @Test
    void aMonthOfManyPurchasesIsTheSumOfItsParts() {
        kozan.scenario.Scenario s = kozan.model.TestScenarios.base();
        kozan.scenario.io.IoTable t = s.resolved().ioTable();
        int regions = s.regions().size();
        InterregionalIo io = new ClosedRegionsIo(new kozan.scenario.io.IoMultipliers(t, 0.7), regions);
        double[] q = kozan.model.accounts.ChainFlows.otherPurchasePerYen(t, s.ioTable());
        double[][] all = new double[regions][t.size()];
        double expectedChain = 0;
        double expectedInduced = 0;
        for (int j = 0; j < 20; j++) {
            all[0][j] = 1.0e6 * (j + 1);
            double[][] one = new double[regions][t.size()];
            one[0][j] = 1.0e6 * (j + 1);
            SupplyChain alone = new SupplyChain(t, io, q);
            alone.compute(one, new double[regions], new double[regions]);
            expectedChain += alone.indirectPersons(0);
            expectedInduced += alone.inducedPersons(0);
        }
        SupplyChain chain = new SupplyChain(t, io, q);
        chain.compute(all, new double[regions], new double[regions]);
        assertThat(expectedChain).isPositive();
        assertThat(chain.indirectPersons(0)).isCloseTo(expectedChain, within(1e-9 * expectedChain));
        assertThat(chain.inducedPersons(0)).isCloseTo(expectedInduced, within(1e-9 * expectedInduced));
        double wanted = 0;
        for (int i = 0; i < t.size(); i++) {
            wanted += chain.chainJobsWanted(0, i);
        }
        assertThat(wanted).isCloseTo(expectedChain, within(1e-9 * expectedChain));
    }

    /** HandIo that keeps what it is asked to keep, like RegionalIo: responses shared by every chain on it. */
    static final class KeepingIo extends HandIo {
        final java.util.Map<Object, double[][][]> kept = new java.util.HashMap<>();

        @Override
        public double[][][] memo(Object key, java.util.function.Supplier<double[][][]> compute) {
            return kept.computeIfAbsent(key, k -> compute.get());
        }
    }

    @Test
    void chainsShareAResponseOnlyWhenTheirCoefficientsAreEqual() {
        KeepingIo io = new KeepingIo();
        double[][] agents = {{0, 0}, {0, 0}};
        // q = (1, 0): 200,000 of other purchases is Type I 2 x 200,000 = 400,000 in sector a
        SupplyChain first = new SupplyChain(TABLE, io, new double[] {1, 0});
        first.compute(agents, new double[] {200_000, 0}, new double[] {0, 0});
        assertThat(first.chainOutputYen(0, 0)).isCloseTo(400_000, within(1e-6));
        int kept = io.kept.size();
        // an equal chain (a later run) reuses every response it needs: nothing new is kept
        SupplyChain again = new SupplyChain(TABLE, io, new double[] {1, 0});
        again.compute(agents, new double[] {200_000, 0}, new double[] {0, 0});
        assertThat(io.kept).hasSize(kept);
        assertThat(again.chainOutputYen(0, 0)).isCloseTo(400_000, within(1e-6));
        // q = (0, 1): the same purchases go to sector b; a response kept for q = (1, 0) must not be reused
        SupplyChain other = new SupplyChain(TABLE, io, new double[] {0, 1});
        other.compute(agents, new double[] {200_000, 0}, new double[] {0, 0});
        assertThat(other.chainOutputYen(0, 0)).isZero();
        assertThat(other.chainOutputYen(0, 1)).isCloseTo(400_000, within(1e-6));
    }
}
