package kozan.observe;

import java.util.Arrays;
import kozan.model.MiningEconomy;
import kozan.model.demand.Manufacturer;
import kozan.model.labour.LabourMarketView;
import kozan.model.labour.Workplace;
import kozan.model.mining.EnvironmentalFlows;
import kozan.model.mining.FixedEmployer;
import kozan.model.mining.Mine;
import kozan.model.supply.Supplier;
import kozan.scenario.Stage;
import kozan.scenario.SupplierKind;

/**
 * What the recorder sums over the agents each month, in one pass over each agent list: persons employed by mines
 * (by stage) and fixed mining employers (detail FIXED), suppliers (by kind) and manufacturers, by region; the
 * JSIC-C persons (workers x jsic_c_share) of mines and fixed employers; mines by stage; the mines' environmental
 * flows. Region slot 0 is the nation, slot r + 1 scenario region r; detail slot 0 is the total.
 */
final class AgentTally {

    /** Stages that employ people, in life-cycle order (detail values of jobs_direct). */
    static final Stage[] EMPLOYING = {Stage.EXPLORATION, Stage.FEASIBILITY, Stage.PERMITTING, Stage.CONSTRUCTION,
        Stage.PRODUCTION, Stage.IDLE, Stage.CLOSURE};
    static final Stage[] STAGES = Stage.values();
    static final SupplierKind[] KINDS = SupplierKind.values();
    /** Detail values of jobs_direct that add up to the total: the employing stages, then fixed employers. */
    static final String[] EMPLOYING_NAMES = withFixed(names(EMPLOYING));
    static final String[] STAGE_NAMES = names(STAGES);
    static final String[] KIND_NAMES = names(KINDS);
    /** jobs_indirect details for PROCESSING plants, split by the plant's feed (issue #13 item 4). */
    static final String PROCESSING_DOMESTIC_ORE = IndirectDetails.PROCESSING_DOMESTIC_ORE;
    static final String PROCESSING_IMPORTED_FEED = IndirectDetails.PROCESSING_IMPORTED_FEED;
    /** Detail values of jobs_indirect: the supplier kinds, PROCESSING replaced by its two feed details. */
    static final String[] INDIRECT_NAMES = indirectNames();

    private final int[] stageSlot = new int[STAGES.length];
    /** Persons, [region slot][stage slot]. */
    final double[][] direct;
    /** JSIC-C persons (workers x jsic_c_share) of mines and fixed employers, [region slot]. */
    final double[] jsicC;
    /** Persons, [region slot][indirect detail slot] ({@link #INDIRECT_NAMES} + 1; slot 0 the total). */
    final double[][] indirect;
    /** Persons, [region slot]. */
    final double[] manufacturing;
    /** Mines and prospects by stage ordinal. */
    final int[] minesInStage = new int[STAGES.length];
    double waterWithdrawnM3;
    double waterRecycledM3;
    double co2eT;
    double landDisturbedHa;
    double landReclaimedHa;

    AgentTally(int regions) {
        direct = new double[regions + 1][EMPLOYING.length + 2];
        jsicC = new double[regions + 1];
        indirect = new double[regions + 1][INDIRECT_NAMES.length + 1];
        manufacturing = new double[regions + 1];
        Arrays.fill(stageSlot, -1);
        for (int i = 0; i < EMPLOYING.length; i++) {
            stageSlot[EMPLOYING[i].ordinal()] = i + 1;
        }
    }

    private static String[] indirectNames() {
        java.util.List<String> n = new java.util.ArrayList<>();
        for (SupplierKind k : KINDS) {
            if (k == SupplierKind.PROCESSING) {
                n.add(PROCESSING_DOMESTIC_ORE);
                n.add(PROCESSING_IMPORTED_FEED);
            } else {
                n.add(k.name());
            }
        }
        n.add(IndirectDetails.SUPPLY_CHAIN); // the labour markets' INDIRECT pools: the IO chain beyond the agents
        return n.toArray(new String[0]);
    }

    /** Slot of a detail name in {@link #indirect}'s rows. */
    private static int indirectSlot(String name) {
        return java.util.Arrays.asList(INDIRECT_NAMES).indexOf(name) + 1;
    }

    private static final int DOMESTIC_ORE_SLOT = indirectSlot(PROCESSING_DOMESTIC_ORE);
    private static final int IMPORTED_FEED_SLOT = indirectSlot(PROCESSING_IMPORTED_FEED);
    private static final int SUPPLY_CHAIN_SLOT = indirectSlot(IndirectDetails.SUPPLY_CHAIN);
    /** Slot of the other kinds, by {@link SupplierKind#ordinal()} (PROCESSING: unused). */
    private static final int[] KIND_SLOT = java.util.Arrays.stream(KINDS).mapToInt(k -> indirectSlot(k.name())).toArray();

    private static String[] withFixed(String[] stages) {
        String[] n = java.util.Arrays.copyOf(stages, stages.length + 1);
        n[stages.length] = FixedEmployer.JOB_DETAIL;
        return n;
    }

    private static String[] names(Enum<?>[] values) {
        String[] n = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            n[i] = values[i].name();
        }
        return n;
    }

    private void addIndirect(int region, int slot, double jobs) {
        indirect[region][slot] += jobs;
        indirect[0][slot] += jobs;
    }

    void count(MiningEconomy e) {
        for (double[] row : direct) {
            Arrays.fill(row, 0);
        }
        for (double[] row : indirect) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(manufacturing, 0);
        Arrays.fill(jsicC, 0);
        Arrays.fill(minesInStage, 0);
        double water = 0;
        double recycled = 0;
        double co2 = 0;
        double disturbed = 0;
        double reclaimed = 0;
        for (Mine m : e.mines()) {
            int slot = stageSlot[m.stage().ordinal()];
            double jobs = m.employed();
            if (slot > 0 && jobs != 0) {
                int r = m.regionIndex() + 1;
                direct[r][slot] += jobs;
                direct[r][0] += jobs;
                direct[0][slot] += jobs;
                direct[0][0] += jobs;
                addJsicC(r, jobs * m.spec().jsicCShare());
            }
            EnvironmentalFlows f = m.environment();
            water += f.waterWithdrawnM3();
            recycled += f.waterRecycledM3();
            co2 += f.co2eT();
            disturbed += f.landDisturbedHa();
            reclaimed += f.landReclaimedHa();
            minesInStage[m.stage().ordinal()]++;
        }
        waterWithdrawnM3 = water;
        waterRecycledM3 = recycled;
        co2eT = co2;
        landDisturbedHa = disturbed;
        landReclaimedHa = reclaimed;
        int fixedSlot = EMPLOYING.length + 1;
        for (Workplace w : e.employers()) {
            if (w instanceof FixedEmployer f) {
                double jobs = f.employed();
                int r = f.regionIndex() + 1;
                direct[r][fixedSlot] += jobs;
                direct[r][0] += jobs;
                direct[0][fixedSlot] += jobs;
                direct[0][0] += jobs;
                addJsicC(r, jobs * f.spec().jsicCShare());
            }
        }
        for (Supplier s : e.suppliers()) {
            double jobs = s.employed();
            int r = s.regionIndex() + 1;
            if (s.kind() == SupplierKind.PROCESSING) {
                // a plant's jobs by its feed: domestic concentrate / total feed t of the month
                double domestic = jobs * s.domesticFeedShare();
                addIndirect(r, DOMESTIC_ORE_SLOT, domestic);
                addIndirect(r, IMPORTED_FEED_SLOT, jobs - domestic);
            } else {
                addIndirect(r, KIND_SLOT[s.kind().ordinal()], jobs);
            }
            indirect[r][0] += jobs;
            indirect[0][0] += jobs;
        }
        LabourMarketView lm = e.labourMarket();
        for (int r = 1; lm != null && r < indirect.length; r++) {
            double jobs = lm.indirectJobs(r - 1);
            addIndirect(r, SUPPLY_CHAIN_SLOT, jobs);
            indirect[r][0] += jobs;
            indirect[0][0] += jobs;
        }
        for (Manufacturer m : e.manufacturers()) {
            double jobs = m.employed();
            manufacturing[m.regionIndex() + 1] += jobs;
            manufacturing[0] += jobs;
        }
    }

    /** JSIC-C persons of one employer in region slot r (and the nation). */
    private void addJsicC(int r, double persons) {
        jsicC[r] += persons;
        jsicC[0] += persons;
    }
}
