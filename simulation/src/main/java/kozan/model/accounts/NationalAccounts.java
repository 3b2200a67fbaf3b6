package kozan.model.accounts;

import java.util.List;
import kozan.model.labour.EmployerClass;
import kozan.model.labour.LabourMarketView;
import kozan.model.labour.Workplace;
import kozan.model.mining.Mine;
import kozan.model.supply.OrderBook;
import kozan.model.supply.Supplier;
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
 * of their kind's IO sector; induced = the labour market's induced value added. In {@code mode: IO_PARITY}
 * (docs/model.md 7.7) the month's domestic EQUIPMENT/ENGINEERING orders and the mines' payroll also ripple through the IO
 * table ({@link IoParity}), and the national indirect and induced jobs are its Leontief results; in NORMAL mode
 * they are the agents' own head counts.
 */
public final class NationalAccounts implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Mine> mines;
    private final List<Supplier> suppliers;
    private final List<Workplace> employers;
    private final List<RegionSpec> regions;
    private final OrderBook orders;
    private final LabourMarketView labour;
    /** IO_PARITY only: the monthly ripple of the mines' domestic orders and payroll through the IO table. */
    private final IoParity parity;
    private final int equipmentSector;
    private final int engineeringSector;
    /** Gross value added / output of the mining sector, share. */
    private final double miningVaRatio;
    /** Gross value added / output of each supplier kind's IO sector, share, by {@link SupplierKind#ordinal()}. */
    private final double[] supplierVaRatio = new double[SupplierKind.values().length];
    private double[] paritySpending;
    private double parityWages;
    private double miningYen;
    private double suppliersYen;
    private double inducedYen;

    /**
     * @param scenario  mode, IO sector codes, regions (starting wages) and consumption propensity
     * @param table     the IO table the labour market also uses
     * @param mines     the economy's live mine list (grows during the run)
     * @param suppliers the economy's suppliers
     * @param employers every employer in creation order (live list)
     * @param orders    the month's order book
     * @param labour    the labour market, or null when none is wired in (then nothing is induced)
     */
    public NationalAccounts(Scenario scenario, IoTable table, List<Mine> mines, List<Supplier> suppliers,
                            List<Workplace> employers, OrderBook orders, LabourMarketView labour) {
        this.mines = mines;
        this.suppliers = suppliers;
        this.employers = employers;
        this.regions = scenario.regions();
        this.orders = orders;
        this.labour = labour;
        IoTableSpec io = scenario.ioTable();
        // resolved in every mode, so a sector code the table lacks fails at start whatever the mode
        this.equipmentSector = table.index(io.equipmentSector());
        this.engineeringSector = table.index(io.engineeringSector());
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
        double induced = 0;
        if (labour != null) {
            for (int r = 0; r < regions.size(); r++) {
                induced += labour.inducedValueAddedYen(r);
            }
        }
        miningYen = mining;
        suppliersYen = supply;
        inducedYen = induced;
    }

    /**
     * docs/model.md 7.7: this month's domestic EQUIPMENT and ENGINEERING orders (JPY) by IO sector, and the mines' payroll
     * (persons x regional starting wage), ripple through the domestic IO chain one round a month.
     */
    private void stepParity() {
        double[] y = new double[paritySpending.length];
        y[equipmentSector] += orders.domesticYen(SupplierKind.EQUIPMENT);
        y[engineeringSector] += orders.domesticYen(SupplierKind.ENGINEERING);
        double wages = 0.0;
        for (Workplace w : employers) {
            if (w.employerClass() == EmployerClass.MINING) {
                wages += w.employed() * regions.get(w.regionIndex()).wageYenPerMonth();
            }
        }
        parity.step(y, wages);
        paritySpending = y;
        parityWages = wages;
    }

    // ---- value added, JPY/month ----

    /** Total gross value added: mining + suppliers + induced. */
    public double valueAddedYen() {
        return miningYen + suppliersYen + inducedYen;
    }

    public double valueAddedMiningYen() {
        return miningYen;
    }

    public double valueAddedSuppliersYen() {
        return suppliersYen;
    }

    /** Induced value added (0 without a labour market). */
    public double valueAddedInducedYen() {
        return inducedYen;
    }

    // ---- national jobs, persons ----

    /**
     * National indirect jobs: IO_PARITY: the Leontief supplier jobs (first round + supply chain); otherwise the
     * head count of the simulated suppliers.
     */
    public double indirectJobs() {
        if (parity != null) {
            return parity.directJobs() + parity.indirectJobs();
        }
        double jobs = 0;
        for (Supplier s : suppliers) {
            jobs += s.employed();
        }
        return jobs;
    }

    /**
     * National induced jobs: IO_PARITY: the household-closed Leontief result; otherwise the sum of the regional
     * labour markets' induced jobs (0 without a labour market).
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
