package kozan.model.supply;

import java.util.List;

import kozan.scenario.IoTableSpec;
import kozan.scenario.ResolvedInputs;
import kozan.scenario.Scenario;
import kozan.scenario.SupplierKind;
import kozan.scenario.io.RegionalIo;

/**
 * The order-distribution rule, the gravity rule of docs/io-and-labour.md "Where the jobs are" (design:
 * docs/design/jobs-issue-13.md 2.2). Each month, before suppliers step, the domestic EQUIPMENT and ENGINEERING orders
 * that buyers in region r placed go:
 * <pre>
 * local share  = min(RPC_r(kind's IO sector, mining), capacity_r / 12 / orders_r)   if r has an open agent of the kind, else 0
 *                (1 when no agent of the kind is open outside r)
 * agent k in r : local share x orders_r x cap_k / capacity_r                          (pro rata to capacity)
 * agent k not in r: (1 - local share) x orders_r x cap_k d(r, r_k)^-beta / sum_{k' not in r} cap_k' d(r, r_k')^-beta
 * </pre>
 * The RPC and d^-beta are {@link RegionalIo}'s, so the agents and the IO-propagated chain follow one documented
 * rule. Capacity is JPY/yr (divided by 12 against a month's orders). When no supplier of a kind is open anywhere, that
 * kind's domestic orders are bought abroad instead ({@link OrderBook#leak}).
 */
public final class OrderDistribution {

    private static final SupplierKind[] DISTRIBUTED = {SupplierKind.EQUIPMENT, SupplierKind.ENGINEERING};

    private OrderDistribution() {
    }

    /** A supplier as the order distribution sees it. */
    public interface OrderTaker {

        SupplierKind kind();

        /** Scenario region index of the supplier. */
        int regionIndex();

        boolean isOpen(int step);

        /** Capacity in force, JPY/yr. */
        double capacityPerYear();

        /** This month's new domestic orders, JPY (called once a month for every open supplier of the kind). */
        void receiveOrders(double yen);
    }

    /** What the gravity rule needs to know about the regions. */
    public interface Locality {

        /** RPC: the share of a kind's orders from buyers in region r that suppliers in r take (if any is open there). */
        double localShare(SupplierKind kind, int buyerRegion);

        /** Gravity weight of a supplier region seen from a buyer region, per JPY/yr of capacity: d^-beta, km^-beta. */
        double distanceWeight(int buyerRegion, int supplierRegion);
    }

    /**
     * The scenario's locality: the regional IO model's RPC of the kind's IO sector ({@code io_table.equipment_sector},
     * {@code engineering_sector}) for mining buyers ({@code mining_sector}), or the scenario's override
     * ({@code io_table.equipment_local_share}, {@code engineering_local_share}; labelled), and its distance weights.
     */
    public static Locality locality(Scenario scenario) {
        RegionalIo io = ResolvedInputs.regionalIo(scenario);
        IoTableSpec spec = scenario.ioTable();
        int mining = io.table().index(spec.miningSector());
        int equipment = io.table().index(spec.equipmentSector());
        int engineering = io.table().index(spec.engineeringSector());
        Double equipmentOverride = spec.equipmentLocalShare();
        Double engineeringOverride = spec.engineeringLocalShare();
        return new Locality() {
            @Override
            public double localShare(SupplierKind kind, int buyerRegion) {
                Double override = kind == SupplierKind.EQUIPMENT ? equipmentOverride : engineeringOverride;
                return override != null ? override
                        : io.rpc(buyerRegion, kind == SupplierKind.EQUIPMENT ? equipment : engineering, mining);
            }

            @Override
            public double distanceWeight(int buyerRegion, int supplierRegion) {
                return io.distanceWeight(buyerRegion, supplierRegion);
            }
        };
    }

    /** Distributes this month's domestic orders of the book among the suppliers (in list order). */
    public static void distribute(OrderBook orders, List<? extends OrderTaker> suppliers, int step, Locality locality) {
        int n = suppliers.size();
        double[] received = new double[n];
        // the open suppliers of a kind, read once per kind and month (the split asks for them once per buyer region)
        int[] open = new int[n];
        int[] openRegion = new int[n];
        double[] openCapacity = new double[n];
        for (SupplierKind kind : DISTRIBUTED) {
            int m = 0;
            double capacity = 0;
            for (int k = 0; k < n; k++) {
                OrderTaker s = suppliers.get(k);
                if (s.kind() == kind && s.isOpen(step)) {
                    open[m] = k;
                    openRegion[m] = s.regionIndex();
                    openCapacity[m] = s.capacityPerYear();
                    capacity += openCapacity[m];
                    m++;
                }
            }
            if (capacity <= 0) {
                orders.leak(kind);
                continue;
            }
            java.util.Arrays.fill(received, 0.0);
            for (int r = 0; r < orders.regionSlots(); r++) {
                double yen = orders.domesticYen(kind, r);
                if (yen > 0) {
                    split(kind, r, yen, m, open, openRegion, openCapacity, locality, received);
                }
            }
            for (int j = 0; j < m; j++) {
                suppliers.get(open[j]).receiveOrders(received[open[j]]);
            }
        }
    }

    /**
     * Adds to {@code received} (by supplier list index) the orders of one buyer region, among the {@code m} open
     * suppliers of the kind (list index, region and capacity in JPY/yr of each).
     */
    static void split(SupplierKind kind, int region, double yen, int m, int[] open, int[] openRegion,
            double[] openCapacity, Locality locality, double[] received) {
        double localCapacity = 0;
        double distantWeight = 0;
        for (int j = 0; j < m; j++) {
            if (openRegion[j] == region) {
                localCapacity += openCapacity[j];
            } else {
                distantWeight += openCapacity[j] * locality.distanceWeight(region, openRegion[j]);
            }
        }
        double local = localShare(locality.localShare(kind, region), localCapacity, distantWeight, yen);
        for (int j = 0; j < m; j++) {
            if (openRegion[j] == region) {
                received[open[j]] += yen * local * openCapacity[j] / localCapacity;
            } else {
                received[open[j]] += yen * (1.0 - local) * openCapacity[j] * locality.distanceWeight(region, openRegion[j])
                        / distantWeight;
            }
        }
    }

    /**
     * The share of a buyer region's orders its own suppliers take: the RPC, capped by their monthly capacity
     * (capacity / 12 / orders), so 0 without local capacity; 1 when nothing outside the region can take the rest
     * (the distribution imports a kind with no open capacity anywhere before it asks).
     *
     * @param rpc            regional purchase coefficient, share
     * @param localCapacity  open capacity of the kind in the buyer's region, JPY/yr
     * @param distantWeight  sum of capacity x distance weight outside the region (0: no supplier outside)
     * @param ordersYen      the region's domestic orders of the kind this month, JPY
     */
    static double localShare(double rpc, double localCapacity, double distantWeight, double ordersYen) {
        if (distantWeight <= 0) {
            return 1.0;
        }
        return Math.min(rpc, localCapacity / 12.0 / ordersYen);
    }
}
