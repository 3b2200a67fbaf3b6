package kozan.model.supply;

import kozan.model.common.Guard;
import kozan.model.labour.Staffing;
import kozan.model.labour.Workplace;
import kozan.model.labour.EmployerClass;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.ImportSupply;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A supplier (ordering 3). PROCESSING plants refine domestic concentrate first, then imported concentrate up
 * to their imported-feed limit, within capacity, and offer the refined metal to the domestic market (the
 * procurement clearing exports what is not bought). EQUIPMENT and ENGINEERING suppliers work off the yen
 * orders mines placed this month plus any backlog, within capacity. Capacity expands (after a build lag) when
 * utilisation stays high and contracts when it stays low. Labour demand: {@link SupplierLabour}.
 */
public final class Supplier implements Steppable, Workplace, OrderDistribution.OrderTaker {

    private static final long serialVersionUID = 1L;
    /** Contraction never takes capacity below this share of the initial capacity. */
    static final double MIN_CAPACITY_SHARE = 0.1;
    /** Orders beyond this many months of capacity in the backlog are placed abroad (buyers do not wait longer). */
    static final double MAX_BACKLOG_MONTHS = 3.0;

    private final SupplierSpec spec;
    private final int regionIndex;
    private final int commodityIndex;
    private final double workersPerMillionYen;
    private final String agentId;
    private final double[] importScratch;
    private final int opensStep;

    private double capacityPerYear;
    private double pendingCapacity;
    private int pendingReadyStep = -1;
    private int highMonths;
    private int lowMonths;
    private double ordersYen;
    private double backlogYen;
    private double outputUnits;
    private double outputYen;
    private double utilisation;
    /**
     * PROCESSING: domestic concentrate / total feed (t/t) of the last month the plant had feed; before any feed, 1
     * for a plant without imported feed and 0 otherwise (it was built for imports). Splits its jobs by feed.
     */
    private double domesticFeedShare;
    private final Staffing staff = new Staffing();

    public Supplier(SupplyContext economy, SupplierSpec spec) {
        this.spec = spec;
        this.agentId = "supplier:" + spec.id();
        this.regionIndex = economy.regionIndex(spec.region());
        this.commodityIndex = spec.kind() == SupplierKind.PROCESSING ? economy.commodityIndex(spec.commodity()) : -1;
        // employment coefficient of the supplier's IO sector in the scenario's table, unless the scenario sets one
        this.workersPerMillionYen = spec.workersPerMillionYen() != null ? spec.workersPerMillionYen()
                : SupplierLabour.coefficient(spec, economy.scenario().ioTable(), economy.ioTable());
        this.capacityPerYear = spec.capacityPerYear();
        this.importScratch = commodityIndex >= 0 ? new double[economy.market(commodityIndex).sourceCount()] : new double[0];
        this.opensStep = spec.opens() == null ? Integer.MIN_VALUE : economy.scenario().calendar().stepOf(spec.opens());
        this.domesticFeedShare = spec.importedFeedTPerYear() > 0 ? 0.0 : 1.0;
    }

    /** Called by the {@link OrderDistribution} before suppliers step: this month's new domestic orders, JPY. */
    @Override
    public void receiveOrders(double yen) {
        ordersYen = yen;
    }

    @Override
    public void step(SimState state) {
        SupplyContext economy = (SupplyContext) state;
        int step = economy.step();
        outputUnits = 0;
        outputYen = 0;
        if (pendingReadyStep >= 0 && step >= pendingReadyStep) {
            capacityPerYear += pendingCapacity;
            pendingCapacity = 0;
            pendingReadyStep = -1;
        }
        double fill = economy.ioParity() ? 1.0 : staff.fill();
        double capMonth = economy.ioParity() ? Double.MAX_VALUE / 1e6
                : capacityPerYear / 12.0 * (1.0 - economy.disasterCut(regionIndex));
        double potential;
        if (!isOpen(step)) {
            potential = 0;
            utilisation = 0;
        } else if (spec.kind() == SupplierKind.PROCESSING) {
            potential = process(economy, capMonth * fill);
            utilisation = capacityPerYear > 0 ? potential / (capacityPerYear / 12.0) : 0;
            outputYen = potential * economy.market(commodityIndex).worldPrice();
        } else {
            double work = ordersYen + backlogYen;
            potential = Math.min(work, capMonth * fill);
            backlogYen = work - potential;
            double maxBacklog = MAX_BACKLOG_MONTHS * capMonth;
            if (backlogYen > maxBacklog) {
                economy.orders().leakYen(spec.kind(), backlogYen - maxBacklog);
                backlogYen = maxBacklog;
            }
            utilisation = capacityPerYear > 0 ? work / (capacityPerYear / 12.0) : 0;
            outputYen = potential;
        }
        outputUnits = potential;
        ordersYen = 0;
        if (isOpen(step) && !economy.ioParity()) {
            adjustCapacity(step);
        }
        Guard.finite(outputYen, agentId, step, "output_yen");
        staff.want(SupplierLabour.workersAtFill(outputYen, fill, workersPerMillionYen));
        Guard.finite(capacityPerYear, agentId, step, "capacity_per_year");
        Guard.finite(backlogYen, agentId, step, "backlog_yen");
        Guard.finite(staff.desired(), agentId, step, "desired_workers");
    }

    /** Refines domestic concentrate first, then imported concentrate; returns refined t. */
    private double process(SupplyContext economy, double capMonth) {
        ImportSupply market = economy.market(commodityIndex);
        CommodityLedger ledger = market.ledger();
        double pool = ledger.unprocessedConcentrateT();
        double domestic = Math.max(0.0, Math.min(pool, capMonth));
        ledger.addDomesticConcentrateProcessed(domestic);
        double want = Math.min(spec.importedFeedTPerYear() / 12.0, capMonth - domestic);
        double imported = 0;
        if (want > 0) {
            imported = market.takeImports(want, 0.0, 0.0, importScratch);
            ledger.addImportedConcentrate(importScratch, imported);
        }
        double out = domestic + imported;
        if (out > 0) {
            domesticFeedShare = domestic / out;
        }
        ledger.addRefinedOffer(out, domestic);
        return out;
    }

    private void adjustCapacity(int step) {
        highMonths = utilisation > spec.expandAbove() ? highMonths + 1 : 0;
        lowMonths = utilisation < spec.contractBelow() ? lowMonths + 1 : 0;
        if (highMonths >= spec.sustainMonths() && pendingReadyStep < 0) {
            pendingCapacity = capacityPerYear * spec.stepShare();
            pendingReadyStep = step + spec.buildLagMonths();
            highMonths = 0;
        } else if (lowMonths >= spec.sustainMonths()) {
            capacityPerYear = Math.max(spec.capacityPerYear() * MIN_CAPACITY_SHARE, capacityPerYear * (1.0 - spec.stepShare()));
            lowMonths = 0;
        }
    }

    @Override
    public boolean isOpen(int step) {
        return step >= opensStep;
    }

    // ---- read-only accessors ----

    public String id() {
        return spec.id();
    }

    public SupplierSpec spec() {
        return spec;
    }

    @Override
    public SupplierKind kind() {
        return spec.kind();
    }

    /** Commodity index of a PROCESSING plant, -1 otherwise. */
    public int commodityIndex() {
        return commodityIndex;
    }

    @Override
    public int regionIndex() {
        return regionIndex;
    }

    /** Capacity in force: t/yr (PROCESSING) or JPY/yr. */
    @Override
    public double capacityPerYear() {
        return capacityPerYear;
    }

    /** Output this month: refined t (PROCESSING) or JPY. */
    public double outputUnits() {
        return outputUnits;
    }

    /** Output value this month, JPY. */
    public double outputYen() {
        return outputYen;
    }

    public double utilisation() {
        return utilisation;
    }

    public double backlogYen() {
        return backlogYen;
    }

    /**
     * PROCESSING: the share of the plant's feed that was domestic concentrate, t/t: this month's domestic
     * concentrate / (domestic + imported concentrate) refined, or that of the last month with feed (before any: 1
     * without imported feed, else 0). It splits the plant's jobs into domestic-ore and imported-feed processing.
     * Other kinds: 0.
     */
    public double domesticFeedShare() {
        return spec.kind() == SupplierKind.PROCESSING ? domesticFeedShare : 0.0;
    }

    /** Employment coefficient in force, persons per (JPY m/yr). */
    public double workersPerMillionYen() {
        return workersPerMillionYen;
    }

    @Override
    public String employerId() {
        return agentId;
    }

    @Override
    public EmployerClass employerClass() {
        return EmployerClass.SUPPLIERS;
    }

    @Override
    public String jobDetail() {
        return spec.kind().name();
    }

    @Override
    public Staffing staffing() {
        return staff;
    }
}
