package kozan.model.supply;

import kozan.model.labour.DomesticOrders;
import kozan.scenario.SupplierKind;

/**
 * Yen orders placed by mines in the current month, by supplier kind: the domestic part goes to domestic
 * EQUIPMENT/ENGINEERING suppliers (split pro rata to capacity), the imported part leaks abroad. Orders of a
 * kind for which no domestic supplier exists are imported too (counted when they are distributed).
 */
public final class OrderBook implements DomesticOrders {

    private final double[] domesticYen = new double[SupplierKind.values().length];
    private final double[] importedYen = new double[SupplierKind.values().length];
    private final double[] cumulativeDomesticYen = new double[SupplierKind.values().length];

    public void resetMonth() {
        java.util.Arrays.fill(domesticYen, 0);
        java.util.Arrays.fill(importedYen, 0);
    }

    /** A purchase of {@code yen} from suppliers of a kind, of which {@code domesticShare} is ordered at home. */
    public void place(SupplierKind kind, double yen, double domesticShare) {
        domesticYen[kind.ordinal()] += yen * domesticShare;
        importedYen[kind.ordinal()] += yen * (1.0 - domesticShare);
        cumulativeDomesticYen[kind.ordinal()] += yen * domesticShare;
    }

    /** Moves domestic orders of a kind to imports (no domestic supplier of that kind exists). */
    public void leak(SupplierKind kind) {
        importedYen[kind.ordinal()] += domesticYen[kind.ordinal()];
        domesticYen[kind.ordinal()] = 0;
    }

    /** Domestic orders a supplier could not take within its backlog limit are bought abroad instead. */
    public void leakYen(SupplierKind kind, double yen) {
        importedYen[kind.ordinal()] += yen;
    }

    @Override
    public double domesticYen(SupplierKind kind) {
        return domesticYen[kind.ordinal()];
    }

    public double importedYen(SupplierKind kind) {
        return importedYen[kind.ordinal()];
    }

    public double cumulativeDomesticYen(SupplierKind kind) {
        return cumulativeDomesticYen[kind.ordinal()];
    }
}
