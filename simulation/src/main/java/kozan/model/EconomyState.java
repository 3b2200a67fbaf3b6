package kozan.model;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.model.accounts.NationalAccounts;
import kozan.model.demand.CommodityLedger;
import kozan.model.demand.DemandContext;
import kozan.model.demand.Manufacturer;
import kozan.model.demand.Procurement;
import kozan.model.labour.ChainDemand;
import kozan.model.labour.LabourContext;
import kozan.model.labour.LabourMarketView;
import kozan.model.labour.Workplace;
import kozan.model.mining.Mine;
import kozan.model.mining.MineContext;
import kozan.model.mining.ProspectGenerator;
import kozan.model.policy.Government;
import kozan.model.policy.PolicyContext;
import kozan.model.supply.OrderBook;
import kozan.model.supply.Supplier;
import kozan.model.supply.SupplyChain;
import kozan.model.supply.SupplyChainView;
import kozan.model.supply.SupplyContext;
import kozan.model.trade.MarketContext;
import kozan.model.trade.WorldMarket;
import kozan.scenario.Mode;
import kozan.scenario.RegionSpec;
import kozan.scenario.ResolvedInputs;
import kozan.scenario.Scenario;
import kozan.scenario.io.InterregionalIo;
import kozan.scenario.io.IoTable;
import sim.engine.SimState;

/**
 * What the economy's agents and observers may read of it: the calendar, the scenario, the agents and the
 * role-interface answers ({@link MineContext}, {@link SupplyContext}, {@link DemandContext}, {@link PolicyContext},
 * {@link LabourContext}, {@link MarketContext}). {@link MiningEconomy} adds how a month runs. Kept apart so the
 * class that schedules the month stays short.
 */
public abstract class EconomyState extends SimState
        implements MarketContext, PolicyContext, MineContext, SupplyContext, DemandContext, LabourContext {

    private static final long serialVersionUID = 1L;

    protected final Scenario scenario;
    protected final long masterSeed;
    private final Map<String, Integer> commodityIndex = new LinkedHashMap<>();
    private final Map<String, Integer> regionIndex = new LinkedHashMap<>();
    /** The agents of the current run (rebuilt at every start). */
    protected Agents agents;
    protected LabourMarketView labourMarket;
    protected NationalAccounts nationalAccounts;
    protected SupplyChain supplyChain;
    /** Current 0-based month index, set when the month opens. */
    protected int step;

    protected EconomyState(Scenario scenario, long masterSeed) {
        super(masterSeed);
        this.scenario = scenario;
        this.masterSeed = masterSeed;
        for (int c = 0; c < scenario.commodities().size(); c++) {
            commodityIndex.put(scenario.commodities().get(c).id(), c);
        }
        for (int r = 0; r < scenario.regions().size(); r++) {
            regionIndex.put(scenario.regions().get(r).id(), r);
        }
    }

    /**
     * The scenario's input-output table, the model's one access to it: read and checked when the scenario was loaded,
     * immutable, shared by the scenario's replications.
     */
    @Override
    public IoTable ioTable() {
        return scenario.resolved().ioTable();
    }

    /**
     * The interregional IO model over the scenario's regions that the supply chain runs through: built when the
     * scenario was loaded and shared by its replications (rebuilt only for a scenario changed in code).
     */
    protected InterregionalIo interregionalIo() {
        return ResolvedInputs.regionalIo(scenario);
    }

    @Override
    public ChainDemand chainDemand() {
        return supplyChain;
    }

    /** The month's supply-chain and induced output and jobs by region and IO sector; null before {@link #start()}. */
    public SupplyChainView supplyChain() {
        return supplyChain;
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
    public double manufacturingActivity() {
        return agents.events.manufacturingActivity(step);
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

    @Override
    public double recyclingLever() {
        return agents.government.recyclingLever();
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
