package kozan.model.supply;

import java.util.List;
import kozan.scenario.SupplierKind;

/**
 * The order-distribution rule: each month, before suppliers step, the domestic EQUIPMENT and ENGINEERING orders
 * mines placed go to the open suppliers of the kind pro rata to their capacity (JPY/yr); when no supplier of a kind
 * is open, that kind's domestic orders are bought abroad instead ({@link OrderBook#leak}).
 */
public final class OrderDistribution {

    private static final SupplierKind[] DISTRIBUTED = {SupplierKind.EQUIPMENT, SupplierKind.ENGINEERING};

    private OrderDistribution() {
    }

    /** A supplier as the order distribution sees it. */
    public interface OrderTaker {

        SupplierKind kind();

        boolean isOpen(int step);

        /** Capacity in force, JPY/yr. */
        double capacityPerYear();

        /** This month's new domestic orders, JPY. */
        void receiveOrders(double yen);
    }

    /** Distributes this month's domestic orders of the book among the suppliers (in list order). */
    public static void distribute(OrderBook orders, List<? extends OrderTaker> suppliers, int step) {
        for (SupplierKind kind : DISTRIBUTED) {
            double capacity = 0;
            for (OrderTaker s : suppliers) {
                if (s.kind() == kind && s.isOpen(step)) {
                    capacity += s.capacityPerYear();
                }
            }
            double yen = orders.domesticYen(kind);
            if (capacity <= 0) {
                orders.leak(kind);
                continue;
            }
            for (OrderTaker s : suppliers) {
                if (s.kind() == kind && s.isOpen(step)) {
                    s.receiveOrders(yen * s.capacityPerYear() / capacity);
                }
            }
        }
    }
}
