package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.scenario.SupplierKind;
import org.junit.jupiter.api.Test;

/**
 * The gravity rule: a buyer region's domestic orders go to its own open suppliers by the RPC (capped by their
 * monthly capacity), the rest to suppliers elsewhere by capacity x distance weight; within a region pro rata to
 * capacity; without an open supplier of the kind anywhere they are imported.
 */
class OrderDistributionTest {

    static final class Taker implements OrderDistribution.OrderTaker {
        final SupplierKind kind;
        final int region;
        final double capacity;
        final int opens;
        double received = -1;
        int calls;

        Taker(SupplierKind kind, double capacity, int opens) {
            this(kind, 0, capacity, opens);
        }

        Taker(SupplierKind kind, int region, double capacity, int opens) {
            this.kind = kind;
            this.region = region;
            this.capacity = capacity;
            this.opens = opens;
        }

        @Override
        public SupplierKind kind() {
            return kind;
        }

        @Override
        public int regionIndex() {
            return region;
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
            calls++;
        }
    }

    /**
     * A hand-made locality: local share 0.4 for ENGINEERING and 0.25 for EQUIPMENT in every region; distance weight
     * 1 / d with d(0,1) = 100 km, d(0,2) = 300 km, d(1,2) = 200 km.
     */
    static final OrderDistribution.Locality LOCALITY = new OrderDistribution.Locality() {
        private final double[][] km = {{10, 100, 300}, {100, 10, 200}, {300, 200, 10}};

        @Override
        public double localShare(SupplierKind kind, int buyerRegion) {
            return kind == SupplierKind.ENGINEERING ? 0.4 : 0.25;
        }

        @Override
        public double distanceWeight(int buyerRegion, int supplierRegion) {
            return 1.0 / km[buyerRegion][supplierRegion];
        }
    };

    @Test
    void withinOneRegionSuppliersShareByCapacity() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.EQUIPMENT, 100, 0.8);   // 80 at home, 20 abroad
        book.place(SupplierKind.ENGINEERING, 50, 0.6);  // 30 at home, 20 abroad
        Taker eqA = new Taker(SupplierKind.EQUIPMENT, 300, 0);
        Taker eqB = new Taker(SupplierKind.EQUIPMENT, 100, 0);
        Taker eqLater = new Taker(SupplierKind.EQUIPMENT, 600, 12);
        Taker engineering = new Taker(SupplierKind.ENGINEERING, 50, 0);
        OrderDistribution.distribute(book, List.of(eqA, eqB, eqLater, engineering), 5, LOCALITY);
        // nothing outside region 0: the whole 80 stays, 300 : 100
        assertThat(eqA.received).isCloseTo(60, within(1e-12));
        assertThat(eqB.received).isCloseTo(20, within(1e-12));
        assertThat(eqLater.received).as("not open yet").isEqualTo(-1);
        assertThat(engineering.received).isCloseTo(30, within(1e-12));
        assertThat(book.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(20, within(1e-12));
    }

    /**
     * Buyer in region 0 orders 1,000 of ENGINEERING. Local supplier (cap 120,000/yr = 10,000/month, no cap binding)
     * takes 0.4 = 400. The 600 left: region 1 (cap 100, weight 100/100 = 1), region 2 (cap 600, weight 600/300 = 2):
     * 600 x 1/3 = 200 and 600 x 2/3 = 400.
     */
    @Test
    void theLocalShareIsTheRpcAndTheRestGoesByCapacityOverDistance() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.ENGINEERING, 1000, 1.0, 0);
        Taker local = new Taker(SupplierKind.ENGINEERING, 0, 120_000, 0);
        Taker near = new Taker(SupplierKind.ENGINEERING, 1, 100, 0);
        Taker far = new Taker(SupplierKind.ENGINEERING, 2, 600, 0);
        OrderDistribution.distribute(book, List.of(local, near, far), 0, LOCALITY);
        assertThat(local.received).isCloseTo(400, within(1e-9));
        assertThat(near.received).isCloseTo(200, within(1e-9));
        assertThat(far.received).isCloseTo(400, within(1e-9));
    }

    /**
     * Orders from two regions add up per supplier, and each supplier is told once. Suppliers: region 0 cap 120,000,
     * region 1 cap 60,000, region 2 cap 600 (JPY/yr; no local cap binds). Region 0 orders 1,000: local 0.4 = 400; the
     * 600 left by weight, region 1 60,000/100 = 600, region 2 600/300 = 2: 600 x 600/602 = 598.0066 and 600 x 2/602
     * = 1.9934. Region 1 orders 500: local 200; the 300 left, region 0 120,000/100 = 1,200, region 2 600/200 = 3:
     * 300 x 1,200/1,203 = 299.2519 and 300 x 3/1,203 = 0.7481.
     */
    @Test
    void ordersFromSeveralRegionsAddUp() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.ENGINEERING, 1000, 1.0, 0);
        book.place(SupplierKind.ENGINEERING, 500, 1.0, 1);
        Taker r0 = new Taker(SupplierKind.ENGINEERING, 0, 120_000, 0);
        Taker r1 = new Taker(SupplierKind.ENGINEERING, 1, 60_000, 0);
        Taker r2 = new Taker(SupplierKind.ENGINEERING, 2, 600, 0);
        OrderDistribution.distribute(book, List.of(r0, r1, r2), 0, LOCALITY);
        assertThat(r0.received).isCloseTo(400 + 300 * 1200.0 / 1203, within(1e-9));
        assertThat(r1.received).isCloseTo(600 * 600.0 / 602 + 200, within(1e-9));
        assertThat(r2.received).isCloseTo(600 * 2.0 / 602 + 300 * 3.0 / 1203, within(1e-9));
        assertThat(r0.calls + r1.calls + r2.calls).isEqualTo(3);
        assertThat(r0.received + r1.received + r2.received).isCloseTo(1500, within(1e-9));
    }

    /**
     * Local capacity binds: the region-0 supplier has 1,200/yr = 100/month against 1,000 of orders, so the local
     * share is min(0.4, 100/1,000) = 0.1; the other 900 go to region 1 (the only other supplier).
     */
    @Test
    void localCapacityCapsTheLocalShare() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.ENGINEERING, 1000, 1.0, 0);
        Taker local = new Taker(SupplierKind.ENGINEERING, 0, 1_200, 0);
        Taker other = new Taker(SupplierKind.ENGINEERING, 1, 100, 0);
        OrderDistribution.distribute(book, List.of(local, other), 0, LOCALITY);
        assertThat(local.received).isCloseTo(100, within(1e-9));
        assertThat(other.received).isCloseTo(900, within(1e-9));
        assertThat(OrderDistribution.localShare(0.4, 1_200, 1.0, 1000)).isCloseTo(0.1, within(1e-15));
        assertThat(OrderDistribution.localShare(0.4, 1_200, 1.0, 10)).isCloseTo(0.4, within(1e-15));
    }

    /**
     * No supplier of the kind in the buyer's region: local share 0, all by gravity. EQUIPMENT from region 0 (800):
     * region 1 cap 100 x 1/100 = 1, region 2 cap 300 x 1/300 = 1: 400 each. A supplier open but without orders
     * from anywhere is told 0 (its orders of last month do not linger).
     */
    @Test
    void withoutALocalSupplierEverythingGoesByGravity() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.EQUIPMENT, 1000, 0.8, 0);
        Taker r1 = new Taker(SupplierKind.EQUIPMENT, 1, 100, 0);
        Taker r2 = new Taker(SupplierKind.EQUIPMENT, 2, 300, 0);
        Taker engineering = new Taker(SupplierKind.ENGINEERING, 1, 300, 0);
        OrderDistribution.distribute(book, List.of(r1, r2, engineering), 0, LOCALITY);
        assertThat(r1.received).isCloseTo(400, within(1e-9));
        assertThat(r2.received).isCloseTo(400, within(1e-9));
        assertThat(engineering.received).isZero();
        assertThat(OrderDistribution.localShare(0.4, 0, 1.0, 10)).isZero();
        assertThat(OrderDistribution.localShare(0.4, 100, 0, 10)).as("nothing elsewhere").isEqualTo(1.0);
    }

    @Test
    void ordersOfAKindWithoutAnOpenSupplierAreImported() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.ENGINEERING, 50, 0.6, 2);
        Taker later = new Taker(SupplierKind.ENGINEERING, 50, 12);
        OrderDistribution.distribute(book, List.of(later), 5, LOCALITY);
        assertThat(later.received).isEqualTo(-1);
        assertThat(book.domesticYen(SupplierKind.ENGINEERING)).isZero();
        assertThat(book.domesticYen(SupplierKind.ENGINEERING, 2)).isZero();
        assertThat(book.importedYen(SupplierKind.ENGINEERING)).isCloseTo(50, within(1e-12));
        assertThat(book.cumulativeDomesticYen(SupplierKind.ENGINEERING)).as("placed at home, then leaked").isCloseTo(30, within(1e-12));
    }

    @Test
    void processingPlantsGetNoOrders() {
        OrderBook book = new OrderBook();
        book.place(SupplierKind.EQUIPMENT, 100, 1.0);
        Taker plant = new Taker(SupplierKind.PROCESSING, 1000, 0);
        OrderDistribution.distribute(book, List.of(plant), 0, LOCALITY);
        assertThat(plant.received).isEqualTo(-1);
        assertThat(book.importedYen(SupplierKind.EQUIPMENT)).isCloseTo(100, within(1e-12));
    }
}
