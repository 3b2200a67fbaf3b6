package kozan.model.demand;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.model.TestScenarios;
import kozan.scenario.CalendarSpec;
import kozan.scenario.AdaptationSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.LabourSpec;
import kozan.scenario.ManufacturerSpec;
import kozan.scenario.Metadata;
import kozan.scenario.Mode;
import kozan.scenario.RegionSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import sim.engine.SimState;

/**
 * Hand-driven stand-ins for the role interfaces of the demand package (markets, buyers, the stockpile, the economy).
 * {@link Market} also serves the supply tests (processing plants buy concentrate through {@link ImportSupply}).
 */
public final class DemandStubs {
    private DemandStubs() {
    }

    /**
     * A world market whose allocation the test fixes: a request is split across sources by fixed shares, each part
     * capped by the volume the source has left this month (no spill-over; that is {@code ImportAllocator}'s rule).
     * Records every request with the beta and risk aversion it was made with.
     */
    public static final class Market implements ImportSupply {
        final String id;
        public final CommodityLedger ledger;
        final double[] share;
        final double[] left;
        final double[] price;
        double worldPrice;
        double expectation;
        /** Supply risk and restriction the buyers see (the stock rule's inputs). */
        double riskRatio = 1.0;
        boolean restricted;
        /** Months of need the announced cuts will leave unmet (the stock rule's anticipation input). */
        double anticipated;
        /** One entry per takeImports call: {demand, beta, riskAversion, taken}. */
        public final List<double[]> calls = new ArrayList<>();

        public Market(String id, double[] share, double[] left, double[] price, double worldPrice, double expectation) {
            this.id = id;
            this.ledger = new CommodityLedger(share.length);
            this.share = share.clone();
            this.left = left.clone();
            this.price = price.clone();
            this.worldPrice = worldPrice;
            this.expectation = expectation;
        }

        /** A one-source market with unlimited volume, for tests that only read price and expectation. */
        static Market simple(String id, double worldPrice, double expectation) {
            return new Market(id, new double[] {1.0}, new double[] {Double.MAX_VALUE}, new double[] {worldPrice},
                    worldPrice, expectation);
        }

        @Override
        public String commodityId() {
            return id;
        }

        @Override
        public CommodityLedger ledger() {
            return ledger;
        }

        @Override
        public int sourceCount() {
            return share.length;
        }

        @Override
        public double worldPrice() {
            return worldPrice;
        }

        @Override
        public double expectation() {
            return expectation;
        }

        @Override
        public double importPrice(int source) {
            return price[source];
        }

        @Override
        public double riskRatio() {
            return riskRatio;
        }

        @Override
        public boolean restrictionInForce() {
            return restricted;
        }

        @Override
        public double anticipatedShortfallMonths() {
            return anticipated;
        }

        @Override
        public double takeImports(double demand, double beta, double riskAversion, double[] out) {
            double total = 0;
            for (int s = 0; s < share.length; s++) {
                out[s] = Math.min(left[s], Math.max(0.0, demand) * share[s]);
                left[s] -= out[s];
                total += out[s];
            }
            calls.add(new double[] {demand, beta, riskAversion, total});
            return total;
        }
    }

    /** A buyer whose need, demand and inventory the test sets per commodity; records what it was allotted. */
    static final class TestBuyer implements Buyer {
        final double[] initialNeed;
        final double[] need;
        final double[] demand;
        final double[] inventory;
        final double beta;
        final double riskAversion;
        final double[] domestic;
        final double[] imports;
        final double[] stockpile;
        final double[] importsYen;

        TestBuyer(int commodities, double beta, double riskAversion) {
            this.initialNeed = new double[commodities];
            this.need = new double[commodities];
            this.demand = new double[commodities];
            this.inventory = new double[commodities];
            this.beta = beta;
            this.riskAversion = riskAversion;
            this.domestic = new double[commodities];
            this.imports = new double[commodities];
            this.stockpile = new double[commodities];
            this.importsYen = new double[commodities];
        }

        /** One-commodity buyer. */
        static TestBuyer of(double need, double demand, double inventory, double beta, double riskAversion) {
            TestBuyer b = new TestBuyer(1, beta, riskAversion);
            b.need[0] = need;
            b.demand[0] = demand;
            b.inventory[0] = inventory;
            return b;
        }

        /** Every test buyer may use every commodity (its values are set after the clearing is built). */
        @Override
        public boolean uses(int commodity) {
            return true;
        }

        @Override
        public double initialNeed(int commodity) {
            return initialNeed[commodity];
        }

        @Override
        public double need(int commodity) {
            return need[commodity];
        }

        @Override
        public double demand(int commodity) {
            return demand[commodity];
        }

        @Override
        public double inventory(int commodity) {
            return inventory[commodity];
        }

        @Override
        public double riskAversion() {
            return riskAversion;
        }

        @Override
        public double logitBeta() {
            return beta;
        }

        @Override
        public void allot(int commodity, double domesticT, double importsT, double stockpileT, double importsYen) {
            domestic[commodity] = domesticT;
            imports[commodity] = importsT;
            stockpile[commodity] = stockpileT;
            this.importsYen[commodity] = importsYen;
        }
    }

    /** The state stockpile with rules the test sets; records the yen booked. */
    static final class Stockpile implements StockpileAccount {
        final boolean[] stockpiled;
        final double[] level;
        double targetDays;
        double buyRate;
        double releaseTrigger;
        double buyPriceCeiling;
        double yenBooked;
        final List<Double> bookings = new ArrayList<>();

        Stockpile(int commodities, double targetDays, double buyRate, double releaseTrigger, double buyPriceCeiling) {
            this.stockpiled = new boolean[commodities];
            this.level = new double[commodities];
            this.targetDays = targetDays;
            this.buyRate = buyRate;
            this.releaseTrigger = releaseTrigger;
            this.buyPriceCeiling = buyPriceCeiling;
        }

        @Override
        public boolean isStockpiled(int commodity) {
            return stockpiled[commodity];
        }

        @Override
        public double stockpileT(int commodity) {
            return level[commodity];
        }

        @Override
        public void setStockpileT(int commodity, double t) {
            level[commodity] = t;
        }

        @Override
        public double stockpileTargetDays() {
            return targetDays;
        }

        @Override
        public double stockpileBuyRate() {
            return buyRate;
        }

        @Override
        public double stockpileReleaseTrigger() {
            return releaseTrigger;
        }

        @Override
        public double stockpileBuyPriceCeiling() {
            return buyPriceCeiling;
        }

        @Override
        public void bookStockpileYen(double yen) {
            yenBooked += yen;
            bookings.add(yen);
        }
    }

    /** The economy as a manufacturer sees it: a scenario, a month the test sets, one stub market per commodity. */
    static final class Economy extends SimState implements DemandContext {
        private static final long serialVersionUID = 1L;
        final Scenario scenario;
        final Market[] markets;
        int step;
        /** The region index every manufacturer is placed in. */
        int region;
        /** The recycling lever in force (1 = current policy). */
        double recyclingLever = 1.0;
        /** Japan's manufacturing activity index in force (1 = no MANUFACTURING_ACTIVITY event). */
        double manufacturingActivity = 1.0;

        Economy(Scenario scenario, Market... markets) {
            super(1L);
            this.scenario = scenario;
            this.markets = markets;
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
        public int commodityIndex(String id) {
            for (int c = 0; c < scenario.commodities().size(); c++) {
                if (scenario.commodities().get(c).id().equals(id)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(id);
        }

        @Override
        public int regionIndex(String id) {
            return region;
        }

        @Override
        public ImportSupply market(int commodity) {
            return markets[commodity];
        }

        @Override
        public double recyclingLever() {
            return recyclingLever;
        }

        @Override
        public double manufacturingActivity() {
            return manufacturingActivity;
        }
    }

    /**
     * A commodity with the thrift parameters and recycling share a test needs (domestic preference 1), reference
     * price 100, and no emergency substitution or thrift (so a short share of use is the Leontief loss).
     */
    static CommoditySpec commodity(String id, boolean critical, double recycling, double thriftRatePerYear,
                                   double thriftFloor, double thriftRecoveryPerYear, double thriftThreshold) {
        return commodity(id, critical, recycling, thriftRatePerYear, thriftFloor, thriftRecoveryPerYear, thriftThreshold,
                withEmergencyCovers(0, 0));
    }

    static CommoditySpec commodity(String id, boolean critical, double recycling, double thriftRatePerYear,
                                   double thriftFloor, double thriftRecoveryPerYear, double thriftThreshold,
                                   AdaptationSpec adaptation) {
        return new CommoditySpec(id, null, "t", critical, false, TestScenarios.price(100, 0.1), recycling, 1.0,
                thriftRatePerYear, thriftFloor, thriftRecoveryPerYear, 1.5,
                List.of(TestScenarios.source("only", 1.0, 1e9, 0.0, 0.1, false)), thriftThreshold, adaptation);
    }

    /** The default adaptation with the given emergency substitution and thrift shares. */
    static AdaptationSpec withEmergencyCovers(double substitution, double thrift) {
        AdaptationSpec d = AdaptationSpec.defaults();
        return new AdaptationSpec(d.shortRunElasticity(), d.longRunElasticity(), d.adjustmentYears(), d.recoveryFactor(),
                d.recyclingElasticity(), d.recyclingLagMonths(), d.recyclingMaxShare(), d.precautionaryResponse(),
                d.maxCoverMonths(), d.precautionaryPriceElasticity(), d.riskMemoryMonths(), substitution, thrift,
                d.anticipationHorizonMonths());
    }

    /** A one-region scenario holding only what manufacturers read: commodities and the layoff lag. */
    static Scenario scenario(List<CommoditySpec> commodities, ManufacturerSpec manufacturer, int layoffLagMonths) {
        LabourSpec l = TestScenarios.labor();
        LabourSpec labour = new LabourSpec(l.matchingEfficiency(), l.matchingElasticity(), l.skilledMatchingEfficiency(),
                l.trainingRatePerYear(), l.quitRatePerMonth(), l.wagePhi(), l.wageTheta(), l.wageFloor(),
                l.migrationShare(), l.migrationCap(), l.consumptionPropensity(), l.localSpendingShare(), layoffLagMonths);
        RegionSpec region = new RegionSpec("r", null, 36, 138, List.of(), 1e6, 0.8, 0.0, 0.025, 0.0, 200, 300_000);
        return new Scenario(1, new Metadata("demand-test", null, null, List.of()),
                new CalendarSpec(YearMonth.of(2025, 1), 10), Mode.NORMAL, new RunSpec(1L, 1, List.of(2030)),
                List.of(region), labour, commodities, TestScenarios.mineDefaults(), List.of(), List.of(), List.of(),
                List.of(manufacturer), TestScenarios.government(List.of(), List.of(), 0, 0), List.of(), null);
    }
}
