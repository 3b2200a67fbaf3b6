package kozan.model.labour;

import java.util.ArrayList;
import java.util.List;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Wires the regional labour markets into the economy at ordering 5 (docs/model.md 3 and 7.6). Every
 * {@link Workplace} (mines, suppliers, manufacturers; also mines created during the run) is registered with its
 * region's market; each month the markets match, then migration clears, and every employer is told its payroll,
 * whose fill (payroll / desired) cuts output or stretches a stage in the employer's next month.
 * Employers present at the first month start with their demand already employed (existing jobs).
 */
public final class LabourMarketAgent implements LabourMarketView, Steppable {
    private static final long serialVersionUID = 1L;

    private final LabourContext economy;
    private final LabourMarkets markets;
    private final RegionalLabourMarket[] byIndex;
    /** Employers registered so far (the economy's list only grows, in creation order). */
    private int registered;
    private boolean first = true;

    private LabourMarketAgent(LabourContext economy) {
        this.economy = economy;
        Scenario s = economy.scenario();
        List<RegionalLabourMarket> list = new ArrayList<>();
        byIndex = new RegionalLabourMarket[s.regions().size()];
        for (int r = 0; r < byIndex.length; r++) {
            RegionSpec spec = s.regions().get(r);
            byIndex[r] = new RegionalLabourMarket(spec, s.labor(), economy.ioParity());
            list.add(byIndex[r]);
        }
        this.markets = new LabourMarkets(list);
    }

    /** Creates the labour markets, joins ordering 5 and becomes the economy's {@link LabourMarketView}. */
    public static LabourMarketAgent install(LabourContext economy) {
        LabourMarketAgent agent = new LabourMarketAgent(economy);
        economy.installLabourMarket(agent);
        return agent;
    }

    @Override
    public void step(SimState state) {
        registerNewEmployers();
        trainSubsidisedMiners();
        setChainDemand();
        markets.stepMonth(economy.step());
        first = false;
    }

    /** Targeted training subsidies (government.targeted_support[].training_per_year) add to the skilled pools. */
    private void trainSubsidisedMiners() {
        for (int r = 0; r < byIndex.length; r++) {
            double perYear = economy.trainingPerYear(r);
            if (perYear > 0) {
                byIndex[r].addTrainedMiners(perYear / 12.0);
            }
        }
    }

    /** This month's INDIRECT and INDUCED demand, computed before the markets step (none without a chain). */
    private void setChainDemand() {
        ChainDemand chain = economy.chainDemand();
        for (int r = 0; r < byIndex.length; r++) {
            byIndex[r].setChainDemand(chain == null ? 0.0 : chain.indirectPersons(r),
                    chain == null ? 0.0 : chain.inducedPersons(r));
        }
    }

    private void registerNewEmployers() {
        List<Workplace> all = economy.employers();
        for (int i = registered; i < all.size(); i++) {
            Workplace w = all.get(i);
            double initial = first ? Math.max(0.0, w.desiredWorkers()) : 0.0;
            byIndex[w.regionIndex()].register(w, initial);
        }
        registered = all.size();
    }

    /** The markets, regions in id order. */
    public LabourMarkets markets() {
        return markets;
    }

    /** Market of a region by scenario index. */
    public RegionalLabourMarket region(int regionIndex) {
        return byIndex[regionIndex];
    }

    @Override
    public double labourForce(int region) {
        return byIndex[region].labourForce();
    }

    @Override
    public double employed(int region) {
        return byIndex[region].employed();
    }

    @Override
    public double unemployed(int region) {
        return byIndex[region].unemployed();
    }

    @Override
    public double vacancies(int region) {
        return byIndex[region].vacancies();
    }

    @Override
    public double wageIndex(int region) {
        return byIndex[region].wageIndex();
    }

    @Override
    public double netMigration(int region) {
        return byIndex[region].netMigration();
    }

    @Override
    public double inducedJobs(int region) {
        return byIndex[region].jobsInduced();
    }

    @Override
    public double indirectJobs(int region) {
        return byIndex[region].jobsIndirect();
    }

    @Override
    public double jobsDisplaced(int region) {
        return byIndex[region].jobsDisplaced();
    }
}
