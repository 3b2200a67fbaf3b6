package kozan.model.mining;

import java.util.List;
import kozan.model.policy.FiscalLever;
import kozan.model.policy.Government;
import kozan.model.policy.TechnologyState;
import kozan.model.trade.WorldMarket;
import kozan.model.common.Guard;
import kozan.model.random.Seeds;
import kozan.model.labour.Staffing;
import kozan.model.labour.Workplace;
import kozan.model.labour.EmployerClass;
import kozan.scenario.CommoditySpec;
import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.ProductSpec;
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
 *
 * <p>The ore may yield several products (a polymetallic mine, issue #15): one tonnage q is mined and every product k
 * delivers q x grade_k x recovery_k to its own commodity's ledger; revenue, NPV and the idle/restart tests use the
 * joint net revenue per t ore (docs/design/mines-issue-15.md section 2). Product 0 is the main commodity.
 */
public final class Mine implements Steppable, Workplace {

    private static final long serialVersionUID = 1L;
    /** Production vacancies count as unfilled when the fill is below this share. */
    static final double LOW_FILL = 0.9;
    /** Critical share s_c at or above which a project counts as critical (loss cover, state equity): assumption, design 2.4. */
    static final double CRITICAL_PROJECT = 0.5;

    private final MineSpec spec;
    private final MineDefaults defaults;
    private final StageDurations durations;
    /** Commodity index of each product (product 0 is the main commodity). */
    private final int[] productCommodity;
    /** Product per t ore delivered, t/t (grade x recovery, recovery scaled by a deep-sea draw). */
    private final double[] productYield;
    private final CommoditySpec[] productSpec;
    /** Null unless the mine is deep-sea with deep_sea_draws. */
    private final DeepSeaDraws draws;
    /** By-product credits, JPY per t ore (summed once: the monthly loop allocates nothing). */
    private final double creditYenPerTOre;
    private final int rampUpMonths;
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
    /** Price expectation per product, JPY/t. */
    private final double[] expectation;
    /** Scratch: this month's world price per product, JPY/t. */
    private final double[] price;
    /** State equity paid in through construction, and the losses it has borne so far, JPY. */
    private double equityPaidInYen;
    /** NPV of the last development decision (JPY) and its step, for the planner's mine panel; NaN and -1 before one. */
    private double lastDecisionNpvYen = Double.NaN;
    private int lastDecisionStep = -1;
    private double equityLossYen;
    private double grantShare;
    private double equityShare;
    private boolean strategic;
    private final Staffing staff = new Staffing();

    // this month's flows
    private double oreMinedT;
    private final double[] productT;
    private double revenueYen;
    private double creditYen;
    private double spendYen;
    private double otherOpexYen;

    public Mine(MineContext economy, MineSpec spec, long masterSeed) {
        this.spec = spec;
        this.defaults = economy.scenario().mineDefaults();
        this.durations = spec.stageDurations() != null ? spec.stageDurations() : defaults.stageDurations();
        List<ProductSpec> outputs = spec.outputs();
        int n = outputs.size();
        this.productCommodity = new int[n];
        this.productYield = new double[n];
        this.productSpec = new CommoditySpec[n];
        this.expectation = new double[n];
        this.price = new double[n];
        this.productT = new double[n];
        boolean[] critical = new boolean[n];
        this.draws = spec.deepSea() && spec.deepSeaDraws() != null
                ? new DeepSeaDraws(spec.deepSeaDraws(), masterSeed, spec.id(), spec.capexYen(), spec.opexYenPerTOre(),
                        defaults.rampUpMonths())
                : null;
        this.rampUpMonths = draws != null ? draws.rampUpMonths() : defaults.rampUpMonths();
        double recoveryFactor = draws != null ? draws.recoveryFactor() : 1.0;
        for (int k = 0; k < n; k++) {
            ProductSpec p = outputs.get(k);
            productCommodity[k] = economy.commodityIndex(p.commodity());
            productSpec[k] = economy.scenario().commodities().get(productCommodity[k]);
            productYield[k] = p.grade() * Math.min(1.0, p.recovery() * recoveryFactor);
            critical[k] = productSpec[k].critical();
            expectation[k] = economy.market(productCommodity[k]).expectation();
        }
        this.creditYenPerTOre = spec.creditYenPerTOre();
        this.regionIndex = economy.regionIndex(spec.region());
        this.pDiscover = spec.pDiscover() != null ? spec.pDiscover() : defaults.pDiscover();
        this.agentId = "mine:" + spec.id();
        this.appraisal = new MineAppraisal(spec, defaults, durations, pDiscover, productYield, critical, draws);
        this.clock = new StageClock(Seeds.stream(masterSeed, spec.id(), "durations"),
                Seeds.stream(masterSeed, spec.id(), "discovery"));
        this.remainingOreT = spec.oreT();
        this.ownAutomation = spec.automation();
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
            monthsProducing = rampUpMonths + spec.monthsInStage();
        }
        staff.want(workforce(gov));
    }

    private void enter(MineContext economy, Stage next, Government gov) {
        stage = next;
        monthsInStage = 0;
        progress = 0;
        stageEntryStep[next.ordinal()] = economy.step();
        double mult = next == Stage.PERMITTING ? gov.permittingTimeMultiplier()
                : next == Stage.EXPLORATION ? appraisal.explorationTimeMultiplier(gov) : 1.0;
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
        int step = economy.step();
        oreMinedT = 0;
        java.util.Arrays.fill(productT, 0.0);
        revenueYen = 0;
        creditYen = 0;
        spendYen = 0;
        otherOpexYen = 0;
        env.resetMonth();
        for (int k = 0; k < productCommodity.length; k++) {
            price[k] = economy.market(productCommodity[k]).worldPrice();
            expectation[k] += productSpec[k].price().expectationLambda() * (price[k] - expectation[k]);
        }
        if (draws != null) {
            draws.decide(economy.month(), gov.readinessGain());
            if (draws.abandoned() && stage.compareTo(Stage.CONSTRUCTION) < 0) {
                enter(economy, Stage.ABANDONED, gov); // a milestone failed twice: the programme stops
            }
        }
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
                double spend = appraisal.explorationSpendPerMonth(gov) * fill;
                spend(economy, SupplierKind.ENGINEERING, spend, defaults.domesticShareEngineering());
                gov.book(FiscalLever.EXPLORATION_SUBSIDY, spend * gov.explorationSubsidy());
                progress += fill;
                if (progress >= stageLength) {
                    enter(economy, clock.discovers(appraisal.pDiscover(gov)) ? Stage.FEASIBILITY : Stage.ABANDONED, gov);
                }
            }
            case FEASIBILITY -> {
                spend(economy, SupplierKind.ENGINEERING, defaults.feasibilitySpendYenPerMonth(), defaults.domesticShareEngineering());
                progress += 1;
                if (progress >= stageLength) {
                    decideDevelopment(economy, gov);
                }
            }
            case PERMITTING -> {
                progress += 1;
                if (progress >= stageLength) {
                    enter(economy, Stage.CONSTRUCTION, gov);
                }
            }
            case CONSTRUCTION -> {
                double capexMonth = appraisal.capex(gov, cost, automation(gov)) / stageLength * fill;
                double eq = defaults.capexEquipmentShare();
                spend(economy, SupplierKind.EQUIPMENT, capexMonth * eq, defaults.domesticShareEquipment());
                spend(economy, SupplierKind.ENGINEERING, capexMonth * (1 - eq), defaults.domesticShareEngineering());
                gov.book(FiscalLever.CAPEX_GRANT, capexMonth * grantShare);
                gov.book(FiscalLever.STATE_EQUITY, capexMonth * equityShare);
                equityPaidInYen += capexMonth * equityShare;
                progress += fill;
                if (progress >= stageLength) {
                    enter(economy, Stage.PRODUCTION, gov);
                }
            }
            case PRODUCTION -> produce(economy, gov, fill, cost);
            case IDLE -> {
                if (remainingOreT <= 0 || monthsInStage >= defaults.maxIdleMonths()) {
                    enter(economy, Stage.CLOSURE, gov);
                } else if (appraisal.netRevenuePerTOre(expectation)
                        > appraisal.unitCost(gov, cost, automation(gov)) * (1 + defaults.restartMargin())) {
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
        for (int k = 0; k < productT.length; k++) {
            Guard.finite(productT[k], agentId, step, "product_t");
            Guard.finite(expectation[k], agentId, step, "price_expectation");
        }
        Guard.finite(staff.desired(), agentId, step, "desired_workers");
        Guard.finite(spendYen, agentId, step, "spend_yen");
    }

    private void produce(MineContext economy, Government gov, double fill, double cost) {
        double ramp = rampUpMonths == 0 ? 1.0 : Math.min(1.0, (monthsProducing + 1.0) / rampUpMonths);
        double capacity = spec.capacityTOrePerYear() / 12.0 * (1.0 - economy.disasterCut(regionIndex));
        double q = Math.min(capacity * ramp * fill * economy.directUseCall(productCommodity[0]), remainingOreT);
        remainingOreT -= q;
        monthsProducing++;
        oreMinedT = q;
        for (int k = 0; k < productCommodity.length; k++) {
            productT[k] = q * productYield[k];
            revenueYen += productT[k] * price[k];
            economy.market(productCommodity[k]).ledger().addMineOutput(productT[k], productSpec[k].directUse());
        }
        creditYen = q * creditYenPerTOre;
        revenueYen += creditYen;
        double automation = automation(gov);
        double opexPerT = appraisal.opexPerTOre(gov, cost, automation);
        double opex = q * opexPerT;
        spend(economy, SupplierKind.ENGINEERING, opex * defaults.opexServiceShare(), defaults.domesticShareEngineering());
        spend(economy, SupplierKind.EQUIPMENT, spec.sustainingCapexYenPerYear() / 12.0, defaults.domesticShareEquipment());
        otherOpexYen = opex * (1 - defaults.opexServiceShare());
        spendYen += otherOpexYen;
        double recycled = Math.max(spec.waterRecycledShare(), gov.minWaterRecycling());
        double renewable = Math.max(defaults.renewablePowerShare(), gov.renewableMin());
        double co2 = env.operate(q, spec.waterM3PerTOre(), recycled, spec.co2eTPerTOre(), defaults.electricityCo2eShare(), renewable);
        gov.book(FiscalLever.CARBON_REVENUE, -gov.carbonPrice() * co2);
        shareCashWithState(gov, revenueYen - (revenueYen - creditYen) * spec.royaltyRate() - opex
                - gov.carbonPrice() * co2 - spec.sustainingCapexYenPerYear() / 12.0);
        gov.technology().deploy(TechnologyState.Tech.AUTOMATION, automation);
        gov.technology().deploy(TechnologyState.Tech.DRILLING, spec.depthM() > 500 || spec.deepSea()
                ? gov.technology().level(TechnologyState.Tech.DRILLING) : 0.0);
        // automation after sustained unfilled vacancies
        lowFillMonths = fill < LOW_FILL ? lowFillMonths + 1 : 0;
        if (lowFillMonths >= defaults.automationTriggerMonths() && ownAutomation < 1.0) {
            ownAutomation = Math.min(1.0, ownAutomation + defaults.automationStep());
            spend(economy, SupplierKind.EQUIPMENT, defaults.automationStepCostShare() * spec.capexYen()
                    * gov.technology().tau(TechnologyState.Tech.AUTOMATION), defaults.domesticShareEquipment());
            lowFillMonths = 0;
        }
        if (remainingOreT <= 1e-9 * spec.oreT()) {
            remainingOreT = 0;
            enter(economy, Stage.CLOSURE, gov);
            return;
        }
        // the joint margin per t ore at this month's prices
        double unitCost = opexPerT + appraisal.carbonPerTOre(gov); // = appraisal.unitCost, without computing opex twice
        monthsBelowCost = appraisal.netRevenuePerTOre(price) < unitCost ? monthsBelowCost + 1 : 0;
        if (monthsBelowCost >= defaults.idleTriggerMonths() && !strategic) {
            enter(economy, Stage.IDLE, gov);
        }
    }

    /**
     * The state's equity share of this month's operating cash (JPY: revenue net of royalty, minus opex, carbon cost
     * and sustaining capex): e x cash as dividend when positive (negative fiscal cost), e x (-cash) as loss when
     * negative, never more in total than the equity the state paid in (limited liability).
     */
    private void shareCashWithState(Government gov, double cashYen) {
        if (equityPaidInYen <= 0) {
            return;
        }
        if (cashYen >= 0) {
            gov.book(FiscalLever.EQUITY_DIVIDEND, -equityShare * cashYen);
        } else {
            double loss = Math.min(equityShare * -cashYen, equityPaidInYen - equityLossYen);
            equityLossYen += loss;
            gov.book(FiscalLever.EQUITY_LOSS, loss);
        }
    }

    private void spend(MineContext economy, SupplierKind kind, double yen, double domesticShare) {
        if (yen > 0) {
            economy.orders().place(kind, yen, domesticShare, regionIndex);
            spendYen += yen;
        }
    }

    /**
     * Feasibility decision: NPV at the mine's expectations; state-backed critical projects proceed under loss cover,
     * which pays the critical share s_c of the NPV gap.
     */
    private void decideDevelopment(MineContext economy, Government gov) {
        refreshStateShares(gov);
        double npv = appraise(gov, expectation);
        lastDecisionNpvYen = npv;
        lastDecisionStep = economy.step();
        if (npv >= 0) {
            enter(economy, Stage.PERMITTING, gov);
        } else if (lossCovered(gov)) {
            // the state covers its share of the shortfall: booked now as s_c x the NPV gap, after which the project runs its life
            gov.book(FiscalLever.LOSS_COVER, criticalShare() * -npv);
            strategic = true;
            enter(economy, Stage.PERMITTING, gov);
        } else {
            enter(economy, Stage.ABANDONED, gov);
        }
    }

    /** Critical share s_c of the joint net revenue per t ore at the mine's expectations (0-1). */
    public double criticalShare() {
        return appraisal.criticalShare(expectation);
    }

    /**
     * Whether the state covers this project's losses: state-backed (in the file or by targeted support), loss cover
     * in force (at least 0.5) and a critical project: at least half its joint net revenue from critical commodities
     * (s_c &gt;= 0.5), as the loss_cover lever documents.
     */
    private boolean lossCovered(Government gov) {
        return gov.stateBackedFor(spec.id(), spec.stateBacked()) > 0 && gov.lossCover() >= 0.5 && criticalShare() >= CRITICAL_PROJECT;
    }

    /** Capex grant share (general or targeted) and, for critical projects (s_c &gt;= 0.5), state equity up to the rest. */
    private void refreshStateShares(Government gov) {
        grantShare = gov.capexGrantFor(spec.id());
        equityShare = criticalShare() >= CRITICAL_PROJECT ? Math.min(gov.stateEquity(), 1.0 - grantShare) : 0.0;
    }

    /**
     * NPV (JPY) of developing now with the current policy, at the given product prices (JPY/t, one per product in
     * product order) or, with none given, at the mine's price expectations.
     */
    public double appraise(Government gov, double... prices) {
        return appraisal.npv(gov, prices.length == 0 ? expectation : prices, remainingOreT, grantShare, equityShare,
                automation(gov));
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
        return appraisal.worthExploring(gov, expectation, remainingOreT, grantShare, equityShare, automation(gov));
    }

    /** Technology readiness of a deep-sea mine (own plus R&amp;D gain, at most 1). */
    public double technologyReadiness(Government gov) {
        return appraisal.technologyReadiness(gov);
    }

    /** Automation level in force (own steps plus R&amp;D gain plus the technology lever, at most 1). */
    public double automation(Government gov) {
        return Math.min(1.0, ownAutomation + gov.automationGain() + gov.technology().level(TechnologyState.Tech.AUTOMATION));
    }

    /** Persons the mine wants in its current stage. */
    private double workforce(Government gov) {
        double automation = automation(gov);
        double capex = stage == Stage.CONSTRUCTION ? appraisal.capex(gov, gov.stringencyCostMultiplier(), automation) : 0.0;
        return MineCrew.desired(stage, spec, defaults, stageLength, capex, automation,
                gov.technology().spec().automationNewJobsShare());
    }

    // ---- read-only accessors ----

    /** NPV (JPY, at the mine's expectations and the policy then in force) of its last development decision; NaN before one. */
    public double lastDecisionNpvYen() {
        return lastDecisionNpvYen;
    }

    /** Step (month index) of the last development decision; -1 before one. */
    public int lastDecisionStep() {
        return lastDecisionStep;
    }

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

    /** Commodity index of the main (first) product. */
    public int commodityIndex() {
        return productCommodity[0];
    }

    /** Number of products of the ore. */
    public int products() {
        return productCommodity.length;
    }

    /** Commodity index of product k. */
    public int productCommodity(int k) {
        return productCommodity[k];
    }

    /** Product k per t ore delivered, t/t (grade x recovery). */
    public double productYield(int k) {
        return productYield[k];
    }

    /** Deep-sea draws of this replication, or null. */
    public DeepSeaDraws deepSeaDraws() {
        return draws;
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

    /** Main product (product 0) delivered this month, t. */
    public double productT() {
        return productT[0];
    }

    /** Product k delivered this month, t. */
    public double productT(int k) {
        return productT[k];
    }

    /** Products at the world prices plus by-product credits this month, JPY. */
    public double revenueYen() {
        return revenueYen;
    }

    /** By-product credits (metals without a ledger) this month, JPY. */
    public double creditYen() {
        return creditYen;
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

    /** Price expectation of the main product, JPY/t. */
    public double expectation() {
        return expectation[0];
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
