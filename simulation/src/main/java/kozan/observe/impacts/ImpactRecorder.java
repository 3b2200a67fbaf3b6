package kozan.observe.impacts;

import java.util.Arrays;
import java.util.List;
import kozan.model.MiningEconomy;
import kozan.model.labour.EmployerClass;
import kozan.model.labour.Workplace;
import kozan.model.mining.Mine;
import kozan.model.supply.Supplier;
import kozan.model.supply.SupplierLabour;
import kozan.model.supply.SupplyChainView;
import kozan.observe.RowSink;
import kozan.scenario.RegionSpec;
import kozan.scenario.io.IoTable;

/**
 * The month's impact rows (impacts.csv, docs/outputs.md; docs/design/jobs-issue-13.md 5.1): by region, IO sector
 * and effect, the filled jobs (persons), labour income, gross value added and output (JPY (2025) this month). It
 * reads what the model holds; the annual roll-up, the all-industry and national rows are kozan.io.ImpactsAggregator's.
 *
 * <ul>
 * <li>direct: every MINING-class employer in the mining sector ({@code io_table.mining_sector}); labour income =
 * persons x the region's starting wage (JPY/month, the payroll the IO-parity mode also uses); output = mine revenue;
 * value added = revenue x the sector's value-added ratio (as value_added_yen detail mining).</li>
 * <li>indirect: each supplier agent in its IO sector (its {@code io_sector}, else its kind's sector): its filled jobs
 * and output; plus the IO chain by region and sector from the {@link SupplyChainView}. Labour income = compensation
 * ratio x output, value added = value-added ratio x output, both of the sector.</li>
 * <li>induced: from the {@link SupplyChainView}. Without one (no supply-chain accounting in the model), the labour
 * market's induced jobs J of each region come from household spending S = J / sum_k c_k (1 - m_k) e_k x 1e6 / 12
 * (JPY/month; c = consumption shares, m = import coefficients, e = employment coefficients), which buys
 * S c_i (1 - m_i) from sector i and employs that x 12 / 1e6 x e_i there: the sectors add up to J and their value
 * added to the labour market's induced value added.</li>
 * </ul>
 * Rows with every value 0 are not sent. One per recorder; allocation-free per month.
 */
public final class ImpactRecorder {

    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";
    public static final String INDUCED = "induced";
    /** Effects in row order. */
    public static final List<String> EFFECTS = List.of(DIRECT, INDIRECT, INDUCED);

    private static final int EMPLOYMENT = 0;
    private static final int LABOUR_INCOME = 1;
    private static final int VALUE_ADDED = 2;
    private static final int OUTPUT = 3;

    private final MiningEconomy economy;
    private final RowSink sink;
    private final SupplyChainView chain;
    private final IoTable table;
    private final List<RegionSpec> regions;
    private final int miningSector;
    /** IO sector of each supplier agent (the economy's supplier list is fixed at build). */
    private final int[] supplierSector;
    /** Table index of each sector of the supply-chain view. */
    private final int[] chainSector;
    /** This month's values, [effect][region][sector][quantity]. */
    private final double[][][][] cells;

    /** The recorder of a run: the supply chain is the economy's own ({@link #supplyChain}). */
    public ImpactRecorder(MiningEconomy economy, RowSink sink) {
        this(economy, sink, supplyChain(economy));
    }

    /**
     * @param chain the supply-chain accounting to read
     */
    public ImpactRecorder(MiningEconomy economy, RowSink sink, SupplyChainView chain) {
        this.economy = economy;
        this.sink = sink;
        this.chain = java.util.Objects.requireNonNull(chain, "chain");
        this.table = economy.ioTable();
        this.regions = economy.regions();
        this.miningSector = table.index(economy.scenario().ioTable().miningSector());
        List<Supplier> suppliers = economy.suppliers();
        this.supplierSector = new int[suppliers.size()];
        for (int k = 0; k < supplierSector.length; k++) {
            supplierSector[k] = table.index(SupplierLabour.sector(suppliers.get(k).spec(), economy.scenario().ioTable()));
        }
        this.chainSector = new int[chain.sectorCount()];
        for (int s = 0; s < chainSector.length; s++) {
            chainSector[s] = table.index(chain.sectorCode(s));
        }
        this.cells = new double[EFFECTS.size()][regions.size()][table.size()][4];
    }

    /** The economy's supply-chain accounting (docs/design/jobs-issue-13.md 1.2-1.3; null before the run starts). */
    static SupplyChainView supplyChain(MiningEconomy economy) {
        return economy.supplyChain();
    }

    /** Sends this month's non-zero cells to the sink. */
    public void record(int step) {
        for (double[][][] effect : cells) {
            for (double[][] region : effect) {
                for (double[] cell : region) {
                    Arrays.fill(cell, 0);
                }
            }
        }
        direct();
        indirect();
        induced();
        for (int e = 0; e < cells.length; e++) {
            for (int r = 0; r < regions.size(); r++) {
                for (int i = 0; i < table.size(); i++) {
                    double[] c = cells[e][r][i];
                    if (c[EMPLOYMENT] != 0 || c[LABOUR_INCOME] != 0 || c[VALUE_ADDED] != 0 || c[OUTPUT] != 0) {
                        sink.impact(step, regions.get(r).id(), table.sectorCodes().get(i), EFFECTS.get(e),
                                c[EMPLOYMENT], c[LABOUR_INCOME], c[VALUE_ADDED], c[OUTPUT]);
                    }
                }
            }
        }
    }

    private void direct() {
        double[][][] d = cells[0];
        for (Workplace w : economy.employers()) {
            if (w.employerClass() == EmployerClass.MINING) {
                int r = w.regionIndex();
                double persons = w.employed();
                d[r][miningSector][EMPLOYMENT] += persons;
                d[r][miningSector][LABOUR_INCOME] += persons * regions.get(r).wageYenPerMonth();
            }
        }
        double va = table.valueAddedRatio(miningSector);
        for (Mine m : economy.mines()) {
            double revenue = m.revenueYen();
            d[m.regionIndex()][miningSector][OUTPUT] += revenue;
            d[m.regionIndex()][miningSector][VALUE_ADDED] += revenue * va;
        }
    }

    private void indirect() {
        double[][][] d = cells[1];
        List<Supplier> suppliers = economy.suppliers();
        for (int k = 0; k < supplierSector.length; k++) {
            Supplier s = suppliers.get(k);
            int i = supplierSector[k];
            double[] c = d[s.regionIndex()][i];
            c[EMPLOYMENT] += s.employed();
            addOutput(c, i, s.outputYen());
        }
        for (int r = 0; r < regions.size(); r++) {
            for (int s = 0; s < chainSector.length; s++) {
                double[] c = d[r][chainSector[s]];
                c[EMPLOYMENT] += chain.chainJobs(r, s);
                addOutput(c, chainSector[s], chain.chainOutputYen(r, s));
            }
        }
    }

    private void induced() {
        double[][][] d = cells[2];
        for (int r = 0; r < regions.size(); r++) {
            for (int s = 0; s < chainSector.length; s++) {
                double[] c = d[r][chainSector[s]];
                c[EMPLOYMENT] += chain.inducedJobs(r, s);
                addOutput(c, chainSector[s], chain.inducedOutputYen(r, s));
            }
        }
    }

    /** Output of sector i (JPY/month) with its labour income and value added by the sector's ratios. */
    private void addOutput(double[] cell, int sector, double outputYen) {
        cell[OUTPUT] += outputYen;
        cell[LABOUR_INCOME] += outputYen * table.compensationRatio(sector);
        cell[VALUE_ADDED] += outputYen * table.valueAddedRatio(sector);
    }
}
