package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.scenario.SupplierKind;
import org.junit.jupiter.api.Test;

/** Domestic orders go to open suppliers of the kind pro rata to capacity; without one they are imported. */
class OrderDistributionTest {

    private static final class Taker implements OrderDistribution.OrderTaker {
        final SupplierKind kind;
        final double capacity;
        final int opens;
        double received = -1;

        Taker(SupplierKind kind, double capacity, int opens) {
            this.kind = kind;
            this.capacity = capacity;
            this.opens = opens;
        }

        @Override
        public SupplierKind kind() {
            return kind;
        }

        @Override
        public boolean isOpen(int step) {
            return step >= opens;
        }

        @Override
        public double capacityPerYear() {
            return capacity;
        }

        @Override
        public void receiveOrders(double yen) {
            received = yen;
        }
    }

    @Test
    void openSuppliersShareTheirKindsDomesticOrdersByCapacity() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.EQUIPMENT, 100, 0.8);   // 80 at home, 20 abroad
        book.place(SupplierKind.ENGINEERING, 50, 0.6);  // 30 at home, 20 abroad
        Taker eqA = new Taker(SupplierKind.EQUIPMENT, 300, 0);
        Taker eqB = new Taker(SupplierKind.EQUIPMENT, 100, 0);
        Taker eqLater = new Taker(SupplierKind.EQUIPMENT, 600, 12);
        Taker engineering = new Taker(SupplierKind.ENGINEERING, 50, 0);
        OrderDistribution.distribute(book, List.of(eqA, eqB, eqLater, engineering), 5);
        assertThat(eqA.received).isCloseTo(60, within(1e-12));
        assertThat(eqB.received).isCloseTo(20, within(1e-12));
        assertThat(eqLater.received).as("not open yet").isEqualTo(-1);
        assertThat(engineering.received).isCloseTo(30, within(1e-12));
        assertThat(book.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(20, within(1e-12));
    }

    @Test
    void ordersOfAKindWithoutAnOpenSupplierAreImported() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.ENGINEERING, 50, 0.6);
        Taker later = new Taker(SupplierKind.ENGINEERING, 50, 12);
        OrderDistribution.distribute(book, List.of(later), 5);
        assertThat(later.received).isEqualTo(-1);
        assertThat(book.domesticYen(SupplierKind.ENGINEERING)).isZero();
        assertThat(book.importedYen(SupplierKind.ENGINEERING)).isCloseTo(50, within(1e-12));
        assertThat(book.cumulativeDomesticYen(SupplierKind.ENGINEERING)).as("placed at home, then leaked").isCloseTo(30, within(1e-12));
    }

    @Test
    void processingPlantsGetNoOrders() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.EQUIPMENT, 100, 1.0);
        Taker plant = new Taker(SupplierKind.PROCESSING, 1000, 0);
        OrderDistribution.distribute(book, List.of(plant), 0);
        assertThat(plant.received).isEqualTo(-1);
        assertThat(book.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(100, within(1e-12));
    }
}
