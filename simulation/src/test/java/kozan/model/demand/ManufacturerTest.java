package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kozan.model.random.RandomStream;
import kozan.model.random.Twister;
import java.util.List;
import kozan.model.common.ModelException;
import kozan.model.demand.DemandStubs.Economy;
import kozan.model.demand.DemandStubs.Market;
import kozan.model.random.Seeds;
import kozan.scenario.CommoditySpec;
import kozan.scenario.IntensitySpec;
import kozan.scenario.ManufacturerSpec;
import kozan.scenario.Sector;
import org.junit.jupiter.api.Test;

/**
 * A manufacturer's month (docs/model.md 7.4) against a stub economy: output path, thrifting, need and demand, and
 * the settlement (Leontief loss over critical inputs, consumption, inventories, workers with the layoff lag).
 * Output 1.2e12 JPY/yr = 1e11 JPY/month = 100 JPY bn/month, so a need in t is intensity (t per JPY bn) x 100.
 */
class ManufacturerTest {

    private static final double EPS = 1e-9;
    private static final double OUTPUT = 1.2e12;

    private static ManufacturerSpec spec(double growth, double noiseSd, List<IntensitySpec> intensities,
                                         double targetMonths, double workersPerBn, double productivityGrowth) {
        return new ManufacturerSpec("m", null, Sector.ELECTRONICS, "r", OUTPUT, growth, noiseSd, intensities, targetMonths,
                workersPerBn, 2, 10, productivityGrowth);
    }

    /** Commodity a (critical, 25% recycled, thrifts 12%/yr to 90%, recovers 24%/yr, threshold 25%). */
    private static CommoditySpec thrifty() {
        return DemandStubs.commodity("a", true, 0.25, 0.12, 0.9, 0.24, 0.25);
    }

    private static Economy economy(List<CommoditySpec> commodities, ManufacturerSpec spec, int lag) {
        Market[] markets = new Market[commodities.size()];
        for (int c = 0; c < markets.length; c++) {
            markets[c] = Market.simple(commodities.get(c).id(), 100, 100);
        }
        return new Economy(DemandStubs.scenario(commodities, spec, lag), markets);
    }

    private static void stepAt(Manufacturer m, Economy e, int step) {
        e.step = step;
        for (Market market : e.markets) {
            market.ledger.resetFlows();
        }
        m.step(e);
    }

    @Test
    void buyersBuildPrecautionaryStockAfterARestrictionDrawItDuringOneAndBuyLessWhenThePriceIsHigh() {
        // commodity a with no recycling and no thrift; C0 2 months, need 10 t/bn x 100 bn = 1,000 t/month, so the
        // opening stock is 2,000 t; φ 0.1, risk ratio 9: target 2 x 1.8 = 3.6 months
        CommoditySpec c = DemandStubs.commodity("a", true, 0.0, 0.0, 1.0, 0.0, 0.25);
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 2, 0, 0);
        Economy e = economy(List.of(c), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        Market a = e.markets[0];
        a.riskRatio = 9;
        stepAt(m, e, 0);
        // no restriction in force: 1,000 + (3,600 - 2,000) x 0.25 = 1,400
        assertThat(m.demand(0)).isCloseTo(1_400, within(EPS));
        a.restricted = true;
        stepAt(m, e, 0);
        // in force: target C0 = 2,000 t = the stock: demand is the need, 1,000 (imports do not rise)
        assertThat(m.demand(0)).isCloseTo(1_000, within(EPS));
        a.worldPrice = 200;
        stepAt(m, e, 1); // the next month: a run's price responses advance once a month (PriceResponses)
        // price 200 against P̄ = (11 x 100 + 200) / 12 = 108.33 (η 1): target 2 x 108.33/200 = 1.0833 months;
        // 1,000 + (1,083.3 - 2,000) x 0.25 = 770.83: the stock is drawn
        assertThat(m.demand(0)).isCloseTo(1_000 + (2_000 * (1300.0 / 12) / 200 - 2_000) * 0.25, within(1e-6));
    }

    @Test
    void anAnnouncedCutRaisesTheTargetByItsShortfallBeforeItBitesAndKeepsItDuringIt() {
        // as above: need 1,000 t/month, C0 2 months, stock 2,000 t; risk ratio 1 (calm)
        CommoditySpec c = DemandStubs.commodity("a", true, 0.0, 0.0, 1.0, 0.0, 0.25);
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 2, 0, 0);
        Economy e = economy(List.of(c), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        Market a = e.markets[0];
        stepAt(m, e, 0);
        assertThat(m.demand(0)).isCloseTo(1_000, within(EPS));
        // an announced cut of 0.9 of supply for 2 months ahead: A = 1.8 months; target (2 + 1.8) x 1,000 = 3,800 t;
        // demand 1,000 + (3,800 - 2,000) x 0.25 = 1,450
        a.anticipated = 1.8;
        stepAt(m, e, 0);
        assertThat(m.demand(0)).isCloseTo(1_450, within(EPS));
        // in force (a restriction): the risk term falls to C0, the known months still count: the same 1,450
        a.restricted = true;
        stepAt(m, e, 0);
        assertThat(m.demand(0)).isCloseTo(1_450, within(EPS));
    }

    @Test
    void outputFollowsTrendGrowthAndTheNeedIsNetOfRecycling() {
        ManufacturerSpec s = spec(0.1, 0.0, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy e = economy(List.of(thrifty()), s, 3);
        Manufacturer m = new Manufacturer(e, s, 7L);
        // start need = 10 t/bn x 100 bn x (1 - 0.25) = 750 t/month
        assertThat(m.initialNeed(0)).isCloseTo(750, within(EPS));
        stepAt(m, e, 18);
        // month 18: output 1.2e12 x 1.1^(18/12); need 750 x 1.1^1.5
        assertThat(m.need(0)).isCloseTo(750 * Math.pow(1.1, 1.5), within(EPS));
        m.allot(0, 1e6, 0, 0, 0);
        m.settle(e);
        assertThat(m.actualOutputYen()).isCloseTo(1e11 * Math.pow(1.1, 1.5), within(1e-3));
        assertThat(m.outputLostYen()).isZero();
    }

    @Test
    void outputCarriesTheMonthsLogNoiseFromTheManufacturersOwnStream() {
        ManufacturerSpec s = spec(0.1, 0.05, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy e = economy(List.of(thrifty()), s, 3);
        Manufacturer m = new Manufacturer(e, s, 42L);
        RandomStream rng = Seeds.stream(42L, "m", "output");
        double z0 = rng.nextGaussian();
        double z1 = rng.nextGaussian();
        stepAt(m, e, 0);
        assertThat(m.need(0)).isCloseTo(750 * Math.exp(0.05 * z0), within(EPS));
        stepAt(m, e, 1);
        // one draw a month: 750 x 1.1^(1/12) x exp(0.05 z1)
        assertThat(m.need(0)).isCloseTo(750 * Math.pow(1.1, 1.0 / 12.0) * Math.exp(0.05 * z1), within(EPS));
    }

    @Test
    void intensityFollowsTheIntensityLawAndTheNeedIsNetOfRecycling() {
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy e = economy(List.of(thrifty()), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        Market a = e.markets[0];
        a.worldPrice = 125 * Math.E; // one log unit above the 25% band over the reference price 100
        stepAt(m, e, 0);
        // P̄ = (11 x 100 + 339.785) / 12 = 119.98 is inside the band: k = 1; short run exp(-0.05 x 1) = 0.951229
        assertThat(m.intensity(0)).isCloseTo(10 * Math.exp(-0.05), within(1e-12));
        // use 9.51229 x 100 = 951.229 t; recycled 25% at P̄_lag = 100 -> need 713.42 t
        assertThat(m.need(0)).isCloseTo(10 * Math.exp(-0.05) * 100 * 0.75, within(EPS));
    }

    @Test
    void buyersSharingTheRunsPriceResponsesUseWhatEachWouldUseAlone() {
        // a run advances each commodity's price responses once a month for all its buyers (PriceResponses): two
        // manufacturers sharing them must match one with its own, month by month, bit for bit
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy shared = economy(List.of(thrifty()), s, 3);
        PriceResponses responses = new PriceResponses(shared.scenario().commodities());
        Manufacturer first = new Manufacturer(shared, s, 1L, responses);
        Manufacturer second = new Manufacturer(shared, s, 1L, responses);
        Economy own = economy(List.of(thrifty()), s, 3);
        Manufacturer alone = new Manufacturer(own, s, 1L);
        for (int t = 0; t < 36; t++) {
            // the price climbs from the reference 100 to 800: short-run, long-run and recycling responses all move
            double price = 100 * Math.pow(8, t / 35.0);
            shared.markets[0].worldPrice = price;
            own.markets[0].worldPrice = price;
            stepAt(first, shared, t);
            stepAt(second, shared, t);
            stepAt(alone, own, t);
            assertThat(first.intensity(0)).as("month %d", t).isEqualTo(alone.intensity(0));
            assertThat(second.intensity(0)).as("month %d", t).isEqualTo(alone.intensity(0));
            assertThat(second.need(0)).as("month %d", t).isEqualTo(alone.need(0));
            assertThat(second.demand(0)).as("month %d", t).isEqualTo(alone.demand(0));
        }
        // by then the price (800) and its 12-month mean (about 550) are far above the band (125): the short-run cut
        // alone, exp(-0.05 x ln(800 / 125)) = 0.911, with the long-run one takes intensity to the floor, 0.9 x 10 t
        assertThat(alone.intensity(0)).isCloseTo(9.0, within(1e-12));
    }

    @Test
    void theRecyclingLeverScalesTheUrbanMineAndNarrowsTheNeed() {
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy e = economy(List.of(thrifty()), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        e.recyclingLever = 2.0;
        stepAt(m, e, 0);
        // use 1,000 t at the reference price; recycled 0.25 x 2 = 50% -> need 500 t
        assertThat(m.need(0)).isCloseTo(500, within(EPS));
    }

    @Test
    void japansManufacturingActivityScalesPlannedOutputUseAndWorkersButIsNotAShortfallsLoss() {
        // critical a, no recycling: 10 t/bn x 100 bn = 1,000 t a month at activity 1; 2 workers per JPY bn/yr
        CommoditySpec c = DemandStubs.commodity("a", true, 0.0, 0.0, 1.0, 0.0, 0.25);
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10, 0.5)), 0, 2, 0);
        Economy e = economy(List.of(c), s, 0);
        Manufacturer m = new Manufacturer(e, s, 1L);
        e.manufacturingActivity = 0.78;
        stepAt(m, e, 0);
        assertThat(m.need(0)).isCloseTo(780, within(EPS));
        m.allot(0, 780, 0, 0, 0);
        m.settle(e);
        // the recession's cut is planned output, not output lost to a shortfall
        assertThat(m.outputLostYen()).isZero();
        assertThat(m.actualOutputYen()).isCloseTo(0.78 * 1e11, within(1e-3));
        assertThat(e.markets[0].ledger.consumptionT()).isCloseTo(780, within(EPS));
        assertThat(m.staffing().desired()).isCloseTo(2 * 0.78 * 1200, within(1e-9));
    }

    @Test
    void aResidualAfterTheEmergencyCoversCostsOutputInProportionToTheOutputDependence() {
        CommoditySpec c = DemandStubs.commodity("a", true, 0.0, 0.0, 1.0, 0.0, 0.25,
                DemandStubs.withEmergencyCovers(0.05, 0.05));
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 1, 0.5)), 0, 0, 0);
        Economy e = economy(List.of(c), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        stepAt(m, e, 0);
        m.allot(0, 40, 20, 0, 0);
        m.settle(e);
        // use 100, bought 60: gap 40 = 5 substituted + 5 thrifted + 30 residual; lost 0.5 x 30 / 100 = 15% of 1e11
        assertThat(m.outputLostYen()).isCloseTo(0.15 * 1e11, within(1e-3));
        CommodityLedger l = e.markets[0].ledger;
        assertThat(l.substitutedT()).isCloseTo(5, within(EPS));
        assertThat(l.thriftedT()).isCloseTo(5, within(EPS));
        assertThat(l.outputLostYen()).isCloseTo(0.15 * 1e11, within(1e-3));
        // the 60 t bought are all used: consumption min(100 x 0.85, 60)
        assertThat(l.consumptionT()).isCloseTo(60, within(EPS));
    }

    @Test
    void demandClosesAQuarterOfTheGapToTheInventoryTargetEitherWay() {
        // not critical: no output loss, only the inventory rule; target 2 months of need 750 = 1,500 t held at start
        CommoditySpec c = DemandStubs.commodity("c", false, 0.25, 0.0, 1.0, 0.0, 0.25);
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("c", 10)), 2, 0, 0);
        Economy e = economy(List.of(c), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        assertThat(m.inventory(0)).isCloseTo(1500, within(EPS));
        stepAt(m, e, 0);
        assertThat(m.demand(0)).isCloseTo(750, within(EPS));
        // nothing delivered: use 1,000 = 250 recycled + 750 from inventory -> 750 left
        m.allot(0, 0, 0, 0, 0);
        m.settle(e);
        assertThat(m.inventory(0)).isCloseTo(750, within(EPS));
        assertThat(e.markets[0].ledger.inventoryDrawT()).isCloseTo(750, within(EPS));
        assertThat(e.markets[0].ledger.recycledT()).isCloseTo(250, within(EPS));
        assertThat(e.markets[0].ledger.consumptionT()).isCloseTo(1000, within(EPS));
        stepAt(m, e, 1);
        // 750 + 0.25 x (1,500 - 750) = 937.5
        assertThat(m.demand(0)).isCloseTo(937.5, within(EPS));
        // 2,250 delivered + 250 recycled: available 3,250, used 1,000 -> 2,250 held
        m.allot(0, 1000, 1000, 250, 0);
        m.settle(e);
        assertThat(m.inventory(0)).isCloseTo(2250, within(EPS));
        assertThat(e.markets[0].ledger.inventoryBuildT()).isCloseTo(1500, within(EPS));
        stepAt(m, e, 2);
        // a surplus is run down: 750 + 0.25 x (1,500 - 2,250) = 562.5
        assertThat(m.demand(0)).isCloseTo(562.5, within(EPS));
        m.allot(0, 10_000, 0, 0, 0);
        m.settle(e);
        stepAt(m, e, 3);
        // 11,500 held: 750 + 0.25 x (1,500 - 11,500) < 0 -> no purchases
        assertThat(m.demand(0)).isZero();
    }

    /** Critical a (1 t/bn) and b (2 t/bn), non-critical c (0.5 t/bn); nothing recycled, no inventory target. */
    private static List<CommoditySpec> threeInputs() {
        return List.of(DemandStubs.commodity("a", true, 0.0, 0.0, 1.0, 0.0, 0.25),
                DemandStubs.commodity("b", true, 0.0, 0.0, 1.0, 0.0, 0.25),
                DemandStubs.commodity("c", false, 0.0, 0.0, 1.0, 0.0, 0.25));
    }

    private static ManufacturerSpec threeInputSpec(double workersPerBn, double productivityGrowth) {
        return spec(0.0, 0.0, List.of(new IntensitySpec("a", 1), new IntensitySpec("b", 2), new IntensitySpec("c", 0.5)),
                0, workersPerBn, productivityGrowth);
    }

    /** Needs a 100, b 200, c 50; a gets 60 through all three channels, b 150, c 10. */
    private static void shortMonth(Manufacturer m) {
        m.allot(0, 30, 20, 10, 0);
        m.allot(1, 150, 0, 0, 0);
        m.allot(2, 10, 0, 0, 0);
    }

    private static void fullMonth(Manufacturer m) {
        m.allot(0, 100, 0, 0, 0);
        m.allot(1, 200, 0, 0, 0);
        m.allot(2, 50, 0, 0, 0);
    }

    @Test
    void everyInputsCoverIsBookedWhetherItCanBindOutputOrNot() {
        // settle covers a critical input once, in the output-loss pass, and every other input in the booking pass
        ManufacturerSpec s = threeInputSpec(0, 0);
        Economy e = economy(threeInputs(), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        stepAt(m, e, 0);
        // month 0: needs a 100, b 200, c 50 all met; b and c get 30 t more, which they keep in stock
        m.allot(0, 100, 0, 0, 0);
        m.allot(1, 230, 0, 0, 0);
        m.allot(2, 80, 0, 0, 0);
        m.settle(e);
        stepAt(m, e, 1);
        // month 1: b (critical) gets 150 of 200, c (not critical) 10 of 50: each covers 30 t from its own stock
        m.allot(0, 100, 0, 0, 0);
        m.allot(1, 150, 0, 0, 0);
        m.allot(2, 10, 0, 0, 0);
        m.settle(e);
        assertThat(e.markets[1].ledger.coverOwnStockT()).isCloseTo(30, within(EPS));
        assertThat(e.markets[2].ledger.coverOwnStockT()).isCloseTo(30, within(EPS));
        // b's residual 200 - 150 - 30 = 20 t binds output: 20 / 200 = 10% of the month's 1e11
        assertThat(m.outputLostYen()).isCloseTo(0.1 * 1e11, within(1e-3));
    }

    @Test
    void settlementLosesTheLargestShortShareOfACriticalInput() {
        ManufacturerSpec s = threeInputSpec(0, 0);
        Economy e = economy(threeInputs(), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        stepAt(m, e, 0);
        assertThat(new double[] {m.need(0), m.need(1), m.need(2)}).containsExactly(new double[] {100, 200, 50}, within(EPS));
        shortMonth(m);
        m.settle(e);
        // short shares: a (100 - 60) / 100 = 0.4, b (200 - 150) / 200 = 0.25; c (0.8) is not critical. L = 0.4 (a)
        assertThat(m.bindingCommodity()).isEqualTo(0);
        assertThat(m.outputLostYen()).isCloseTo(0.4 * 1e11, within(1e-3));
        assertThat(m.actualOutputYen()).isCloseTo(0.6 * 1e11, within(1e-3));
        CommodityLedger a = e.markets[0].ledger;
        CommodityLedger b = e.markets[1].ledger;
        CommodityLedger c = e.markets[2].ledger;
        assertThat(a.outputLostYen()).isCloseTo(0.4 * 1e11, within(1e-3));
        assertThat(b.outputLostYen()).isZero();
        // consumption = min(need x 0.6, available): a 60, b min(120, 150) = 120 (30 t kept), c min(30, 10) = 10
        assertThat(a.consumptionT()).isCloseTo(60, within(EPS));
        assertThat(b.consumptionT()).isCloseTo(120, within(EPS));
        assertThat(c.consumptionT()).isCloseTo(10, within(EPS));
        assertThat(m.inventory(1)).isCloseTo(30, within(EPS));
        assertThat(b.inventoryBuildT()).isCloseTo(30, within(EPS));
        assertThat(b.inventoryT()).isCloseTo(30, within(EPS));
        assertThat(m.inventory(0)).isZero();
        // shortfall = max(0, need - available): a 40, b 50, c 40
        assertThat(a.shortfallT()).isCloseTo(40, within(EPS));
        assertThat(b.shortfallT()).isCloseTo(50, within(EPS));
        assertThat(c.shortfallT()).isCloseTo(40, within(EPS));

        // next month: b's 30 t in store count as available: b gets 140 (170 available of 200, short 0.15), a 100
        stepAt(m, e, 1);
        m.allot(0, 100, 0, 0, 0);
        m.allot(1, 140, 0, 0, 0);
        m.allot(2, 50, 0, 0, 0);
        m.settle(e);
        assertThat(m.bindingCommodity()).isEqualTo(1);
        assertThat(m.outputLostYen()).isCloseTo(0.15 * 1e11, within(1e-3));
        assertThat(e.markets[1].ledger.outputLostYen()).isCloseTo(0.15 * 1e11, within(1e-3));
        assertThat(e.markets[1].ledger.inventoryDrawT()).isCloseTo(30, within(EPS));
        // nothing short: no binding commodity
        stepAt(m, e, 2);
        fullMonth(m);
        m.settle(e);
        assertThat(m.bindingCommodity()).isEqualTo(-1);
        assertThat(m.outputLostYen()).isZero();
    }

    @Test
    void desiredWorkersFallWithProductivityAndFollowALossAfterTheLayoffLag() {
        // 50 workers per JPY bn/yr at the start, productivity +2%/yr, layoff lag 3 months
        ManufacturerSpec s = threeInputSpec(50, 0.02);
        Economy e = economy(threeInputs(), s, 3);
        Manufacturer m = new Manufacturer(e, s, 1L);
        // 50 x 1,200 JPY bn/yr
        assertThat(m.desiredWorkers()).isCloseTo(60_000, within(EPS));
        double[] expected = new double[6];
        for (int t = 0; t < 6; t++) {
            // the month-3 settlement sees month 0's loss of 0.4: (1 - 0.4)
            expected[t] = 50 / Math.pow(1.02, t / 12.0) * 1_200 * (t == 3 ? 0.6 : 1.0);
        }
        for (int t = 0; t < 6; t++) {
            stepAt(m, e, t);
            if (t == 0) {
                shortMonth(m);
            } else {
                fullMonth(m);
            }
            m.settle(e);
            assertThat(m.desiredWorkers()).as("month %d", t).isCloseTo(expected[t], within(1e-6));
        }
    }

    @Test
    void itBuysWithItsOwnChoiceParametersInItsOwnRegion() {
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy e = economy(List.of(thrifty()), s, 3);
        e.region = 3;
        Manufacturer m = new Manufacturer(e, s, 7L);
        // the spec's risk aversion 2 and logit beta 10 reach the clearing through the Buyer role
        assertThat(m.riskAversion()).isEqualTo(2.0);
        assertThat(m.logitBeta()).isEqualTo(10.0);
        assertThat(m.regionIndex()).isEqualTo(3);
        assertThat(m.id()).isEqualTo("m");
        assertThat(m.spec()).isSameAs(s);
        assertThat(m.jobDetail()).isEqualTo("ELECTRONICS");
    }

    @Test
    void aNonFiniteStateStopsTheRunNamingTheManufacturerTheStepAndTheQuantity() {
        // output noise sd NaN: the month's output is NaN
        ManufacturerSpec noisy = spec(0.0, Double.NaN, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy e = economy(List.of(thrifty()), noisy, 3);
        Manufacturer m = new Manufacturer(e, noisy, 7L);
        e.step = 2;
        assertThatThrownBy(() -> m.step(e)).isInstanceOf(ModelException.class)
                .hasMessageContaining("step 2, variable output_yen_per_year = NaN");

        // a NaN delivery makes the inventory NaN
        ManufacturerSpec s = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 0, 0, 0);
        Economy f = economy(List.of(thrifty()), s, 3);
        Manufacturer n = new Manufacturer(f, s, 7L);
        stepAt(n, f, 0);
        n.allot(0, Double.NaN, 0, 0, 0);
        assertThatThrownBy(() -> n.settle(f)).isInstanceOf(ModelException.class)
                .hasMessageContaining("variable inventory_t:a = NaN");

        // an infinite workers-per-output coefficient makes the labour demand infinite
        ManufacturerSpec crowded = spec(0.0, 0.0, List.of(new IntensitySpec("a", 10)), 0, Double.POSITIVE_INFINITY, 0);
        Economy g = economy(List.of(thrifty()), crowded, 3);
        Manufacturer c = new Manufacturer(g, crowded, 7L);
        stepAt(c, g, 0);
        c.allot(0, 1e6, 0, 0, 0);
        assertThatThrownBy(() -> c.settle(g)).isInstanceOf(ModelException.class)
                .hasMessageContaining("variable desired_workers = Infinity");
    }
}
