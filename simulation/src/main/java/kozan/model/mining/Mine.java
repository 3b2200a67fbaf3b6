package kozan.model.mining;

import kozan.model.policy.FiscalLever;
import kozan.model.policy.Government;
import kozan.model.trade.WorldMarket;
import kozan.model.common.Guard;
import kozan.model.random.Seeds;
import kozan.model.labour.Staffing;
import kozan.model.labour.Workplace;
import kozan.model.labour.EmployerClass;
import kozan.scenario.CommoditySpec;
import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Stage;
import kozan.scenario.StageDurations;
import kozan.scenario.SupplierKind;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A mine or prospect (ordering 2) moving through
 * PROSPECT - EXPLORATION - FEASIBILITY - PERMITTING - CONSTRUCTION - PRODUCTION &lt;-&gt; IDLE - CLOSURE - RECLAIMED
 * (or ABANDONED from the first three). Durations come from the {@link StageClock}; labour fill below 1 stretches
 * exploration, construction and closure and cuts production. See docs/model-notes.md for every rule.
 */
public final class Mine implements Steppable, Workplace {

    private static final long serialVersionUID = 1L;
    /** Production vacancies count as unfilled when the fill is below this share. */
    static final double LOW_FILL = 0.9;

    private final MineSpec spec;
    private final MineDefaults defaults;
    private final StageDurations durations;
    private final CommoditySpec commodity;
    private final int commodityIndex;
    private final int regionIndex;
    private final double pDiscover;
    private final StageClock clock;
    private final MineAppraisal appraisal;
    private final EnvironmentalFlows env = new EnvironmentalFlows();
    private final String agentId;

    private Stage stage;
    private int monthsInStage;
    private double progress;
    private int stageLength;
    private final int[] stageEntryStep = new int[Stage.values().length];
    private double remainingOreT;
    private int monthsProducing;
    private int monthsBelowCost;
    private int lowFillMonths;
    private double ownAutomation;
    private double expectation;
    private double grantShare;
    private double equityShare;
    private boolean strategic;
    private final Staffing staff = new Staffing();

    // this month's flows
    private double oreMinedT;
    private double productT;
    private double revenueYen;
    private double spendYen;
    private double otherOpexYen;

    public Mine(MineContext economy, MineSpec spec, long masterSeed) {
        this.spec = spec;
        this.defaults = economy.scenario().mineDefaults();
        this.durations = spec.stageDurations() != null ? spec.stageDurations() : defaults.stageDurations();
        this.commodityIndex = economy.commodityIndex(spec.commodity());
        this.commodity = economy.scenario().commodities().get(commodityIndex);
        this.regionIndex = economy.regionIndex(spec.region());
        this.pDiscover = spec.pDiscover() != null ? spec.pDiscover() : defaults.pDiscover();
        this.agentId = "mine:" + spec.id();
        this.appraisal = new MineAppraisal(spec, defaults, durations, pDiscover);
        this.clock = new StageClock(Seeds.stream(masterSeed, spec.id(), "durations"),
                Seeds.stream(masterSeed, spec.id(), "discovery"));
        this.remainingOreT = spec.oreT();
        this.ownAutomation = spec.automation();
        this.expectation = economy.market(commodityIndex).expectation();
        java.util.Arrays.fill(stageEntryStep, Integer.MIN_VALUE);
        Government gov = economy.government();
        refreshStateShares(gov); // equity capped at 1 - grant here too, as at every later decision
        enter(economy, spec.stage(), gov);
        this.monthsInStage = spec.monthsInStage();
        this.progress = spec.monthsInStage();
        stageEntryStep[stage.ordinal()] = economy.step() - spec.monthsInStage();
        if (stage.compareTo(Stage.CONSTRUCTION) >= 0 && stage != Stage.RECLAIMED && stage != Stage.ABANDONED) {
            env.disturb(spec.landHa());
        }
        if (stage == Stage.PRODUCTION || stage == Stage.IDLE) {
            monthsProducing = defaults.rampUpMonths() + spec.monthsInStage();
        }
        staff.want(workforce(gov));
    }

    private void enter(MineContext economy, Stage next, Government gov) {
        stage = next;
        monthsInStage = 0;
        progress = 0;
        stageEntryStep[next.ordinal()] = economy.step();
        double mult = next == Stage.PERMITTING ? gov.permittingTimeMultiplier() : 1.0;
        stageLength = switch (next) {
            case EXPLORATION, FEASIBILITY, PERMITTING, CONSTRUCTION, CLOSURE -> clock.months(next, durations, mult);
            default -> 0;
        };
        if (next == Stage.CONSTRUCTION) {
            env.disturb(spec.landHa());
        } else if (next == Stage.RECLAIMED) {
            env.reclaim();
        }
    }

    @Override
    public void step(SimState state) {
        MineContext economy = (MineContext) state;
        Government gov = economy.government();
        WorldMarket market = economy.market(commodityIndex);
        int step = economy.step();
        oreMinedT = 0;
        productT = 0;
        revenueYen = 0;
        spendYen = 0;
        otherOpexYen = 0;
        env.resetMonth();
        expectation += commodity.price().expectationLambda() * (market.worldPrice() - expectation);
        double fill = economy.ioParity() ? 1.0 : staff.fill();
        double cost = gov.stringencyCostMultiplier();
        switch (stage) {
            case PROSPECT -> {
                int m = monthsInStage - clock.reviewOffsetMonths();
                if (m >= 0 && m % 12 == 0 && decidesToExplore(economy, gov)) {
                    enter(economy, Stage.EXPLORATION, gov);
                }
            }
            case EXPLORATION -> {
                double spend = defaults.explorationSpendYenPerMonth() * fill;
                spend(economy, SupplierKind.ENGINEERING, spend, defaults.domesticShareEngineering());
                gov.book(FiscalLever.EXPLORATION_SUBSIDY, spend * gov.explorationSubsidy());
                progress += fill;
                if (progress >= stageLength) {
                    enter(economy, clock.discovers(pDiscover) ? Stage.FEASIBILITY : Stage.ABANDONED, gov);
                }
            }
            case FEASIBILITY -> {
                spend(economy, SupplierKind.ENGINEERING, defaults.feasibilitySpendYenPerMonth(), defaults.domesticShareEngineering());
                progress += 1;
                if (progress >= stageLength) {
                    decideDevelopment(economy, gov, market);
                }
            }
            case PERMITTING -> {
                progress += 1;
                if (progress >= stageLength) {
                    enter(economy, Stage.CONSTRUCTION, gov);
                }
            }
            case CONSTRUCTION -> {
                double capexMonth = spec.capexYen() * cost / stageLength * fill;
                double eq = defaults.capexEquipmentShare();
                spend(economy, SupplierKind.EQUIPMENT, capexMonth * eq, defaults.domesticShareEquipment());
                spend(economy, SupplierKind.ENGINEERING, capexMonth * (1 - eq), defaults.domesticShareEngineering());
                gov.book(FiscalLever.CAPEX_GRANT, capexMonth * grantShare);
                gov.book(FiscalLever.STATE_EQUITY, capexMonth * equityShare);
                progress += fill;
                if (progress >= stageLength) {
                    enter(economy, Stage.PRODUCTION, gov);
                }
            }
            case PRODUCTION -> produce(economy, gov, market, fill, cost);
            case IDLE -> {
                if (remainingOreT <= 0 || monthsInStage >= defaults.maxIdleMonths()) {
                    enter(economy, Stage.CLOSURE, gov);
                } else if (expectation * (1 - spec.royaltyRate()) > appraisal.unitCost(gov, cost) * (1 + defaults.restartMargin())) {
                    monthsBelowCost = 0;
                    enter(economy, Stage.PRODUCTION, gov);
                }
            }
            case CLOSURE -> {
                spend(economy, SupplierKind.ENGINEERING, spec.closureCostYen() * cost / stageLength * fill,
                        defaults.domesticShareEngineering());
                progress += fill;
                if (progress >= stageLength) {
                    enter(economy, Stage.RECLAIMED, gov);
                }
            }
            default -> {
            }
        }
        monthsInStage++;
        staff.want(workforce(gov));
        Guard.finite(remainingOreT, agentId, step, "remaining_ore_t");
        Guard.finite(productT, agentId, step, "product_t");
        Guard.finite(expectation, agentId, step, "price_expectation");
        Guard.finite(staff.desired(), agentId, step, "desired_workers");
        Guard.finite(spendYen, agentId, step, "spend_yen");
    }

    private void produce(MineContext economy, Government gov, WorldMarket market, double fill, double cost) {
        double ramp = defaults.rampUpMonths() == 0 ? 1.0 : Math.min(1.0, (monthsProducing + 1.0) / defaults.rampUpMonths());
        double capacity = spec.capacityTOrePerYear() / 12.0 * (1.0 - economy.disasterCut(regionIndex));
        double q = Math.min(capacity * ramp * fill * economy.directUseCall(commodityIndex), remainingOreT);
        remainingOreT -= q;
        monthsProducing++;
        oreMinedT = q;
        productT = q * spec.grade() * spec.recovery();
        revenueYen = productT * market.worldPrice();
        market.ledger().addMineOutput(productT, commodity.directUse());
        double opex = q * spec.opexYenPerTOre() * cost * appraisal.readinessMultiplier(gov);
        spend(economy, SupplierKind.ENGINEERING, opex * defaults.opexServiceShare(), defaults.domesticShareEngineering());
        spend(economy, SupplierKind.EQUIPMENT, spec.sustainingCapexYenPerYear() / 12.0, defaults.domesticShareEquipment());
        otherOpexYen = opex * (1 - defaults.opexServiceShare());
        spendYen += otherOpexYen;
        double recycled = Math.max(spec.waterRecycledShare(), gov.minWaterRecycling());
        double renewable = Math.max(defaults.renewablePowerShare(), gov.renewableMin());
        env.operate(q, spec.waterM3PerTOre(), recycled, spec.co2eTPerTOre(), defaults.electricityCo2eShare(), renewable);
        // automation after sustained unfilled vacancies
        lowFillMonths = fill < LOW_FILL ? lowFillMonths + 1 : 0;
        if (lowFillMonths >= defaults.automationTriggerMonths() && ownAutomation < 1.0) {
            ownAutomation = Math.min(1.0, ownAutomation + defaults.automationStep());
            spend(economy, SupplierKind.EQUIPMENT, defaults.automationStepCostShare() * spec.capexYen(), defaults.domesticShareEquipment());
            lowFillMonths = 0;
        }
        if (remainingOreT <= 1e-9 * spec.oreT()) {
            remainingOreT = 0;
            enter(economy, Stage.CLOSURE, gov);
            return;
        }
        monthsBelowCost = market.worldPrice() * (1 - spec.royaltyRate()) < appraisal.unitCost(gov, cost) ? monthsBelowCost + 1 : 0;
        if (monthsBelowCost >= defaults.idleTriggerMonths() && !strategic) {
            enter(economy, Stage.IDLE, gov);
        }
    }

    private void spend(MineContext economy, SupplierKind kind, double yen, double domesticShare) {
        if (yen > 0) {
            economy.orders().place(kind, yen, domesticShare, regionIndex);
            spendYen += yen;
        }
    }

    /** Feasibility decision: NPV at the mine's expectation; state-backed projects proceed under loss cover. */
    private void decideDevelopment(MineContext economy, Government gov, WorldMarket market) {
        refreshStateShares(gov);
        double npv = appraise(gov, expectation);
        if (npv >= 0) {
            enter(economy, Stage.PERMITTING, gov);
        } else if (lossCovered(gov)) {
            // the state covers the shortfall: booked now as the NPV gap, after which the project runs its life
            gov.book(FiscalLever.LOSS_COVER, -npv);
            strategic = true;
            enter(economy, Stage.PERMITTING, gov);
        } else {
            enter(economy, Stage.ABANDONED, gov);
        }
    }

    /**
     * Whether the state covers this project's losses: state-backed (in the file or by targeted support), loss cover
     * in force (at least 0.5) and a critical commodity, as docs/scenario-reference.md says of loss_cover.
     */
    private boolean lossCovered(Government gov) {
        return gov.stateBackedFor(spec.id(), spec.stateBacked()) > 0 && gov.lossCover() >= 0.5 && commodity.critical();
    }

    /** Capex grant share (general or targeted) and, for critical commodities, state equity up to the rest. */
    private void refreshStateShares(Government gov) {
        grantShare = gov.capexGrantFor(spec.id());
        equityShare = commodity.critical() ? Math.min(gov.stateEquity(), 1.0 - grantShare) : 0.0;
    }

    /** NPV (JPY) of developing now at a price expectation, with the current policy. */
    public double appraise(Government gov, double price) {
        return appraisal.npv(gov, price, remainingOreT, grantShare, equityShare);
    }

    /**
     * Annual exploration-budget review of a prospect: explore when the expected value is positive, i.e.
     * pDiscover x max(0, NPV) discounted over the expected lead time exceeds the firm's share of exploration
     * and feasibility spending; state-backed critical prospects under loss cover are explored regardless.
     */
    private boolean decidesToExplore(MineContext economy, Government gov) {
        if (lossCovered(gov)) {
            return true;
        }
        refreshStateShares(gov);
        return appraisal.worthExploring(gov, expectation, remainingOreT, grantShare, equityShare);
    }

    /** Technology readiness of a deep-sea mine (own plus R&amp;D gain, at most 1). */
    public double technologyReadiness(Government gov) {
        return appraisal.technologyReadiness(gov);
    }

    /** Automation level in force (own steps plus R&amp;D gain, at most 1). */
    public double automation(Government gov) {
        return Math.min(1.0, ownAutomation + gov.automationGain());
    }

    /** Persons the mine wants in its current stage. */
    private double workforce(Government gov) {
        return MineCrew.desired(stage, spec, defaults, stageLength, gov.stringencyCostMultiplier(), automation(gov));
    }

    // ---- read-only accessors ----

    public String id() {
        return spec.id();
    }

    public MineSpec spec() {
        return spec;
    }

    public Stage stage() {
        return stage;
    }

    public int monthsInStage() {
        return monthsInStage;
    }

    /** Step at which the mine last entered a stage (Integer.MIN_VALUE if never; negative for start stages). */
    public int stageEntryStep(Stage s) {
        return stageEntryStep[s.ordinal()];
    }

    public int commodityIndex() {
        return commodityIndex;
    }

    @Override
    public int regionIndex() {
        return regionIndex;
    }

    public double remainingOreT() {
        return remainingOreT;
    }

    public double oreMinedT() {
        return oreMinedT;
    }

    /** Product delivered this month, t. */
    public double productT() {
        return productT;
    }

    /** Product value at the world price this month, JPY. */
    public double revenueYen() {
        return revenueYen;
    }

    /** All spending this month (orders to suppliers, domestic and imported, plus other opex), JPY. */
    public double spendYen() {
        return spendYen;
    }

    /**
     * Operating cost this month that is not ordered from suppliers (opex x (1 - opex service share)), JPY: the
     * mine's payroll and its other purchases (transport, power, fuel, ...), which the supply-chain accounting splits.
     */
    public double otherOpexYen() {
        return otherOpexYen;
    }

    public double expectation() {
        return expectation;
    }

    /** True when the project went ahead under state loss cover (it is then not idled for low prices). */
    public boolean strategic() {
        return strategic;
    }

    public EnvironmentalFlows environment() {
        return env;
    }

    @Override
    public String employerId() {
        return agentId;
    }

    @Override
    public EmployerClass employerClass() {
        return EmployerClass.MINING;
    }

    @Override
    public String jobDetail() {
        return stage.name();
    }

    /** Construction and closure crews are general workers; every other stage hires from the skilled miner pool. */
    @Override
    public boolean needsSkilledMiners() {
        return stage != Stage.CONSTRUCTION && stage != Stage.CLOSURE;
    }

    @Override
    public Staffing staffing() {
        return staff;
    }
}
