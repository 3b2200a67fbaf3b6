package kozan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.model.demand.ImportSupply;
import kozan.model.demand.Manufacturer;
import kozan.model.demand.PriceResponses;
import kozan.model.demand.Procurement;
import kozan.model.labour.Workplace;
import kozan.model.mining.DirectUseCall;
import kozan.model.mining.FixedEmployer;
import kozan.model.mining.Mine;
import kozan.model.mining.ProspectGenerator;
import kozan.model.policy.Government;
import kozan.model.supply.OrderBook;
import kozan.model.supply.Supplier;
import kozan.model.trade.ScheduledEvents;
import kozan.model.trade.WorldMarket;
import kozan.scenario.FixedEmployerSpec;
import kozan.scenario.ManufacturerSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.ProspectGeneratorSpec;
import kozan.scenario.Scenario;
import kozan.scenario.SupplierSpec;

/**
 * The agents and shared books of one run, built from the scenario in dependency order (markets and government
 * first: mines read their price expectation and policy when created), each list in creation order, plus the
 * month's phases (empty until {@link MiningEconomy} schedules them).
 */
final class Agents {

    final Phase[] phases;
    final List<WorldMarket> markets = new ArrayList<>();
    final List<Mine> mines = new ArrayList<>();
    final Map<String, Mine> minesById = new LinkedHashMap<>();
    final List<Supplier> suppliers = new ArrayList<>();
    final List<Manufacturer> manufacturers = new ArrayList<>();
    final List<ProspectGenerator> generators = new ArrayList<>();
    /** Every employer (mines, suppliers, manufacturers) in creation order. */
    final List<Workplace> employers = new ArrayList<>();
    final OrderBook orders = new OrderBook();
    /** Read-only live views, made once: the recorder asks for them every month and every commodity. */
    final List<WorldMarket> marketsView = Collections.unmodifiableList(markets);
    final List<Mine> minesView = Collections.unmodifiableList(mines);
    final List<Supplier> suppliersView = Collections.unmodifiableList(suppliers);
    final List<Manufacturer> manufacturersView = Collections.unmodifiableList(manufacturers);
    final List<ProspectGenerator> generatorsView = Collections.unmodifiableList(generators);
    final List<Workplace> employersView = Collections.unmodifiableList(employers);
    ScheduledEvents events;
    DirectUseCall directUse;
    Government government;
    Procurement procurement;

    /** @param phaseNames one empty phase per name, index = MASON ordering */
    Agents(String[] phaseNames) {
        phases = new Phase[phaseNames.length];
        for (int i = 0; i < phases.length; i++) {
            phases[i] = new Phase(phaseNames[i]);
        }
    }

    /** Builds every agent; the economy must already hold this instance (agents read it while being created). */
    void populate(MiningEconomy economy, Scenario scenario, long masterSeed) {
        events = ScheduledEvents.of(scenario);
        directUse = new DirectUseCall(scenario.commodities());
        for (int c = 0; c < scenario.commodities().size(); c++) {
            markets.add(new WorldMarket(scenario, events, c, masterSeed));
        }
        government = new Government(scenario);
        for (MineSpec ms : scenario.mines()) {
            register(new Mine(economy, ms, masterSeed));
        }
        for (ProspectGeneratorSpec g : scenario.prospectGenerators()) {
            generators.add(new ProspectGenerator(g, masterSeed));
        }
        for (SupplierSpec s : scenario.suppliers()) {
            Supplier sup = new Supplier(economy, s);
            suppliers.add(sup);
            employers.add(sup);
        }
        PriceResponses responses = new PriceResponses(scenario.commodities());
        for (ManufacturerSpec ms : scenario.manufacturers()) {
            Manufacturer man = new Manufacturer(economy, ms, masterSeed, responses);
            manufacturers.add(man);
            employers.add(man);
        }
        for (FixedEmployerSpec f : scenario.fixedEmployers()) {
            employers.add(new FixedEmployer(f, economy.regionIndex(f.region())));
        }
        procurement = Procurement.open(manufacturers, markets.toArray(new ImportSupply[0]), scenario.commodities(), government);
    }

    /** Adds a mine to the books (scenario mines at build, generated prospects during the run). */
    void register(Mine mine) {
        if (minesById.containsKey(mine.id())) {
            throw new IllegalStateException("duplicate mine id " + mine.id());
        }
        mines.add(mine);
        minesById.put(mine.id(), mine);
        employers.add(mine);
    }

    Phase phase(int ordering) {
        return phases[ordering];
    }
}
