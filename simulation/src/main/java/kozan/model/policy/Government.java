package kozan.model.policy;

import java.time.YearMonth;
import java.util.List;
import kozan.model.common.Guard;
import kozan.model.demand.StockpileAccount;
import kozan.scenario.AgreementSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EquityStakeSpec;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.Scenario;
import kozan.scenario.TargetedSupportSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The government (ordering 1). Each month it reads its lever timelines, funds R&amp;D (raising deep-sea
 * technology readiness and mine automation by learning coefficients per JPY bn of cumulative budget),
 * pays for agreements, and holds the national stockpile, whose purchases and releases the procurement
 * clearing carries out. It books every yen by lever so fiscal cost per job can be reported.
 */
public final class Government implements Steppable, StockpileAccount {

    private static final long serialVersionUID = 1L;
    private static final String AGENT = "government";

    private final GovernmentSpec spec;
    private final List<TargetedSupportSpec> targeted;
    private final boolean[] stockpiled;
    private final double[] stockpileT;
    private final double[] fiscalYen = new double[FiscalLever.values().length];
    private final double[] fiscalCumulativeYen = new double[FiscalLever.values().length];

    private double explorationSubsidy;
    private double capexGrant;
    private double stateEquity;
    private double lossCover;
    private double permittingMultiplier = 1;
    private double stringency = 1;
    private double minWaterRecycling;
    private double reclamationBond;
    private double carbonPrice;
    private double renewableMin;
    private double offtakeMandate;
    private double stockpileTargetDays;
    private double recyclingLever = 1;
    private double equitySupport;
    private double cumulativeRdYen;
    private YearMonth month;
    private final TechnologyState technology;

    public Government(Scenario scenario) {
        this.spec = scenario.government();
        this.targeted = spec.targetedSupport();
        List<CommoditySpec> cs = scenario.commodities();
        this.stockpiled = new boolean[cs.size()];
        this.stockpileT = new double[cs.size()];
        for (int c = 0; c < cs.size(); c++) {
            stockpiled[c] = spec.stockpileCommodities() == null ? cs.get(c).critical()
                    : spec.stockpileCommodities().contains(cs.get(c).id());
        }
        this.technology = new TechnologyState(spec.technology());
        readLevers(scenario.calendar().start());
        technology.update(month, 0.0);
    }

    private void readLevers(YearMonth m) {
        month = m;
        explorationSubsidy = spec.explorationSubsidy().valueAt(m);
        capexGrant = spec.capexGrant().valueAt(m);
        stateEquity = spec.stateEquity().valueAt(m);
        lossCover = spec.lossCover().valueAt(m);
        permittingMultiplier = spec.permittingMultiplier().valueAt(m);
        stringency = spec.environmentalStringency().valueAt(m);
        minWaterRecycling = spec.minWaterRecycling().valueAt(m);
        reclamationBond = spec.reclamationBond().valueAt(m);
        carbonPrice = spec.carbonPrice().valueAt(m);
        renewableMin = spec.renewablePowerMin().valueAt(m);
        offtakeMandate = spec.offtakeMandate().valueAt(m);
        stockpileTargetDays = spec.stockpileTargetDays().valueAt(m);
        recyclingLever = spec.recyclingLever().valueAt(m);
        equitySupport = spec.equitySupport().valueAt(m);
    }

    @Override
    public void step(SimState state) {
        PolicyContext economy = (PolicyContext) state;
        readLevers(economy.month());
        java.util.Arrays.fill(fiscalYen, 0);
        double rd = spec.rdBudget().valueAt(month) / 12.0;
        cumulativeRdYen += rd;
        book(FiscalLever.RD, rd);
        technology.update(month, rd);
        bookTraining(economy);
        for (AgreementSpec a : spec.agreements()) {
            if (!month.isBefore(a.from()) && (a.to() == null || !month.isAfter(a.to()))) {
                book(FiscalLever.AGREEMENTS, a.fiscalCostYenPerYear() / 12.0);
            }
        }
        bookCarryingCost(economy);
        bookStakePurchases(economy.step());
        Guard.finite(cumulativeRdYen, AGENT, economy.step(), "cumulative_rd_yen");
    }

    /**
     * Training under targeted support: the month's trainees (training_per_year / 12 of every active support whose
     * mine exists) x training_cost_yen_per_trainee, booked as fiscal cost training.
     */
    private void bookTraining(PolicyContext economy) {
        double trainees = 0;
        for (TargetedSupportSpec t : targeted) {
            if (!month.isBefore(t.from()) && economy.regionOfMine(t.mine()) >= 0) {
                trainees += t.trainingPerYear() / 12.0;
            }
        }
        book(FiscalLever.TRAINING, trainees * spec.trainingCostYenPerTrainee());
    }

    /**
     * Holding the stockpile costs its value at this month's world price times the carrying rate (capital tied
     * up plus storage) / 12, on the level at the end of last month; booked as fiscal cost stockpile.
     */
    private void bookCarryingCost(PolicyContext economy) {
        double yen = 0;
        for (int c = 0; c < stockpileT.length; c++) {
            if (stockpiled[c] && stockpileT[c] > 0) {
                yen += stockpileT[c] * economy.market(c).worldPrice() * spec.stockpileCarryingCostPerYear() / 12.0;
            }
        }
        Guard.finite(yen, AGENT, economy.step(), "stockpile_carrying_cost_yen");
        book(FiscalLever.STOCKPILE, yen);
    }

    /**
     * Stakes bought inside the horizon: in the month a stake starts, the state pays the equity_support share in force
     * of its price (stakes on record from before the start month are sunk and cost nothing here).
     */
    private void bookStakePurchases(int step) {
        if (step == 0) {
            return;
        }
        for (EquityStakeSpec e : spec.equityStakes()) {
            if (e.from().equals(month) && e.costYen() > 0) {
                book(FiscalLever.EQUITY_STAKES, e.costYen() * equitySupport);
            }
        }
    }

    /** Adds spending (JPY) to a lever for this month. */
    public void book(FiscalLever lever, double yen) {
        fiscalYen[lever.ordinal()] += yen;
        fiscalCumulativeYen[lever.ordinal()] += yen;
    }

    /** Spending on a lever this month, JPY. */
    public double fiscalYen(FiscalLever lever) {
        return fiscalYen[lever.ordinal()];
    }

    /** Spending on a lever since the start, JPY. */
    public double fiscalCumulativeYen(FiscalLever lever) {
        return fiscalCumulativeYen[lever.ordinal()];
    }

    /** Fiscal cost this month, JPY: the sum of every component (revenues negative). */
    public double fiscalCostTotal() {
        double sum = 0;
        for (double v : fiscalYen) {
            sum += v;
        }
        return sum;
    }

    /** Technology levels and learning curves (issue #15). */
    public TechnologyState technology() {
        return technology;
    }

    /**
     * Technology readiness gained from the deep-sea share of cumulative R&amp;D (1 - the technology shares of
     * rd_budget), added to each deep-sea mine's own readiness.
     */
    public double readinessGain() {
        var t = spec.technology();
        double deepSeaShare = Math.max(0.0, 1.0 - t.rdShareAutomation() - t.rdShareRemoteSensing() - t.rdShareDrilling());
        return spec.rdReadinessPerBnYen() * cumulativeRdYen * deepSeaShare / 1e9;
    }

    /** Automation level gained from cumulative R&amp;D (added to each mine's own level). */
    public double automationGain() {
        return spec.rdAutomationPerBnYen() * cumulativeRdYen / 1e9;
    }

    /** Capex grant share for a mine: the general lever or its targeted support, the larger. */
    public double capexGrantFor(String mineId) {
        double g = capexGrant;
        for (TargetedSupportSpec t : targeted) {
            if (t.mine().equals(mineId) && !month.isBefore(t.from())) {
                g = Math.max(g, t.capexGrant());
            }
        }
        return g;
    }

    /** State-backed share of a mine: its own or its targeted support, the larger. */
    public double stateBackedFor(String mineId, double own) {
        double b = own;
        for (TargetedSupportSpec t : targeted) {
            if (t.mine().equals(mineId) && !month.isBefore(t.from())) {
                b = Math.max(b, t.stateBacked());
            }
        }
        return b;
    }

    /** Extra skilled miners trained per year in a region from targeted support active now, persons/yr. */
    public double trainingPerYear(PolicyContext economy, int region) {
        double sum = 0;
        for (TargetedSupportSpec t : targeted) {
            int mineRegion = economy.regionOfMine(t.mine());
            if (mineRegion >= 0 && mineRegion == region && !month.isBefore(t.from())) {
                sum += t.trainingPerYear();
            }
        }
        return sum;
    }

    @Override
    public boolean isStockpiled(int commodity) {
        return stockpiled[commodity];
    }

    @Override
    public double stockpileT(int commodity) {
        return stockpileT[commodity];
    }

    /** Sets the stockpile level (used at initialisation and by the procurement clearing). */
    @Override
    public void setStockpileT(int commodity, double t) {
        stockpileT[commodity] = t;
    }

    public GovernmentSpec spec() {
        return spec;
    }

    public double explorationSubsidy() {
        return explorationSubsidy;
    }

    public double stateEquity() {
        return stateEquity;
    }

    public double lossCover() {
        return lossCover;
    }

    public double permittingMultiplier() {
        return permittingMultiplier;
    }

    public double stringency() {
        return stringency;
    }

    /** Opex and capex multiplier from stringency: 1 + effect * (stringency - 1), never below 0.5. */
    public double stringencyCostMultiplier() {
        return Math.max(0.5, 1.0 + spec.stringencyCostEffect() * (stringency - 1.0));
    }

    /** Permitting-time multiplier: lever times 1 + effect * (stringency - 1), never below 0.1. */
    public double permittingTimeMultiplier() {
        return Math.max(0.1, permittingMultiplier * (1.0 + spec.stringencyTimeEffect() * (stringency - 1.0)));
    }

    public double minWaterRecycling() {
        return minWaterRecycling;
    }

    public double reclamationBond() {
        return reclamationBond;
    }

    public double carbonPrice() {
        return carbonPrice;
    }

    public double renewableMin() {
        return renewableMin;
    }

    public double offtakeMandate() {
        return offtakeMandate;
    }

    /** Multiplier on recycled supply in force (1 = current policy). */
    public double recyclingLever() {
        return recyclingLever;
    }

    /** The state's share of the price of an equity stake abroad bought this month. */
    public double equitySupport() {
        return equitySupport;
    }

    @Override
    public double stockpileTargetDays() {
        return stockpileTargetDays;
    }

    @Override
    public double stockpileBuyRate() {
        return spec.stockpileBuyRate();
    }

    @Override
    public double stockpileReleaseTrigger() {
        return spec.stockpileReleaseTrigger();
    }

    @Override
    public double stockpileBuyPriceCeiling() {
        return spec.stockpileBuyPriceCeiling();
    }

    @Override
    public void bookStockpileYen(double yen) {
        book(FiscalLever.STOCKPILE, yen);
    }
}
