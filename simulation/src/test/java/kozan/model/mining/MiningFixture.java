package kozan.model.mining;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.policy.Government;
import kozan.model.policy.PolicyContext;
import kozan.model.supply.OrderBook;
import kozan.model.trade.ScheduledEvents;
import kozan.model.trade.WorldMarket;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.CreditSpec;
import kozan.scenario.DeepSeaSpec;
import kozan.scenario.ProductSpec;
import kozan.scenario.DistSpec;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.Metadata;
import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Mode;
import kozan.scenario.PriceSpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.scenario.StageDurations;
import kozan.scenario.TargetedSupportSpec;
import kozan.scenario.TechnologySpec;
import kozan.scenario.Timeline;
import sim.engine.SimState;

/**
 * Controlled fixtures for the mining rule tests: builders for mine defaults, government levers and mine specs with
 * round, distinct numbers, and {@link Economy}, a {@link MineContext} stub whose world prices, disaster cuts,
 * direct-use calls and IO-parity flag the test sets by hand. World prices never move by themselves: the stub serves a
 * {@link WorldMarket} built with sigma 0 at the price the test asks for, and a test changes the price by swapping it.
 */
final class MiningFixture {

    static final long SEED = 7L;
    /** Commodity indices: a processed metal, a critical processed mineral, a direct-use stone. */
    static final int METAL = 0;
    static final int CRIT = 1;
    static final int STONE = 2;
    static final String[] COMMODITY_IDS = {"metal", "crit", "stone"};

    private MiningFixture() {
    }

    /** Mine defaults with round numbers; FIXED stage durations so every stage length is known. */
    static final class Defaults {
        double exploration = 4;
        double feasibility = 3;
        double permitting = 8;
        double construction = 6;
        double closure = 4;
        double pDiscover = 1.0;
        double discountRate = 0.1;
        double explorationSpend = 1_000;
        double feasibilitySpend = 2_000;
        double explorationCrew = 11;
        double feasibilityCrew = 7;
        double constructionWorkersPerBn = 25;
        double closureCrew = 13;
        int idleTriggerMonths = 3;
        double restartMargin = 0.2;
        int maxIdleMonths = 5;
        int rampUpMonths = 4;
        double automationEffect = 0.5;
        double automationStep = 0.25;
        double automationStepCostShare = 0.02;
        int automationTriggerMonths = 3;
        double capexEquipmentShare = 0.4;
        double domesticShareEquipment = 0.6;
        double domesticShareEngineering = 0.9;
        double opexServiceShare = 0.3;
        double renewablePowerShare = 0.2;
        double electricityCo2eShare = 0.5;
        int appraisalYears = 10;

        StageDurations durations() {
            return new StageDurations(DistSpec.fixed(exploration), DistSpec.fixed(feasibility), DistSpec.fixed(permitting),
                    DistSpec.fixed(construction), DistSpec.fixed(closure));
        }

        MineDefaults build() {
            return new MineDefaults(durations(), pDiscover, discountRate, explorationSpend, feasibilitySpend, explorationCrew,
                    feasibilityCrew, constructionWorkersPerBn, closureCrew, idleTriggerMonths, restartMargin, maxIdleMonths,
                    rampUpMonths, automationEffect, automationStep, automationStepCostShare, automationTriggerMonths,
                    capexEquipmentShare, domesticShareEquipment, domesticShareEngineering, opexServiceShare,
                    renewablePowerShare, electricityCo2eShare, appraisalYears);
        }
    }

    /** Government levers (constant in time); everything off by default. */
    static final class Levers {
        double explorationSubsidy;
        double capexGrant;
        double stateEquity;
        double lossCover;
        double permittingMultiplier = 1;
        double stringency = 1;
        double stringencyCostEffect = 0.25;
        double stringencyTimeEffect = 0.25;
        double minWaterRecycling;
        double reclamationBond;
        double carbonPrice;
        double renewableMin;
        double rdBudgetPerYear;
        double rdReadinessPerBnYen = 0.05;
        double rdAutomationPerBnYen = 0.1;
        List<TargetedSupportSpec> targeted = List.of();
        /** Technology levers; learning off (rates 0, so tau = 1) unless a test sets them. */
        TechnologySpec technology = technology(0, 0, 0, 0, 0);
        double trainingCostPerTrainee = 360_000;

        GovernmentSpec build() {
            return new GovernmentSpec(c(explorationSubsidy), c(capexGrant), c(stateEquity), c(lossCover),
                    c(permittingMultiplier), c(stringency), stringencyCostEffect, stringencyTimeEffect, c(minWaterRecycling),
                    c(reclamationBond), c(carbonPrice), c(renewableMin), c(rdBudgetPerYear), rdReadinessPerBnYen,
                    rdAutomationPerBnYen, c(0), c(0), List.of(), 0.1, 0.05, 1.3, List.of(), targeted, 0.05, Timeline.constant(1), Timeline.constant(0),
                    List.of(), technology, trainingCostPerTrainee);
        }

        /** Technology levels A, S, D and learning rates (deployment, R&D); every effect parameter at its default. */
        static TechnologySpec technology(double a, double s, double d, double lrDeployment, double lrRd) {
            TechnologySpec t = TechnologySpec.defaults();
            return new TechnologySpec(c(a), c(s), c(d), t.automationOpexSaving(), t.automationCapexPremium(),
                    t.automationNewJobsShare(), t.remoteSensingDiscoveryGain(), t.remoteSensingTimeSaving(),
                    t.remoteSensingSpendPremium(), t.depthOpexPenaltyPer1000M(), t.drillingDepthSaving(),
                    t.drillingReadinessGain(), t.drillingCapexPremium(), lrDeployment, lrRd, t.learningFloor(),
                    t.worldDeploymentBase(), t.worldDeploymentGrowth(), t.rdShareAutomation(), t.rdShareRemoteSensing(),
                    t.rdShareDrilling());
        }

        private static Timeline c(double v) {
            return Timeline.constant(v);
        }
    }

    /** A mine spec with round numbers (region r1, commodity metal). */
    static final class Spec {
        String id = "m";
        String region = "r1";
        String commodity = "metal";
        Stage stage = Stage.PRODUCTION;
        int monthsInStage = 0;
        double oreT = 1e9;
        double grade = 0.5;
        double recovery = 0.8;
        double capacity = 1_200;
        double capex = 12_000;
        double sustaining = 600;
        double opex = 100;
        double royalty = 0.2;
        double closureCost = 2_000;
        double workersPerKt = 50;
        double automation = 0;
        double waterM3 = 2;
        double waterRecycled = 0.3;
        double co2e = 0.1;
        double landHa = 40;
        double stateBacked = 0;
        boolean deepSea = false;
        double readiness = 1;
        Double pDiscover = null;
        StageDurations durations = null;
        /** Products of a polymetallic ore (then commodity, grade and recovery are not used). */
        List<ProductSpec> products = null;
        List<CreditSpec> credits = List.of();
        double depthM = 0;
        DeepSeaSpec deepSeaDraws = null;

        MineSpec build() {
            boolean poly = products != null;
            return new MineSpec(id, null, region, poly ? null : commodity, 35.0, 139.0, stage, monthsInStage, oreT,
                    poly ? null : grade, recovery, capacity, capex, sustaining, opex, royalty, closureCost, workersPerKt,
                    automation, waterM3, waterRecycled, co2e, landHa, stateBacked, deepSea, readiness, pDiscover, durations,
                    1.0, products, credits, depthM, deepSeaDraws);
        }
    }

    /** A commodity with a still price (sigma 0, no jumps, no mean reversion) and an expectation weight lambda. */
    static CommoditySpec commodity(String id, boolean critical, boolean directUse, double price, double lambda) {
        PriceSpec p = new PriceSpec(price, price, 0.0, 0.0, 0.0, 0.0, 0.0, 0.2, lambda);
        return new CommoditySpec(id, id, "t", critical, directUse, p, 0.0, 1.0, 0.05, 0.7, 0.02, 1.5,
                List.of(TestScenarios.source("abroad", 1.0, 1e6, 0.0, 0.1, false)), 0.15);
    }

    static Scenario scenario(Defaults d, Levers g, double price, double lambda) {
        List<CommoditySpec> cs = List.of(commodity("metal", false, false, price, lambda),
                commodity("crit", true, false, price, lambda), commodity("stone", false, true, price, lambda));
        return new Scenario(1, new Metadata("mining-rules", null, null, List.of()),
                new CalendarSpec(TestScenarios.START, 10), Mode.NORMAL, new RunSpec(1L, 1, List.of(2030)),
                List.of(region("r0"), region("r1")), TestScenarios.labor(), cs,
                d.build(), List.of(), List.of(), List.of(), List.of(), g.build(), List.of(), null);
    }

    private static RegionSpec region(String id) {
        return new RegionSpec(id, null, 36, 138, List.of(), 1e6, 0.8, -0.01, 0.025, -0.01, 200, 300000);
    }

    /** The stub economy a mine sees. */
    static final class Economy extends SimState implements MineContext, PolicyContext {
        private static final long serialVersionUID = 1L;

        final Scenario scenario;
        final Government government;
        final OrderBook orders = new OrderBook();
        final WorldMarket[] markets = new WorldMarket[3];
        final double[] disasterCut = new double[2];
        final double[] directUseCall = {1, 1, 1};
        final List<Mine> added = new ArrayList<>();
        boolean ioParity;
        int step;

        Economy(Defaults d, Levers g, double price, double lambda) {
            super(SEED);
            this.scenario = MiningFixture.scenario(d, g, price, lambda);
            this.government = new Government(scenario);
            for (int c = 0; c < 3; c++) {
                markets[c] = new WorldMarket(scenario, ScheduledEvents.of(scenario), c, SEED);
            }
        }

        /** From now on the world price of every commodity is {@code price} (a market built at that price). */
        void setPrice(double price) {
            Scenario s = MiningFixture.scenario(new Defaults(), new Levers(), price, 0.0);
            for (int c = 0; c < 3; c++) {
                markets[c] = new WorldMarket(s, ScheduledEvents.of(s), c, SEED);
            }
        }

        Mine mine(Spec spec) {
            return new Mine(this, spec.build(), SEED);
        }

        /** One month of a mine: orders reset, the mine steps, then the month advances. */
        void month(Mine mine) {
            orders.resetMonth();
            mine.step(this);
            step++;
        }

        /** One month at a labour fill: the labour market reports payroll = fill x desired before the mine steps. */
        void month(Mine mine, double fill) {
            mine.staffing().report(fill * mine.staffing().desired());
            month(mine);
        }

        @Override
        public Scenario scenario() {
            return scenario;
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public YearMonth month() {
            return scenario.calendar().start().plusMonths(step);
        }

        @Override
        public boolean ioParity() {
            return ioParity;
        }

        @Override
        public int commodityIndex(String id) {
            return List.of(COMMODITY_IDS).indexOf(id);
        }

        @Override
        public int regionIndex(String id) {
            return id.equals("r0") ? 0 : id.equals("r1") ? 1 : -1;
        }

        @Override
        public Government government() {
            return government;
        }

        @Override
        public WorldMarket market(int commodity) {
            return markets[commodity];
        }

        @Override
        public double disasterCut(int region) {
            return disasterCut[region];
        }

        @Override
        public double directUseCall(int commodity) {
            return directUseCall[commodity];
        }

        @Override
        public OrderBook orders() {
            return orders;
        }

        @Override
        public void addMine(Mine mine) {
            added.add(mine);
        }

        @Override
        public int regionOfMine(String mineId) {
            return -1;
        }
    }
}
