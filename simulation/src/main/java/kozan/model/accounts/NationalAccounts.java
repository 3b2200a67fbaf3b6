package kozan.model.accounts;

import java.util.List;
import kozan.model.labour.LabourMarketView;
import kozan.model.mining.Mine;
import kozan.model.supply.Supplier;
import kozan.model.supply.SupplyChain;
import kozan.model.supply.SupplierLabour;
import kozan.scenario.IoTableSpec;
import kozan.scenario.Mode;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.SupplierKind;
import kozan.scenario.io.IoTable;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The national accounts of one month (docs/model.md 7.7): gross value added by class and the national indirect and induced
 * jobs. It steps in ordering 5 right after the labour market, when this month's mine revenue, supplier output and
 * payrolls are final, and closes the month's books; the recorder only reads them.
 *
 * <p>Value added (JPY/month): mining = mine revenue x VA ratio of the mining sector; suppliers = output x VA ratio
 * of their kind's IO sector; supply chain and induced = VA ratio x the {@link SupplyChain}'s chain and induced output
 * by sector. In {@code mode: IO_PARITY} (docs/model.md 7.7) the month's spending vector y_S + y_O and the mine payroll
 * of {@link ChainFlows} also ripple through the IO table ({@link IoParity}), and the national indirect
 * and induced jobs are its Leontief results; in NORMAL mode they are the filled jobs: supplier agents plus the
 * labour markets' INDIRECT pools, and the INDUCED pools.
 */
public final class NationalAccounts implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Mine> mines;
    private final List<Supplier> suppliers;
    private final List<RegionSpec> regions;
    private final ChainFlows flows;
    private final SupplyChain chain;
    private final LabourMarketView labour;
    /** IO_PARITY only: the monthly ripple of the mines' domestic orders and payroll through the IO table. */
    private final IoParity parity;
    /** Gross value added / output of the mining sector, share. */
    private final double miningVaRatio;
    /** Gross value added / output of each supplier kind's IO sector, share, by {@link SupplierKind#ordinal()}. */
    private final double[] supplierVaRatio = new double[SupplierKind.values().length];
    private double[] paritySpending;
    private double parityWages;
    private double miningYen;
    private double suppliersYen;
    private double supplyChainYen;
    private double inducedYen;

    /**
     * @param scenario  mode, IO sector codes, regions and consumption propensity
     * @param table     the IO table the labour market also uses
     * @param mines     the economy's live mine list (grows during the run)
     * @param suppliers the economy's suppliers
     * @param flows     the month's chain flows (gathered before the labour markets step)
     * @param chain     the month's supply-chain accounting
     * @param labour    the labour market, or null when none is wired in (then no pool jobs are filled)
     */
    public NationalAccounts(Scenario scenario, IoTable table, List<Mine> mines, List<Supplier> suppliers,
                            ChainFlows flows, SupplyChain chain, LabourMarketView labour) {
        this.mines = mines;
        this.suppliers = suppliers;
        this.regions = scenario.regions();
        this.flows = flows;
        this.chain = chain;
        this.labour = labour;
        IoTableSpec io = scenario.ioTable();
        this.miningVaRatio = table.valueAddedRatio(io.miningSector());
        for (SupplierKind kind : SupplierKind.values()) {
            supplierVaRatio[kind.ordinal()] = table.valueAddedRatio(SupplierLabour.sector(kind, io));
        }
        this.parity = scenario.mode() == Mode.IO_PARITY ? new IoParity(table, scenario.labor().consumptionPropensity()) : null;
        this.paritySpending = new double[table.size()];
    }

    @Override
    public void step(SimState state) {
        if (parity != null) {
            stepParity();
        }
        double mining = 0;
        for (Mine m : mines) {
            mining += m.revenueYen() * miningVaRatio;
        }
        double supply = 0;
        for (Supplier s : suppliers) {
            supply += s.outputYen() * supplierVaRatio[s.kind().ordinal()];
        }
        miningYen = mining;
        suppliersYen = supply;
        supplyChainYen = chain.chainValueAddedYen();
        inducedYen = chain.inducedValueAddedYen();
    }

    /**
     * docs/model.md 7.7: this month's spending vector y_S + y_O (JPY by IO sector: what the agents delivered and the
     * mines' other domestic purchases) and the mine payroll ({@link ChainFlows}, the same flows the normal
     * run's supply chain takes) ripple through the domestic IO chain one round a month.
     */
    private void stepParity() {
        double[] y = flows.nationalSpendingYen();
        double wages = flows.payrollYen();
        parity.step(y, wages);
        paritySpending = y;
        parityWages = wages;
    }

    // ---- value added, JPY/month ----

    /** Total gross value added: mining + suppliers + supply chain + induced. */
    public double valueAddedYen() {
        return miningYen + suppliersYen + supplyChainYen + inducedYen;
    }

    public double valueAddedMiningYen() {
        return miningYen;
    }

    public double valueAddedSuppliersYen() {
        return suppliersYen;
    }

    /** Value added of the supply chain beyond the agents: VA ratio x chain output, summed over regions and sectors. */
    public double valueAddedSupplyChainYen() {
        return supplyChainYen;
    }

    /** Induced value added: VA ratio x induced output, summed over regions and sectors. */
    public double valueAddedInducedYen() {
        return inducedYen;
    }

    // ---- national jobs, persons ----

    /**
     * National indirect jobs: IO_PARITY: the Leontief supplier jobs (first round + supply chain); otherwise the
     * filled workforce of the supplier agents plus the labour markets' INDIRECT pools.
     */
    public double indirectJobs() {
        if (parity != null) {
            return parity.directJobs() + parity.indirectJobs();
        }
        double jobs = 0;
        for (Supplier s : suppliers) {
            jobs += s.employed();
        }
        if (labour != null) {
            for (int r = 0; r < regions.size(); r++) {
                jobs += labour.indirectJobs(r);
            }
        }
        return jobs;
    }

    /**
     * National induced jobs: IO_PARITY: the household-closed Leontief result; otherwise the sum of the regional
     * labour markets' filled INDUCED pools (0 without a labour market).
     */
    public double inducedJobs() {
        if (parity != null) {
            return parity.inducedJobs();
        }
        double jobs = 0;
        if (labour != null) {
            for (int r = 0; r < regions.size(); r++) {
                jobs += labour.inducedJobs(r);
            }
        }
        return jobs;
    }

    // ---- IO_PARITY ----

    /** IO_PARITY: the ripple (null in NORMAL mode). */
    public IoParity parity() {
        return parity;
    }

    /** IO_PARITY: this month's spending vector fed to the ripple, JPY/month by IO sector. */
    public double[] paritySpendingYenPerMonth() {
        return paritySpending.clone();
    }

    /** IO_PARITY: this month's mine payroll fed to the ripple as household income, JPY/month. */
    public double parityWagesYenPerMonth() {
        return parityWages;
    }
}
