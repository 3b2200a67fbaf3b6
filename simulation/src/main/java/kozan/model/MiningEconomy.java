package kozan.model;

import kozan.model.accounts.NationalAccounts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.DemandContext;
import kozan.model.demand.Manufacturer;
import kozan.model.demand.Procurement;
import kozan.model.labour.LabourContext;
import kozan.model.labour.LabourMarketAgent;
import kozan.model.labour.LabourMarketView;
import kozan.model.labour.Workplace;
import kozan.model.mining.Mine;
import kozan.model.mining.MineContext;
import kozan.model.mining.ProspectGenerator;
import kozan.model.policy.Government;
import kozan.model.policy.PolicyContext;
import kozan.model.supply.OrderBook;
import kozan.model.supply.OrderDistribution;
import kozan.model.supply.Supplier;
import kozan.model.supply.SupplyContext;
import kozan.model.trade.MarketContext;
import kozan.model.trade.WorldMarket;
import kozan.scenario.Mode;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.io.IoTable;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The simulated economy: one step is one month, run as the phases of {@link #scheduleMonth()} in order (docs/model.md,
 * process overview). Agents see the economy only through the role interface of their package ({@link MineContext},
 * {@link SupplyContext}, {@link DemandContext}, {@link PolicyContext}, {@link LabourContext}, {@link MarketContext}),
 * which this class implements. Agents never draw from {@link SimState#random}; each has its own streams from
 * {@link kozan.model.random.Seeds}.
 */
public class MiningEconomy extends SimState
        implements MarketContext, PolicyContext, MineContext, SupplyContext, DemandContext, LabourContext {

    private static final long serialVersionUID = 1L;
    public static final int ORDERING_MARKETS = 0;
    public static final int ORDERING_GOVERNMENT = 1;
    public static final int ORDERING_MINES = 2;
    public static final int ORDERING_SUPPLIERS = 3;
    public static final int ORDERING_MANUFACTURERS = 4;
    public static final int ORDERING_LABOUR = 5;
    public static final int ORDERING_OBSERVERS = 6;
    private static final String[] PHASE_NAMES = {"markets", "government", "mines", "suppliers", "manufacturers", "labour", "observers"};

    private final Scenario scenario;
    private final long masterSeed;
    private final Map<String, Integer> commodityIndex = new LinkedHashMap<>();
    private final Map<String, Integer> regionIndex = new LinkedHashMap<>();
    private final List<Consumer<MiningEconomy>> startHooks = new ArrayList<>();
    private Agents agents;
    private LabourMarketView labourMarket;
    private NationalAccounts nationalAccounts;
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

    /** Registers code run at the end of every {@link #start()} (observers, GUI hooks). */
    public void addStartHook(Consumer<MiningEconomy> hook) {
        startHooks.add(hook);
    }

    @Override
    public void start() {
        super.start();
        build();
        for (int i = 0; i < agents.phases.length; i++) {
            schedule.scheduleRepeating(Schedule.EPOCH, i, agents.phases[i], 1.0);
        }
        IoTable table = ioTable();
        LabourMarketAgent.install(this, table);
        // the national accounts close the month right after the labour market (ordering 5)
        nationalAccounts = new NationalAccounts(scenario, table, mines(), suppliers(), employers(), agents.orders,
                labourMarket);
        agents.phase(ORDERING_LABOUR).add(nationalAccounts);
        for (Consumer<MiningEconomy> hook : startHooks) {
            hook.accept(this);
        }
    }

    /** Creates every agent afresh from the scenario (also done at construction so accessors work before start). */
    private void build() {
        step = 0;
        labourMarket = null;
        agents = new Agents(PHASE_NAMES);
        agents.populate(this, scenario, masterSeed);
        scheduleMonth();
    }

    /**
     * The month, phase by phase; each phase is one MASON ordering whose hooks and agents step in the order listed
     * (agents of a kind in creation order). Observers join the last phase from start hooks.
     */
    private void scheduleMonth() {
        Agents a = agents;
        // 0 markets: open the month, then world prices, scheduled events and import volumes
        a.phase(ORDERING_MARKETS).addBefore(state -> beginMonth());
        a.phase(ORDERING_MARKETS).addAll(a.markets);
        // 1 government: levers, R&D, stockpile carrying cost
        a.phase(ORDERING_GOVERNMENT).add(a.government);
        // 2 mines: new prospects, the direct-use call, then every mine's stage clock, production and orders
        a.phase(ORDERING_MINES).addAllBefore(a.generators);
        a.phase(ORDERING_MINES).addBefore(state -> a.directUse.update(a.mines, this::disasterCut,
                a.procurement::domesticCallT, ioParity()));
        a.phase(ORDERING_MINES).addAll(a.mines);
        // 3 suppliers: mines' domestic orders distributed, then processing and order work
        a.phase(ORDERING_SUPPLIERS).addBefore(state -> OrderDistribution.distribute(a.orders, a.suppliers, step));
        a.phase(ORDERING_SUPPLIERS).addAll(a.suppliers);
        // 4 manufacturers: output and demand, then the procurement clearing and settlement
        a.phase(ORDERING_MANUFACTURERS).addAll(a.manufacturers);
        a.phase(ORDERING_MANUFACTURERS).addAfter(state -> clearMarkets());
        // 5 labour: the regional labour markets join at start (LabourMarketAgent.install)
        // 6 observers: start hooks
    }

    private void beginMonth() {
        step = (int) Math.round(schedule.getTime());
        agents.orders.resetMonth();
    }

    private void clearMarkets() {
        agents.procurement.clear(agents.government.offtakeMandate());
        for (Manufacturer m : agents.manufacturers) {
            m.settle(this);
        }
        agents.procurement.afterSettlement();
    }

    /** Adds a mine generated during the run; it steps after the mines already present, from this month on. */
    @Override
    public void addMine(Mine mine) {
        agents.register(mine);
        agents.phase(ORDERING_MINES).add(mine);
    }

    /**
     * The scenario's input-output table, the model's one access to it: read and checked when the scenario was loaded,
     * immutable, shared by the scenario's replications.
     */
    @Override
    public IoTable ioTable() {
        return scenario.resolved().ioTable();
    }

    @Override
    public void installLabourMarket(LabourMarketAgent agent) {
        agents.phase(ORDERING_LABOUR).add(agent);
        this.labourMarket = agent;
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public YearMonth month() {
        return scenario.calendar().monthOf(step);
    }

    /** Total steps of the run (horizon years x 12). */
    public int steps() {
        return scenario.steps();
    }

    // ---- read-only accessors ----

    @Override
    public Scenario scenario() {
        return scenario;
    }

    public long masterSeed() {
        return masterSeed;
    }

    @Override
    public boolean ioParity() {
        return scenario.mode() == Mode.IO_PARITY;
    }

    @Override
    public double disasterCut(int region) {
        return agents.events.disasterCut(region, step);
    }

    @Override
    public double directUseCall(int commodity) {
        return agents.directUse.share(commodity);
    }

    @Override
    public int commodityIndex(String id) {
        return index(commodityIndex, "commodity", id);
    }

    @Override
    public int regionIndex(String id) {
        return index(regionIndex, "region", id);
    }

    private static int index(Map<String, Integer> indexes, String what, String id) {
        Integer i = indexes.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown " + what + " " + id);
        }
        return i;
    }

    @Override
    public List<RegionSpec> regions() {
        return scenario.regions();
    }

    public List<WorldMarket> markets() {
        return agents.marketsView;
    }

    @Override
    public WorldMarket market(int commodity) {
        return agents.markets.get(commodity);
    }

    public CommodityLedger ledger(int commodity) {
        return agents.markets.get(commodity).ledger();
    }

    @Override
    public Government government() {
        return agents.government;
    }

    public List<Mine> mines() {
        return agents.minesView;
    }

    /** Mine by id, or null. */
    public Mine mine(String id) {
        return agents.minesById.get(id);
    }

    @Override
    public int regionOfMine(String mineId) {
        Mine m = agents.minesById.get(mineId);
        return m == null ? -1 : m.regionIndex();
    }

    @Override
    public double trainingPerYear(int region) {
        return agents.government.trainingPerYear(this, region);
    }

    public List<Supplier> suppliers() {
        return agents.suppliersView;
    }

    public List<Manufacturer> manufacturers() {
        return agents.manufacturersView;
    }

    public List<ProspectGenerator> generators() {
        return agents.generatorsView;
    }

    @Override
    public List<Workplace> employers() {
        return agents.employersView;
    }

    @Override
    public OrderBook orders() {
        return agents.orders;
    }

    public Procurement procurement() {
        return agents.procurement;
    }

    /** The phase of an ordering, to attach agents or observers (from a start hook). */
    public Phase phase(int ordering) {
        return agents.phase(ordering);
    }

    /** The labour market's statistics, or null before {@link #start()}. */
    public LabourMarketView labourMarket() {
        return labourMarket;
    }

    /** Value added and national indirect and induced jobs of the month; null before {@link #start()}. */
    public NationalAccounts nationalAccounts() {
        return nationalAccounts;
    }
}
