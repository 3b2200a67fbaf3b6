package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.demand.DemandStubs.Market;
import kozan.model.demand.DemandStubs.Stockpile;
import kozan.model.demand.DemandStubs.TestBuyer;
import org.junit.jupiter.api.Test;

/**
 * The clearing where its rules switch: a gap above the trigger that the buyers' own inventories cover (no release,
 * so the stockpile keeps buying), a month with no imports at all, a commodity nobody buys. Stub market: two sources
 * at 100 and 200 JPY/t, requests split 50:50, each capped by its volume left.
 */
class StockpileAndClearingEdgesTest {

    private static final double EPS = 1e-9;

    private static Market market(double left0, double left1, double worldPrice, double expectation) {
        return new Market("x", new double[] {0.5, 0.5}, new double[] {left0, left1}, new double[] {100, 200},
                worldPrice, expectation);
    }

    private static Procurement oneCommodity(List<TestBuyer> buyers, Market m, Stockpile stockpile) {
        return new Procurement(buyers, new ImportSupply[] {m}, new boolean[] {false}, new double[] {0.0}, stockpile);
    }

    @Test
    void aGapTheBuyersInventoriesCoverReleasesNothingAndTheStockpileKeepsBuying() {
        // A: need 100, demand 40 (it runs its inventory of 60 down); B: need 50, demand 20, inventory 30
        TestBuyer a = TestBuyer.of(100, 100, 60, 10, 2);
        a.demand[0] = 40;
        TestBuyer b = TestBuyer.of(50, 50, 30, 10, 2);
        b.demand[0] = 20;
        // target 60 days, buys a quarter of its gap a month, release trigger 10%, ceiling 1.3; 100 t in stock
        Stockpile s = new Stockpile(1, 60, 0.25, 0.1, 1.3);
        s.stockpiled[0] = true;
        s.level[0] = 100;
        Market m = market(100, 100, 100, 100);
        Procurement p = oneCommodity(List.of(a, b), m, s);
        p.initialiseConsumption(0, 150);
        p.clear(0.0);
        // imports: 60 asked, 30 + 30 given; gaps after the market A 60, B 30 = 90 / 150 = 60% > 10%, but beyond the
        // inventories A 60 - 60 = 0, B 30 - 30 = 0: nothing to release, the stockpile is not releasing
        assertThat(a.stockpile[0]).isZero();
        assertThat(p.releasing(0)).isFalse();
        // so it buys: target 60 x 150 x 12 / 365 = 295.89 t; a quarter of 295.89 - 100 = 48.97 t, 24.49 t from each
        // source (70 t left in each), at (100 + 200) / 2 = 150 JPY/t
        double bought = 0.25 * (60.0 * 150 * 12 / 365 - 100);
        assertThat(bought).isCloseTo(48.9726, within(1e-4));
        assertThat(s.level[0]).isCloseTo(100 + bought, within(EPS));
        assertThat(s.bookings).hasSize(1);
        assertThat(s.bookings.get(0)).isCloseTo(bought * 150, within(1e-6));
        assertThat(m.ledger.stockpilePurchaseT()).isCloseTo(bought, within(EPS));
        assertThat(m.ledger.stockpileReleaseT()).isZero();
        // stockpile(t) = stockpile(t - 1) + purchases - releases
        assertThat(m.ledger.stockpileT()).isCloseTo(100 + bought - 0, within(EPS));
    }

    @Test
    void aMonthWithoutImportsChargesTheBuyersNothingForThem() {
        // no import volume left: 150 asked, none given; each buyer's import bill is 0 JPY, not 0 / 0
        TestBuyer a = TestBuyer.of(100, 100, 0, 10, 2);
        TestBuyer b = TestBuyer.of(50, 50, 0, 10, 2);
        Market m = market(0, 0, 150, 150);
        oneCommodity(List.of(a, b), m, new Stockpile(1, 0, 0, 0.1, 1.3)).clear(0.0);
        assertThat(m.calls.get(0)[3]).isZero();
        assertThat(a.imports[0]).isZero();
        assertThat(a.importsYen[0]).isZero();
        assertThat(b.importsYen[0]).isZero();
    }

    @Test
    void aCommodityNobodyBuysAsksForNothingWithFiniteChoiceParameters() {
        TestBuyer a = TestBuyer.of(0, 0, 0, 10, 2);
        Market m = market(50, 50, 150, 150);
        oneCommodity(List.of(a), m, new Stockpile(1, 0, 0, 0.1, 1.3)).clear(0.0);
        // demand-weighted beta and risk aversion of no demand are 0, not 0 / 0
        assertThat(m.calls.get(0)).containsExactly(0.0, 0.0, 0.0, 0.0);
        assertThat(a.importsYen[0]).isZero();
    }
}
