package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.demand.DemandStubs.Market;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import org.junit.jupiter.api.Test;

/**
 * The feed share that splits a processing plant's jobs into domestic-ore and imported-feed processing (issue #13
 * item 4): domestic concentrate t / total feed t of the month, kept through months without feed.
 */
class ProcessingFeedShareTest {

    private static final double EPS = 1e-12;

    private static SupplierSpec plant(double importedFeed) {
        return new SupplierSpec("plant", null, SupplierKind.PROCESSING, "kyushu", "copper", 1200, importedFeed, null,
                0.05, null, 0.9, 0.5, 12, 18, 0.2);
    }

    private static SupplierTest.Economy economy() {
        return new SupplierTest.Economy(new Market("copper", new double[] {0.5, 0.5}, new double[] {20, 100},
                new double[] {2e6, 2e6}, 2e6, 2e6));
    }

    @Test
    void theShareIsDomesticOverTotalFeedAndAMonthWithoutFeedKeepsTheLastShare() {
        SupplierTest.Economy e = economy();
        Supplier s = new Supplier(e, plant(480));
        // before any feed, a plant built to take imported feed counts as imported-feed processing
        assertThat(s.domesticFeedShare()).isZero();
        e.disasterCut = 0.2;
        e.market.ledger.addMineOutput(50, false);
        e.step = 0;
        s.step(e);
        // capacity 1,200 / 12 x 0.8 = 80 t: 50 t domestic, then min(480 / 12, 80 - 50) = 30 t imported: 50 / 80
        assertThat(s.domesticFeedShare()).isCloseTo(0.625, within(EPS));
        // a month with capacity cut to 0 refines nothing: the share of the last month with feed stays
        e.disasterCut = 1.0;
        e.step = 1;
        s.step(e);
        assertThat(s.outputUnits()).isZero();
        assertThat(s.domesticFeedShare()).isCloseTo(0.625, within(EPS));
        // no domestic ore next month, imports only: 40 t asked 50:50, the stub's sources have 5 and 85 t left:
        // 5 + 20 = 25 t, all imported: 0 / 25
        e.disasterCut = 0.0;
        e.step = 2;
        s.step(e);
        assertThat(s.outputUnits()).isCloseTo(25, within(1e-9));
        assertThat(s.domesticFeedShare()).isZero();
    }

    @Test
    void aPlantWithoutImportedFeedIsDomesticOreProcessingFromTheStartAndOtherKindsHaveNoShare() {
        assertThat(new Supplier(economy(), plant(0)).domesticFeedShare()).isEqualTo(1.0);
        SupplierSpec maker = new SupplierSpec("maker", null, SupplierKind.EQUIPMENT, "kanto", null, 1e9, 0, null, 0.05,
                null, 0.9, 0.5, 12, 18, 0.2);
        assertThat(new Supplier(economy(), maker).domesticFeedShare()).isZero();
    }
}
