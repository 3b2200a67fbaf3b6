package kozan.model.accounts;

import java.util.List;
import kozan.model.labour.Workplace;
import kozan.model.mining.Mine;
import kozan.model.supply.Supplier;
import kozan.model.supply.SupplierLabour;
import kozan.model.supply.SupplyChain;
import kozan.scenario.IoTableSpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.SupplierKind;
import kozan.scenario.io.IoTable;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The month's flows that enter the supply-chain accounting (docs/io-and-labour.md section 7), gathered from the
 * mines and the supplier agents once their month is done (ordering 5, before the labour markets), then handed to
 * {@link SupplyChain}. One definition serves both modes: IO_PARITY ripples the same national vectors
 * ({@link NationalAccounts}). Money in JPY (2025) per month.
 *
 * <ul>
 *   <li>y_S[r][i]: output EQUIPMENT and ENGINEERING agents of region r delivered, in their IO sector i.</li>
 *   <li>y_O[r][i]: the mines' operating cost not ordered from suppliers, less their payroll, split over the IO sectors
 *       as the mining column of A (without the agents' sectors, which the agents' orders serve), domestic share
 *       1 - m_i. Capex is ordered from the agents in full (equipment and engineering), so it is in y_S.</li>
 *   <li>W[r]: labour income paid outside the chain: the mines' payroll (workers x the region's starting wage; real,
 *       as the coefficients are at fixed prices), plus the compensation of the agents' output (v_i y_S): the chain's
 *       first round, which the agents produce themselves, at the IO compensation ratio so that parity is exact
 *       (design 1.3).</li>
 * </ul>
 * PROCESSING plants are not in y (mines do not buy their output) and their payroll is not in W: they count their own
 * head count only (design 1.2, D2).
 * Payroll is of the workers at the start of the labour phase, who did this month's work.
 */
public final class ChainFlows implements Steppable {
    private static final long serialVersionUID = 1L;

    private final IoTable table;
    private final IoTableSpec io;
    private final List<RegionSpec> regions;
    private final List<Mine> mines;
    private final List<Supplier> suppliers;
    private final SupplyChain chain;
    /** Domestic purchases per JPY of the mines' non-labour, non-ordered opex, by sector: a_hat_i (1 - m_i). */
    private final double[] otherPurchasePerYen;
    private final int n;
    /** IO sector index of each supplier (by list position), looked up by code once rather than every month. */
    private int[] supplierSector = new int[0];
    private double[][] agentOutput;
    /** The mines' other purchases before the split by sector, by region, JPY/month. */
    private double[] otherSpend;
    private double[] income;
    private double payrollYen;

    /**
     * @param table     the scenario's IO table
     * @param io        the scenario's sector codes
     * @param regions   the scenario's regions (starting wages)
     * @param mines     the live mine list
     * @param suppliers the supplier agents
     * @param chain     the accounting fed each month (null: gather only, e.g. in tests of the flows)
     */
    public ChainFlows(IoTable table, IoTableSpec io, List<RegionSpec> regions, List<Mine> mines, List<Supplier> suppliers,
                      SupplyChain chain) {
        this.table = table;
        this.io = io;
        this.regions = regions;
        this.mines = mines;
        this.suppliers = suppliers;
        this.chain = chain;
        this.n = table.size();
        this.otherPurchasePerYen = otherPurchasePerYen(table, io);
        clear();
    }

    /** q of the scenario: the mining column without the equipment and engineering sectors ({@link SupplyChain}). */
    public static double[] otherPurchasePerYen(IoTable table, IoTableSpec io) {
        return SupplyChain.otherPurchasePerYen(table, table.index(io.miningSector()), table.index(io.equipmentSector()),
                table.index(io.engineeringSector()));
    }

    /** Forgets the last month's flows. */
    void clear() {
        if (agentOutput == null) {
            agentOutput = new double[regions.size()][n];
            otherSpend = new double[regions.size()];
            income = new double[regions.size()];
        }
        for (int r = 0; r < income.length; r++) {
            java.util.Arrays.fill(agentOutput[r], 0.0);
        }
        java.util.Arrays.fill(income, 0.0);
        java.util.Arrays.fill(otherSpend, 0.0);
        payrollYen = 0.0;
    }

    @Override
    public void step(SimState state) {
        gather();
        if (chain != null) {
            chain.compute(agentOutput, otherSpend, income);
        }
    }

    /** Reads this month's flows from the mines and suppliers. */
    public void gather() {
        clear();
        for (int k = 0; k < mines.size(); k++) {
            Mine m = mines.get(k);
            addMine(m.regionIndex(), payroll(m), m.otherOpexYen());
        }
        if (supplierSector.length != suppliers.size()) {
            supplierSector = new int[suppliers.size()];
            for (int k = 0; k < supplierSector.length; k++) {
                supplierSector[k] = table.index(SupplierLabour.sector(suppliers.get(k).spec(), io));
            }
        }
        for (int k = 0; k < suppliers.size(); k++) {
            Supplier s = suppliers.get(k);
            // PROCESSING plants are not bought from by mines (design 1.2): their own head count only
            if (s.kind() != SupplierKind.PROCESSING) {
                addAgentOutput(s.regionIndex(), supplierSector[k], s.outputYen());
            }
        }
    }

    /**
     * A mine: its payroll is household income; its opex not ordered from suppliers, less the payroll (which that
     * opex includes), is bought by sector as {@link #otherPurchasePerYen}.
     *
     * @param payrollYen   workers x the region's starting wage, JPY/month
     * @param otherOpexYen opex not ordered from suppliers, JPY/month
     */
    void addMine(int region, double payrollYen, double otherOpexYen) {
        addPayroll(region, payrollYen);
        double nonLabour = Math.max(0.0, otherOpexYen - payrollYen);
        if (nonLabour > 0.0) {
            // by sector only when read (otherPurchasesYen): the supply chain needs the total, split by q
            otherSpend[region] += nonLabour;
        }
    }

    /** Mine payroll: paid outside every spending vector, JPY/month. */
    void addPayroll(int region, double yen) {
        income[region] += yen;
        payrollYen += yen;
    }

    /** An EQUIPMENT or ENGINEERING agent's delivered output in its IO sector, JPY/month, and its compensation v_i. */
    void addAgentOutput(int region, int sector, double yen) {
        agentOutput[region][sector] += yen;
        income[region] += table.compensationRatio(sector) * yen;
    }

    private double payroll(Workplace w) {
        return w.employed() * regions.get(w.regionIndex()).wageYenPerMonth();
    }

    /** y_S + y_O summed over regions, JPY/month by sector: the spending vector IO_PARITY ripples. */
    public double[] nationalSpendingYen() {
        double[] y = new double[n];
        for (int r = 0; r < regions.size(); r++) {
            for (int i = 0; i < n; i++) {
                y[i] += agentOutput[r][i] + otherSpend[r] * otherPurchasePerYen[i];
            }
        }
        return y;
    }

    /** Mine payroll this month, JPY: household income outside every spending vector. */
    public double payrollYen() {
        return payrollYen;
    }

    /** y_S of a region and sector this month, JPY. */
    public double agentOutputYen(int region, int sector) {
        return agentOutput[region][sector];
    }

    /** y_O of a region and sector this month, JPY. */
    public double otherPurchasesYen(int region, int sector) {
        return otherSpend[region] * otherPurchasePerYen[sector];
    }

    /** W of a region this month (payroll and the agents' output compensation), JPY. */
    public double exogenousIncomeYen(int region) {
        return income[region];
    }
}
