package kozan.model.labour;

import kozan.scenario.SupplierKind;

/** Domestic orders placed with suppliers this month, as the IO-parity ripple reads them. */
public interface DomesticOrders {

    /** Domestic orders of a supplier kind this month, JPY. */
    double domesticYen(SupplierKind kind);
}
