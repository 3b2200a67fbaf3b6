package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.TestScenarios;
import kozan.model.demand.DemandStubs.Market;
import kozan.model.demand.DemandStubs.Stockpile;
import kozan.model.demand.DemandStubs.TestBuyer;
import kozan.scenario.CommoditySpec;
import org.junit.jupiter.api.Test;

/**
 * The clearing of one month per commodity (docs/model.md 7.4), with stub buyers, a stub market whose import volume
 * per source the test fixes (requests split 50:50 across two sources, each capped by its volume left) and a stub
 * stockpile. Every expected value is worked out by hand in the comments.
 */
class ProcurementTest {

    private static final double EPS = 1e-9;

    /** Two sources at 100 and 200 JPY/t, split 50:50, with the given volumes left. */
    private static Market market(double left0, double left1, double worldPrice, double expectation) {
        return new Market("x", new double[] {0.5, 0.5}, new double[] {left0, left1}, new double[] {100, 200},
                worldPrice, expectation);
    }

    private static Procurement oneCommodity(List<TestBuyer> buyers, Market m, boolean critical, double preference,
                                            Stockpile stockpile) {
        return new Procurement(buyers, new ImportSupply[] {m}, new boolean[] {critical}, new double[] {preference},
                stockpile);
    }

    private static Stockpile noStockpile() {
        return new Stockpile(1, 0, 0, 0.1, 1.3);
    }

    @Test
    void domesticOfferUpToThePreferenceThenImportsThenUnsoldOfferForWhatImportsMissed() {
        // A: need 80, demand 100, beta 10, risk aversion 2; B: need 50, demand 50, beta 4, risk aversion 5
        TestBuyer a = TestBuyer.of(80, 100, 40, 10, 2);
        TestBuyer b = TestBuyer.of(50, 50, 0, 4, 5);
        Market m = market(20, 25, 150, 150);
        m.ledger.addRefinedOffer(120, 120);
        oneCommodity(List.of(a, b), m, false, 0.6, noStockpile()).clear(0.0);

        // (1) pref 0.6: A wants 60, B 30 of the 120 t offered -> both served, 90 sold
        // (2) imports for the rest: A 40 + B 20 = 60 asked; beta = (100 x 10 + 50 x 4) / 150 = 8,
        //     risk aversion = (100 x 2 + 50 x 5) / 150 = 3 (weights are demands, not needs)
        assertThat(m.calls).hasSize(1);
        assertThat(m.calls.get(0)[0]).isCloseTo(60, within(EPS));
        assertThat(m.calls.get(0)[1]).isCloseTo(8, within(EPS));
        assertThat(m.calls.get(0)[2]).isCloseTo(3, within(EPS));
        //     the sources give min(20, 30) + min(25, 30) = 45, split 40:20 -> A 30, B 15, at 7,000 JPY for 45 t
        assertThat(a.imports[0]).isCloseTo(30, within(EPS));
        assertThat(b.imports[0]).isCloseTo(15, within(EPS));
        assertThat(a.importsYen[0]).isCloseTo(30 * 7000.0 / 45, within(EPS));
        assertThat(b.importsYen[0]).isCloseTo(15 * 7000.0 / 45, within(EPS));
        // (3) 30 t still unsold for what imports missed: A 100 - 60 - 30 = 10, B 50 - 30 - 15 = 5
        assertThat(a.domestic[0]).isCloseTo(70, within(EPS));
        assertThat(b.domestic[0]).isCloseTo(35, within(EPS));
        assertThat(a.stockpile[0]).isZero();
        // ledger: 105 sold, 15 exported, 45 refined imports (20 + 25) worth 7,000 JPY, need 130
        CommodityLedger l = m.ledger;
        assertThat(l.domesticSoldT()).isCloseTo(105, within(EPS));
        assertThat(l.refinedExportsT()).isCloseTo(15, within(EPS));
        assertThat(l.refinedImportsT()).isCloseTo(45, within(EPS));
        assertThat(l.refinedImportsBySourceT(0)).isCloseTo(20, within(EPS));
        assertThat(l.refinedImportsBySourceT(1)).isCloseTo(25, within(EPS));
        assertThat(l.importsYen()).isCloseTo(7000, within(EPS));
        assertThat(l.needT()).isCloseTo(130, within(EPS));
    }

    @Test
    void aShortDomesticOfferIsSharedProRataToThePreferenceShares() {
        TestBuyer a = TestBuyer.of(80, 100, 40, 10, 2);
        TestBuyer b = TestBuyer.of(50, 50, 0, 4, 5);
        Market m = market(20, 25, 150, 150);
        m.ledger.addRefinedOffer(60, 60);
        oneCommodity(List.of(a, b), m, false, 0.6, noStockpile()).clear(0.0);
        // (1) wants 60 and 30 from 60 t: ratio 2/3 -> A 40, B 20
        // (2) imports asked: A 60 + B 30 = 90; the sources give min(20, 45) + min(25, 45) = 45 -> A 30, B 15
        // (3) nothing left to sell
        assertThat(m.calls.get(0)[0]).isCloseTo(90, within(EPS));
        assertThat(a.domestic[0]).isCloseTo(40, within(EPS));
        assertThat(b.domestic[0]).isCloseTo(20, within(EPS));
        assertThat(a.imports[0]).isCloseTo(30, within(EPS));
        assertThat(b.imports[0]).isCloseTo(15, within(EPS));
        assertThat(m.ledger.refinedExportsT()).isZero();
    }

    @Test
    void offtakeMandateRaisesThePreferenceOfCriticalCommoditiesOnlyAndNeverLowersIt() {
        // commodity 0 critical, commodity 1 not; both prefer 20% domestic; one buyer with demand 100 of each
        TestBuyer buyer = new TestBuyer(2, 10, 2);
        for (int c = 0; c < 2; c++) {
            buyer.need[c] = 100;
            buyer.demand[c] = 100;
        }
        Market critical = market(1e9, 1e9, 100, 100);
        Market plain = market(1e9, 1e9, 100, 100);
        critical.ledger.addRefinedOffer(1000, 1000);
        plain.ledger.addRefinedOffer(1000, 1000);
        Procurement p = new Procurement(List.of(buyer), new ImportSupply[] {critical, plain}, new boolean[] {true, false},
                new double[] {0.2, 0.2}, new Stockpile(2, 0, 0, 0.1, 1.3));

        p.clear(0.5);
        // critical: max(0.2, 0.5) = 0.5 -> 50 at home, 50 imported (step 3 finds no unmet demand)
        assertThat(p.domesticCallT(0)).isCloseTo(50, within(EPS));
        assertThat(buyer.domestic[0]).isCloseTo(50, within(EPS));
        assertThat(buyer.imports[0]).isCloseTo(50, within(EPS));
        // not critical: the mandate does not apply -> 20 at home, 80 imported
        assertThat(p.domesticCallT(1)).isCloseTo(20, within(EPS));
        assertThat(buyer.domestic[1]).isCloseTo(20, within(EPS));
        assertThat(buyer.imports[1]).isCloseTo(80, within(EPS));

        critical.ledger.resetFlows();
        critical.ledger.addRefinedOffer(1000, 1000);
        p.clear(0.1);
        // a mandate below the preference leaves it: max(0.2, 0.1) = 0.2
        assertThat(p.domesticCallT(0)).isCloseTo(20, within(EPS));
        assertThat(buyer.domestic[0]).isCloseTo(20, within(EPS));
    }

    /** Stockpiled commodity, no domestic offer, imports 30 + 30 t for A (need 100) and B (need 50). */
    private static Stockpile shortMonth(TestBuyer a, TestBuyer b, double stock, double trigger) {
        Stockpile s = new Stockpile(1, 60, 0.25, trigger, 1.3);
        s.stockpiled[0] = true;
        s.level[0] = stock;
        // P 150 > 1.3 x E 100: no purchase either way, so only the release rule acts
        Market m = market(30, 30, 150, 100);
        oneCommodity(List.of(a, b), m, false, 0.0, s).clear(0.0);
        return s;
    }

    @Test
    void stockpileReleasesEachBuyersGapBeyondItsInventoryWhenTheGapExceedsTheTrigger() {
        // imports: 150 asked, 30 + 30 given -> A 40, B 20; gaps A 60, B 30 = 90 = 60% of need 150 > trigger 10%
        // beyond inventory: A 60 - 10 = 50, B 30 - 30 = 0
        TestBuyer a = TestBuyer.of(100, 100, 10, 10, 2);
        TestBuyer b = TestBuyer.of(50, 50, 30, 10, 2);
        Stockpile s = shortMonth(a, b, 100, 0.1);
        assertThat(a.stockpile[0]).isCloseTo(50, within(EPS));
        assertThat(b.stockpile[0]).isZero();
        // stock 100 - 50 = 50; the released tonnes are sold at P = 150: -7,500 JPY
        assertThat(s.level[0]).isCloseTo(50, within(EPS));
        assertThat(s.bookings).containsExactly(-7500.0);

        // a stock short of the gap gives what it has
        TestBuyer a2 = TestBuyer.of(100, 100, 10, 10, 2);
        TestBuyer b2 = TestBuyer.of(50, 50, 30, 10, 2);
        Stockpile s2 = shortMonth(a2, b2, 30, 0.1);
        assertThat(a2.stockpile[0]).isCloseTo(30, within(EPS));
        assertThat(s2.level[0]).isZero();
        assertThat(s2.yenBooked).isCloseTo(-4500, within(EPS));
    }

    @Test
    void noReleaseAtOrBelowTheTriggerOrWhenInventoriesCoverTheGap() {
        // the gap is 60% of need: a trigger of 60% is not exceeded, 59% is
        TestBuyer a = TestBuyer.of(100, 100, 10, 10, 2);
        TestBuyer b = TestBuyer.of(50, 50, 30, 10, 2);
        Stockpile atTrigger = shortMonth(a, b, 100, 0.6);
        assertThat(a.stockpile[0]).isZero();
        assertThat(atTrigger.level[0]).isEqualTo(100);
        assertThat(atTrigger.bookings).isEmpty();
        TestBuyer a1 = TestBuyer.of(100, 100, 10, 10, 2);
        Stockpile belowGap = shortMonth(a1, TestBuyer.of(50, 50, 30, 10, 2), 100, 0.59);
        assertThat(a1.stockpile[0]).isCloseTo(50, within(EPS));
        assertThat(belowGap.level[0]).isCloseTo(50, within(EPS));

        // inventories cover every gap (A 60 <= 60, B 30 <= 30): no release although the gap is 60% of need
        TestBuyer a2 = TestBuyer.of(100, 100, 60, 10, 2);
        TestBuyer b2 = TestBuyer.of(50, 50, 30, 10, 2);
        Stockpile covered = shortMonth(a2, b2, 100, 0.1);
        assertThat(a2.stockpile[0]).isZero();
        assertThat(covered.level[0]).isEqualTo(100);

        // a commodity that is not stockpiled releases nothing
        Stockpile none = new Stockpile(1, 60, 0.25, 0.1, 1.3);
        none.level[0] = 100;
        TestBuyer a3 = TestBuyer.of(100, 100, 10, 10, 2);
        oneCommodity(List.of(a3, TestBuyer.of(50, 50, 30, 10, 2)), market(30, 30, 150, 100), false, 0.0, none).clear(0.0);
        assertThat(a3.stockpile[0]).isZero();
        assertThat(none.level[0]).isEqualTo(100);
    }

    /** A stockpile of target 73 days (= 2.4 months of consumption), buying a quarter of its gap a month. */
    private static Stockpile buyer(double level, double ceiling) {
        Stockpile s = new Stockpile(1, 73, 0.25, 0.1, ceiling);
        s.stockpiled[0] = true;
        s.level[0] = level;
        return s;
    }

    @Test
    void stockpileBuysAShareOfItsGapToTargetFromTheImportsLeftWhenThePriceIsAtMostTheCeiling() {
        // one buyer: need = demand = 100, no offer, pref 0; sources have 100 and 60 t left
        TestBuyer b = TestBuyer.of(100, 100, 0, 10, 2);
        Market m = market(100, 60, 125, 100);
        Stockpile s = buyer(40, 1.25);
        Procurement p = oneCommodity(List.of(b), m, true, 0.0, s);
        p.initialiseConsumption(0, 100);
        // target = 73 days x 100 t/month x 12 / 365 = 240 t
        assertThat(p.stockpileTargetT(0)).isCloseTo(240, within(EPS));
        p.clear(0.0);
        // buyer: 50 + 50 t (5,000 + 10,000 JPY); left 50 and 10
        assertThat(b.imports[0]).isCloseTo(100, within(EPS));
        // P 125 <= 1.25 x E 100 (equal: still buys); want 0.25 x (240 - 40) = 50, asked with the buyers' beta and
        // risk aversion; the sources give min(50, 25) + min(10, 25) = 35 at 2,500 + 2,000 JPY
        assertThat(m.calls).hasSize(2);
        assertThat(m.calls.get(1)).containsExactly(new double[] {50, 10, 2, 35}, within(EPS));
        assertThat(s.level[0]).isCloseTo(75, within(EPS));
        assertThat(s.bookings).containsExactly(4500.0);
        CommodityLedger l = m.ledger;
        assertThat(l.stockpilePurchaseT()).isCloseTo(35, within(EPS));
        assertThat(l.stockpileT()).isCloseTo(75, within(EPS));
        assertThat(l.refinedImportsT()).isCloseTo(135, within(EPS));
        assertThat(l.refinedImportsBySourceT(0)).isCloseTo(75, within(EPS));
        assertThat(l.refinedImportsBySourceT(1)).isCloseTo(60, within(EPS));
        assertThat(l.importsYen()).isCloseTo(15000 + 4500, within(EPS));
        assertThat(p.releasing(0)).isFalse();
        // the buyer's import yen are its own, not the stockpile's
        assertThat(b.importsYen[0]).isCloseTo(15000, within(EPS));
    }

    @Test
    void noPurchaseAboveTheCeilingAtOrAboveTargetOrWhileReleasing() {
        TestBuyer b = TestBuyer.of(100, 100, 0, 10, 2);
        // P 125.5 > 1.25 x 100
        Stockpile dear = buyer(40, 1.25);
        Procurement p = oneCommodity(List.of(b), market(100, 60, 125.5, 100), true, 0.0, dear);
        p.initialiseConsumption(0, 100);
        p.clear(0.0);
        assertThat(dear.level[0]).isEqualTo(40);
        assertThat(dear.bookings).isEmpty();

        // at target (240 t): nothing to buy
        Stockpile full = buyer(240, 1.25);
        Market m = market(100, 60, 100, 100);
        Procurement q = oneCommodity(List.of(b), m, true, 0.0, full);
        q.initialiseConsumption(0, 100);
        q.clear(0.0);
        assertThat(full.level[0]).isEqualTo(240);
        assertThat(m.calls).hasSize(1);

        // releasing: the buyer gets 30 + 30 of 100 (gap 40% > 10%, no inventory), release 40 from 240; no purchase
        Stockpile releasing = buyer(240, 1.25);
        TestBuyer shortOf = TestBuyer.of(100, 100, 0, 10, 2);
        Market dry = market(30, 30, 100, 100);
        Procurement r = oneCommodity(List.of(shortOf), dry, true, 0.0, releasing);
        r.initialiseConsumption(0, 100);
        r.clear(0.0);
        assertThat(r.releasing(0)).isTrue();
        assertThat(shortOf.stockpile[0]).isCloseTo(40, within(EPS));
        assertThat(releasing.level[0]).isCloseTo(200, within(EPS));
        assertThat(dry.calls).hasSize(1);
        assertThat(releasing.bookings).containsExactly(-4000.0);
    }

    @Test
    void stockpileLevelIsLastLevelPlusPurchasesMinusReleasesMonthAfterMonth() {
        TestBuyer b = TestBuyer.of(100, 100, 0, 10, 2);
        Market m = market(100, 60, 100, 100);
        Stockpile s = buyer(40, 1.25);
        Procurement p = oneCommodity(List.of(b), m, true, 0.0, s);
        p.initialiseConsumption(0, 100);
        double[][] sources = {{100, 60}, {0, 0}, {100, 60}};
        // month 0: buy 35 (as above) -> 75; month 1: no imports, gap 100 = all of need, release 75 -> 0;
        // month 2: buy 0.25 x 240 = 60, sources give min(50, 30) + min(10, 30) = 40 -> 40
        double[] expected = {75, 0, 40};
        double[] expectedBought = {35, 0, 40};
        double[] expectedReleased = {0, 75, 0};
        double last = 40;
        for (int month = 0; month < 3; month++) {
            m.ledger.resetFlows();
            m.left[0] = sources[month][0];
            m.left[1] = sources[month][1];
            p.clear(0.0);
            CommodityLedger l = m.ledger;
            assertThat(l.stockpilePurchaseT()).as("month %d bought", month).isCloseTo(expectedBought[month], within(EPS));
            assertThat(l.stockpileReleaseT()).as("month %d released", month).isCloseTo(expectedReleased[month], within(EPS));
            assertThat(l.stockpileT()).as("month %d level", month).isCloseTo(expected[month], within(EPS));
            assertThat(s.level[0]).isEqualTo(l.stockpileT());
            assertThat(l.stockpileT()).isCloseTo(last + l.stockpilePurchaseT() - l.stockpileReleaseT(), within(EPS));
            last = l.stockpileT();
        }
    }

    @Test
    void consumptionAverageBehindTheTargetMovesOneTwelfthTowardTheMonthsConsumption() {
        Market m = market(0, 0, 100, 100);
        Procurement p = oneCommodity(List.of(), m, true, 0.5, buyer(0, 1.25));
        p.initialiseConsumption(0, 100);
        assertThat(p.domesticCallT(0)).isCloseTo(50, within(EPS));
        m.ledger.recordSettlement(220, 0, 0, 0);
        p.afterSettlement();
        // average 100 + (220 - 100) / 12 = 110 -> target 73 x 110 x 12 / 365 = 264
        assertThat(p.stockpileTargetT(0)).isCloseTo(264, within(EPS));
    }

    @Test
    void openTakesCriticalityAndPreferenceFromTheSpecsAndFillsStockpilesToTarget() {
        CommoditySpec critical = new CommoditySpec("a", null, "t", true, false, TestScenarios.price(100, 0.1), 0.0, 0.4,
                0.05, 0.7, 0.02, 1.5, List.of(TestScenarios.source("s", 1.0, 1e9, 0.0, 0.1, false)), 0.15);
        CommoditySpec plain = new CommoditySpec("b", null, "t", false, false, TestScenarios.price(100, 0.1), 0.0, 0.4,
                0.05, 0.7, 0.02, 1.5, List.of(TestScenarios.source("s", 1.0, 1e9, 0.0, 0.1, false)), 0.15);
        TestBuyer x = new TestBuyer(2, 10, 2);
        TestBuyer y = new TestBuyer(2, 10, 2);
        x.initialNeed[0] = 60;
        y.initialNeed[0] = 40;
        x.initialNeed[1] = 10;
        Stockpile s = new Stockpile(2, 73, 0.25, 0.1, 1.25);
        s.stockpiled[0] = true;
        s.level[1] = 7;
        Market ma = market(1e9, 1e9, 100, 100);
        Market mb = market(1e9, 1e9, 100, 100);
        Procurement p = Procurement.open(List.of(x, y), new ImportSupply[] {ma, mb}, List.of(critical, plain), s);
        // average consumption 60 + 40 = 100 t/month: domestic call 0.4 x 100, stockpile at its target 240 t
        assertThat(p.domesticCallT(0)).isCloseTo(40, within(EPS));
        assertThat(s.level[0]).isCloseTo(240, within(EPS));
        assertThat(p.domesticCallT(1)).isCloseTo(4, within(EPS));
        assertThat(s.level[1]).as("not stockpiled: untouched").isEqualTo(7);

        // the mandate applies to the critical commodity from the spec only
        for (TestBuyer b : List.of(x, y)) {
            for (int c = 0; c < 2; c++) {
                b.need[c] = 50;
                b.demand[c] = 50;
            }
        }
        ma.ledger.addRefinedOffer(1000, 1000);
        mb.ledger.addRefinedOffer(1000, 1000);
        p.clear(0.9);
        assertThat(p.domesticCallT(0)).isCloseTo(90, within(EPS));
        assertThat(p.domesticCallT(1)).isCloseTo(40, within(EPS));
    }

    @Test
    void salesAreSplitByTheOffersOriginAndImportsIncludeTheStockpilesPurchase() {
        // offer 100 t: 40 from domestic ore, 60 refined from imported concentrate of source 1
        Market m = market(100, 60, 100, 100);
        m.ledger.addImportedConcentrate(new double[] {0, 60}, 60);
        m.ledger.addRefinedOffer(100, 40);
        TestBuyer b = TestBuyer.of(80, 80, 0, 10, 2);
        Stockpile s = buyer(40, 1.25);
        Procurement p = oneCommodity(List.of(b), m, true, 1.0, s);
        p.initialiseConsumption(0, 100);
        p.clear(0.0);
        // buyer: 80 at home, nothing imported; 20 exported
        assertThat(b.domestic[0]).isCloseTo(80, within(EPS));
        assertThat(b.imports[0]).isZero();
        // stockpile: 0.25 x (240 - 40) = 50 -> 25 + 25 t at 2,500 + 5,000 JPY
        CommodityLedger l = m.ledger;
        assertThat(l.stockpilePurchaseT()).isCloseTo(50, within(EPS));
        // origin: 40% of the 80 t sold is domestic = 32; the other 48 t are source 1's concentrate
        assertThat(l.domesticOriginSoldT()).isCloseTo(32, within(EPS));
        assertThat(l.importsBySourceT(0)).isCloseTo(25, within(EPS));
        assertThat(l.importsBySourceT(1)).isCloseTo(25 + 48, within(EPS));
        assertThat(l.importsT()).isCloseTo(98, within(EPS));
        // 7,500 JPY refined (stockpile) + 48 t x 200 JPY/t
        assertThat(l.importsYen()).isCloseTo(7500 + 9600, within(EPS));
        assertThat(l.refinedExportsT()).isCloseTo(20, within(EPS));
        assertThat(l.importDependence()).isCloseTo(98.0 / 130.0, within(1e-12));
    }
}
