package kozan.model;

import kozan.model.labour.LabourMarketView;
import kozan.model.labour.Workplace;
import kozan.model.random.Seeds;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kozan.model.policy.Government;
import kozan.model.demand.Manufacturer;
import kozan.model.mining.Mine;
import kozan.model.mining.ProspectGenerator;
import kozan.model.supply.Supplier;
import kozan.model.trade.WorldMarket;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.ImportSupply;
import kozan.model.supply.OrderBook;
import kozan.model.demand.Procurement;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.ManufacturerSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.Mode;
import kozan.scenario.ProspectGeneratorSpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulated economy (MODEL 3-4). One step is one month. {@link #start()} builds the agents from the
 * scenario and schedules one {@link Phase} per ordering:
 * 0 WorldMarket, 1 Government, 2 Mine (after the prospect generators), 3 Supplier (after the order
 * distribution), 4 Manufacturer (then the procurement clearing and settlement), 5 labour market, 6 observers.
 * Agents never draw from {@link SimState#random}; each has its own streams from {@link Seeds}.
 */
public class MiningEconomy extends SimState {

    private static final long serialVersionUID = 1L;
    public static final int ORDERING_MARKETS = 0;
    public static final int ORDERING_GOVERNMENT = 1;
    public static final int ORDERING_MINES = 2;
    public static final int ORDERING_SUPPLIERS = 3;
    public static final int ORDERING_MANUFACTURERS = 4;
    public static final int ORDERING_LABOUR = 5;
    public static final int ORDERING_OBSERVERS = 6;
    /** Direct-use mines produce this much above last month's call, so month-to-month demand noise is not imported. */
    static final double DIRECT_USE_HEADROOM = 0.03;
    private static final String[] PHASE_NAMES = {"markets", "government", "mines", "suppliers", "manufacturers", "labour", "observers"};

    private final Scenario scenario;
    private final long masterSeed;
    private final Map<String, Integer> commodityIndex = new LinkedHashMap<>();
    private final Map<String, Integer> regionIndex = new LinkedHashMap<>();
    private final List<Consumer<MiningEconomy>> startHooks = new ArrayList<>();

    private final List<WorldMarket> markets = new ArrayList<>();
    private final List<Mine> mines = new ArrayList<>();
    private final Map<String, Mine> minesById = new LinkedHashMap<>();
    private final List<Supplier> suppliers = new ArrayList<>();
    private final List<Manufacturer> manufacturers = new ArrayList<>();
    private final List<ProspectGenerator> generators = new ArrayList<>();
    private final List<Workplace> employers = new ArrayList<>();
    private final Phase[] phases = new Phase[PHASE_NAMES.length];
    private Government government;
    private OrderBook orders;
    private Procurement procurement;
    private LabourMarketView labourMarket;
    private double[][] disasterCut;
    private double[] directUseCall;
    private int step;

    public MiningEconomy(Scenario scenario, long masterSeed) {
        super(masterSeed);
        this.scenario = scenario;
        this.masterSeed = masterSeed;
        for (int c = 0; c < scenario.commodities().size(); c++) {
            commodityIndex.put(scenario.commodities().get(c).id(), c);
        }
        for (int r = 0; r < scenario.regions().size(); r++) {
            regionIndex.put(scenario.regions().get(r).id(), r);
        }
        build();
    }

    /** Registers code run at the end of every {@link #start()} (observers, labour market wiring, GUI hooks). */
    public void addStartHook(Consumer<MiningEconomy> hook) {
        startHooks.add(hook);
    }

    @Override
    public void start() {
        super.start();
        build();
        for (int i = 0; i < phases.length; i++) {
            schedule.scheduleRepeating(Schedule.EPOCH, i, phases[i], 1.0);
        }
        // regional labour markets at ordering 5 (helper "jobs"): fills feed back into mines, suppliers, manufacturers
        kozan.model.labour.LabourMarketAgent.install(this, null);
        for (Consumer<MiningEconomy> hook : startHooks) {
            hook.accept(this);
        }
    }

    /** Creates every agent afresh from the scenario (also done at construction so accessors work before start). */
    private void build() {
        step = 0;
        directUseCall = null;
        markets.clear();
        mines.clear();
        minesById.clear();
        suppliers.clear();
        manufacturers.clear();
        generators.clear();
        employers.clear();
        labourMarket = null;
        for (int i = 0; i < phases.length; i++) {
            phases[i] = new Phase(PHASE_NAMES[i]);
        }
        orders = new OrderBook();
        buildDisasters();
        for (int c = 0; c < scenario.commodities().size(); c++) {
            WorldMarket m = new WorldMarket(this, c, scenario.commodities().get(c), masterSeed);
            markets.add(m);
            phases[ORDERING_MARKETS].add(m);
        }
        government = new Government(this);
        phases[ORDERING_GOVERNMENT].add(government);
        for (MineSpec ms : scenario.mines()) {
            addMine(new Mine(this, ms, masterSeed));
        }
        for (ProspectGeneratorSpec g : scenario.prospectGenerators()) {
            ProspectGenerator gen = new ProspectGenerator(g, masterSeed);
            generators.add(gen);
            phases[ORDERING_MINES].addBefore(gen);
        }
        for (SupplierSpec s : scenario.suppliers()) {
            Supplier sup = new Supplier(this, s);
            suppliers.add(sup);
            employers.add(sup);
            phases[ORDERING_SUPPLIERS].add(sup);
        }
        for (ManufacturerSpec ms : scenario.manufacturers()) {
            Manufacturer man = new Manufacturer(this, ms, masterSeed);
            manufacturers.add(man);
            employers.add(man);
            phases[ORDERING_MANUFACTURERS].add(man);
        }
        buildProcurement();
        phases[ORDERING_MARKETS].addBefore(state -> beginMonth());
        phases[ORDERING_MINES].addBefore(state -> callDirectUseOutput());
        phases[ORDERING_SUPPLIERS].addBefore(state -> distributeOrders());
        phases[ORDERING_MANUFACTURERS].addAfter(state -> clearMarkets());
    }

    private void buildProcurement() {
        int nc = markets.size();
        boolean[] critical = new boolean[nc];
        double[] preference = new double[nc];
        for (int c = 0; c < nc; c++) {
            CommoditySpec cs = scenario.commodities().get(c);
            critical[c] = cs.critical();
            preference[c] = cs.domesticPreference();
        }
        procurement = new Procurement(manufacturers, markets.toArray(new ImportSupply[0]), critical, preference, government);
        for (int c = 0; c < nc; c++) {
            double monthly = 0;
            for (Manufacturer m : manufacturers) {
                monthly += m.initialNeed(c);
            }
            procurement.initialiseConsumption(c, monthly);
            if (government.isStockpiled(c)) {
                government.setStockpileT(c, procurement.stockpileTargetT(c));
            }
        }
    }

    private void buildDisasters() {
        int steps = scenario.steps();
        disasterCut = new double[scenario.regions().size()][steps + 1];
        for (EventSpec e : scenario.events()) {
            if (e.kind() == EventSpec.EventKind.DISASTER && e.region() != null && regionIndex.containsKey(e.region())) {
                int r = regionIndex.get(e.region());
                int from = scenario.calendar().stepOf(e.start());
                for (int s = Math.max(0, from); s < Math.min(steps + 1, from + e.months()); s++) {
                    disasterCut[r][s] = Math.max(disasterCut[r][s], e.depth());
                }
            }
        }
    }

    private void beginMonth() {
        step = (int) Math.round(schedule.getTime());
        orders.resetMonth();
    }

    /**
     * Direct-use products (limestone, coal) are dug to order: producing mines share last month's domestic call
     * pro rata to capacity, so output follows demand instead of piling up as exports.
     */
    private void callDirectUseOutput() {
        int nc = markets.size();
        if (directUseCall == null || directUseCall.length != nc) {
            directUseCall = new double[nc];
        }
        double[] capacity = new double[nc];
        for (Mine m : mines) {
            if (m.stage() == kozan.scenario.Stage.PRODUCTION) {
                capacity[m.commodityIndex()] += m.spec().capacityTOrePerYear() / 12.0 * m.spec().grade() * m.spec().recovery()
                        * (1.0 - disasterCut(m.regionIndex()));
            }
        }
        for (int c = 0; c < nc; c++) {
            double call = procurement.domesticCallT(c);
            directUseCall[c] = capacity[c] > 0 && !ioParity() ? Math.min(1.0, call * (1 + DIRECT_USE_HEADROOM) / capacity[c]) : 1.0;
        }
    }

    /** Share of capacity direct-use mines of a commodity work at this month (1 for processed commodities). */
    public double directUseCall(int commodity) {
        return directUseCall == null || !scenario.commodities().get(commodity).directUse() ? 1.0 : directUseCall[commodity];
    }

    /** Domestic EQUIPMENT/ENGINEERING orders go to the open suppliers of the kind pro rata to capacity. */
    private void distributeOrders() {
        for (SupplierKind kind : new SupplierKind[] {SupplierKind.EQUIPMENT, SupplierKind.ENGINEERING}) {
            double capacity = 0;
            for (Supplier s : suppliers) {
                if (s.kind() == kind && s.isOpen(step)) {
                    capacity += s.capacityPerYear();
                }
            }
            double yen = orders.domesticYen(kind);
            if (capacity <= 0) {
                orders.leak(kind);
                continue;
            }
            for (Supplier s : suppliers) {
                if (s.kind() == kind && s.isOpen(step)) {
                    s.receiveOrders(yen * s.capacityPerYear() / capacity);
                }
            }
        }
    }

    private void clearMarkets() {
        procurement.clear(government.offtakeMandate());
        for (Manufacturer m : manufacturers) {
            m.settle(this);
        }
        procurement.afterSettlement();
    }

    /** Adds a mine (scenario mines at build, generated prospects during the run); it steps in creation order. */
    public void addMine(Mine mine) {
        if (minesById.containsKey(mine.id())) {
            throw new IllegalStateException("duplicate mine id " + mine.id());
        }
        mines.add(mine);
        minesById.put(mine.id(), mine);
        employers.add(mine);
        phases[ORDERING_MINES].add(mine);
    }

    // ---- calendar ----

    /** Current 0-based month index (the month being simulated while agents step). */
    public int step() {
        return step;
    }

    /** Calendar month of {@link #step()}. */
    public YearMonth month() {
        return scenario.calendar().monthOf(step);
    }

    /** Total steps of the run (horizon years x 12). */
    public int steps() {
        return scenario.steps();
    }

    // ---- read-only accessors ----

    public Scenario scenario() {
        return scenario;
    }

    /** The scenario's input-output table: read and checked when the scenario was loaded, shared by its replications. */
    public kozan.scenario.io.IoTable ioTable() {
        return scenario.resolved().ioTable();
    }

    public long masterSeed() {
        return masterSeed;
    }

    public boolean ioParity() {
        return scenario.mode() == Mode.IO_PARITY;
    }

    /** Share of output lost to a DISASTER event in a region this month. */
    public double disasterCut(int region) {
        return step < disasterCut[region].length ? disasterCut[region][step] : 0.0;
    }

    public int commodityIndex(String id) {
        Integer c = commodityIndex.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown commodity " + id);
        }
        return c;
    }

    public int regionIndex(String id) {
        Integer r = regionIndex.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown region " + id);
        }
        return r;
    }

    public List<RegionSpec> regions() {
        return scenario.regions();
    }

    public List<WorldMarket> markets() {
        return Collections.unmodifiableList(markets);
    }

    public WorldMarket market(int commodity) {
        return markets.get(commodity);
    }

    public CommodityLedger ledger(int commodity) {
        return markets.get(commodity).ledger();
    }

    public Government government() {
        return government;
    }

    public List<Mine> mines() {
        return Collections.unmodifiableList(mines);
    }

    /** Mine by id, or null. */
    public Mine mine(String id) {
        return minesById.get(id);
    }

    public List<Supplier> suppliers() {
        return Collections.unmodifiableList(suppliers);
    }

    public List<Manufacturer> manufacturers() {
        return Collections.unmodifiableList(manufacturers);
    }

    public List<ProspectGenerator> generators() {
        return Collections.unmodifiableList(generators);
    }

    /** Every employer (mines, suppliers, manufacturers) in creation order. */
    public List<Workplace> employers() {
        return Collections.unmodifiableList(employers);
    }

    public OrderBook orders() {
        return orders;
    }

    public Procurement procurement() {
        return procurement;
    }

    /** The phase of an ordering, to attach agents or observers (from a start hook). */
    public Phase phase(int ordering) {
        return phases[ordering];
    }

    /** The labour market's statistics, or null when none is wired in. */
    public LabourMarketView labourMarket() {
        return labourMarket;
    }

    /** Wires a labour market (call from a start hook; it should also join {@link #phase}(5)). */
    public void setLabourMarket(LabourMarketView view) {
        this.labourMarket = view;
    }
}
