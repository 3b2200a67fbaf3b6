package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.SupplierKind;
import org.junit.jupiter.api.Test;

/** The month's orders by supplier kind: domestic and imported parts, leaks abroad, the monthly reset. */
class OrderBookTest {

    @Test
    void ordersSplitByTheDomesticShareAndAddUpPerKind() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.EQUIPMENT, 100, 0.8);   // 80 + 20
        book.place(SupplierKind.EQUIPMENT, 50, 0.4);    // 20 + 30
        book.place(SupplierKind.ENGINEERING, 10, 1.0);  // 10 + 0
        assertThat(book.domesticYen(SupplierKind.EQUIPMENT)).isCloseTo(100, within(1e-12));
        assertThat(book.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(50, within(1e-12));
        assertThat(book.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(10, within(1e-12));
        assertThat(book.importedYen(SupplierKind.ENGINEERING)).isZero();
        assertThat(book.domesticYen(SupplierKind.PROCESSING)).isZero();
    }

    @Test
    void leaksMoveOrdersAbroad() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.EQUIPMENT, 100, 0.8);
        // a supplier's overflow: imported +15, the domestic orders placed stay as they were
        book.leakYen(SupplierKind.EQUIPMENT, 15);
        assertThat(book.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(35, within(1e-12));
        assertThat(book.domesticYen(SupplierKind.EQUIPMENT)).isCloseTo(80, within(1e-12));
        // no domestic supplier: all 80 domestic go abroad
        book.leak(SupplierKind.EQUIPMENT);
        assertThat(book.domesticYen(SupplierKind.EQUIPMENT)).isZero();
        assertThat(book.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(115, within(1e-12));
        assertThat(book.cumulativeDomesticYen(SupplierKind.EQUIPMENT)).as("as placed").isCloseTo(80, within(1e-12));
    }

    @Test
    void theMonthlyResetKeepsTheCumulativeDomesticOrders() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.ENGINEERING, 100, 0.5);
        book.resetMonth();
        assertThat(book.domesticYen(SupplierKind.ENGINEERING)).isZero();
        assertThat(book.importedYen(SupplierKind.ENGINEERING)).isZero();
        book.place(SupplierKind.ENGINEERING, 40, 0.25);
        assertThat(book.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(10, within(1e-12));
        assertThat(book.cumulativeDomesticYen(SupplierKind.ENGINEERING)).isCloseTo(60, within(1e-12));
    }

    /** Domestic orders are kept by buyer region too; the national accessors are their sums. */
    @Test
    void ordersAreKeptByBuyerRegion() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.ENGINEERING, 100, 0.5, 3);  // 50 from region 3
        book.place(SupplierKind.ENGINEERING, 40, 0.25, 1);  // 10 from region 1
        book.place(SupplierKind.EQUIPMENT, 20, 1.0, 1);     // 20 from region 1
        assertThat(book.regionSlots()).isEqualTo(4);
        assertThat(book.domesticYen(SupplierKind.ENGINEERING, 3)).isCloseTo(50, within(1e-12));
        assertThat(book.domesticYen(SupplierKind.ENGINEERING, 1)).isCloseTo(10, within(1e-12));
        assertThat(book.domesticYen(SupplierKind.ENGINEERING, 0)).isZero();
        assertThat(book.domesticYen(SupplierKind.ENGINEERING, 9)).as("never placed").isZero();
        assertThat(book.domesticYen(SupplierKind.ENGINEERING)).isCloseTo(60, within(1e-12));
        assertThat(book.importedYen(SupplierKind.ENGINEERING)).isCloseTo(80, within(1e-12));
        book.leak(SupplierKind.ENGINEERING);
        assertThat(book.domesticYen(SupplierKind.ENGINEERING, 3)).isZero();
        assertThat(book.domesticYen(SupplierKind.EQUIPMENT, 1)).as("other kinds stay").isCloseTo(20, within(1e-12));
        book.resetMonth();
        assertThat(book.domesticYen(SupplierKind.EQUIPMENT, 1)).isZero();
        assertThat(book.cumulativeDomesticYen(SupplierKind.EQUIPMENT)).isCloseTo(20, within(1e-12));
    }
}
