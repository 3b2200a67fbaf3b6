package kozan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kozan.model.accounts.ChainFlows;
import kozan.model.accounts.NationalAccounts;
import kozan.model.demand.Manufacturer;
import kozan.model.labour.LabourMarketAgent;
import kozan.model.mining.Mine;
import kozan.model.supply.OrderDistribution;
import kozan.model.supply.SupplyChain;
import kozan.model.trade.WorldMarket;
import kozan.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The simulated economy: one step is one month, run as the phases listed in {@link #scheduleMonth()}, in that order
 * (docs/model.md, section 3). Agents see the economy only through the role interface of their package, which
 * {@link EconomyState} implements; this class only builds the agents and runs the month. Agents never draw from
 * {@link SimState#random}; each has its own streams from {@link kozan.model.random.Seeds}.
 */
public class MiningEconomy extends EconomyState {

    private static final long serialVersionUID = 1L;
    public static final int ORDERING_MARKETS = 0;
    public static final int ORDERING_GOVERNMENT = 1;
    public static final int ORDERING_MINES = 2;
    public static final int ORDERING_SUPPLIERS = 3;
    public static final int ORDERING_MANUFACTURERS = 4;
    public static final int ORDERING_LABOUR = 5;
    public static final int ORDERING_OBSERVERS = 6;
    private static final String[] PHASE_NAMES = {"markets", "government", "mines", "suppliers", "manufacturers", "labour", "observers"};

    private final List<Consumer<MiningEconomy>> startHooks = new ArrayList<>();
    /**
     * True from construction until the first {@link #start()}: the agents built for the accessors are the ones that
     * start would build (same scenario and seed, nothing stepped), so the first start keeps them rather than paying
     * for a second build; every later start (the GUI's next run) builds afresh.
     */
    private boolean unstartedBuild;

    public MiningEconomy(Scenario scenario, long masterSeed) {
        super(scenario, masterSeed);
        build();
        unstartedBuild = true;
    }

    /** Registers code run at the end of every {@link #start()} (observers, GUI hooks). */
    public void addStartHook(Consumer<MiningEconomy> hook) {
        startHooks.add(hook);
    }

    @Override
    public void start() {
        super.start();
        if (!unstartedBuild) {
            build();
        }
        unstartedBuild = false;
        scheduleMonth();
        for (int i = 0; i < agents.phases.length; i++) {
            schedule.scheduleRepeating(Schedule.EPOCH, i, agents.phases[i], 1.0);
        }
        for (Consumer<MiningEconomy> hook : startHooks) {
            hook.accept(this);
        }
    }

    /** Creates every agent afresh from the scenario (also done at construction, so the accessors work before start). */
    private void build() {
        step = 0;
        labourMarket = null;
        nationalAccounts = null;
        supplyChain = null;
        agents = new Agents(PHASE_NAMES);
        agents.populate(this, scenario, masterSeed);
    }

    /**
     * The month, phase by phase: each phase is one MASON ordering whose hooks and agents step in the order listed
     * (agents of a kind in creation order).
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
        OrderDistribution.Locality locality = OrderDistribution.locality(scenario);
        a.phase(ORDERING_SUPPLIERS).addBefore(state -> OrderDistribution.distribute(a.orders, a.suppliers, step, locality));
        a.phase(ORDERING_SUPPLIERS).addAll(a.suppliers);
        // 4 manufacturers: output and demand, then the procurement clearing and settlement
        a.phase(ORDERING_MANUFACTURERS).addAll(a.manufacturers);
        a.phase(ORDERING_MANUFACTURERS).addAfter(state -> clearMarkets());
        // 5 labour: the month's supply-chain flows (mines and suppliers are done) set the jobs the chain and household
        //   spending want; then the regional labour markets (matching, wages, migration; they join through
        //   installLabourMarket) staff them; then the national accounts close the month's books
        supplyChain = new SupplyChain(ioTable(), interregionalIo(),
                ChainFlows.otherPurchasePerYen(ioTable(), scenario.ioTable()));
        ChainFlows flows = new ChainFlows(ioTable(), scenario.ioTable(), scenario.regions(), mines(), suppliers(),
                supplyChain);
        a.phase(ORDERING_LABOUR).addBefore(flows);
        LabourMarketAgent.install(this);
        supplyChain.fillFrom(labourMarket);
        nationalAccounts = new NationalAccounts(scenario, ioTable(), mines(), suppliers(), flows, supplyChain,
                labourMarket);
        a.phase(ORDERING_LABOUR).add(nationalAccounts);
        // 6 observers: join from the start hooks (kozan.observe.Recorder, the GUI's charts)
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
        for (WorldMarket m : agents.markets) {
            m.settle();
        }
    }

    /** Adds a mine generated during the run; it steps after the mines already present, from this month on. */
    @Override
    public void addMine(Mine mine) {
        agents.register(mine);
        agents.phase(ORDERING_MINES).add(mine);
    }

    @Override
    public void installLabourMarket(LabourMarketAgent agent) {
        agents.phase(ORDERING_LABOUR).add(agent);
        this.labourMarket = agent;
    }
}
