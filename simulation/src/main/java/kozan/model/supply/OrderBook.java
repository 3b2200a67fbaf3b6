package kozan.model.supply;

import java.util.Arrays;

import kozan.model.labour.DomesticOrders;
import kozan.scenario.SupplierKind;

/**
 * Yen orders placed by mines in the current month, by supplier kind and buyer region (scenario region index): the
 * domestic part goes to domestic EQUIPMENT/ENGINEERING suppliers ({@link OrderDistribution}: the gravity rule), the
 * imported part leaks abroad. Orders of a kind for which no domestic supplier exists are imported too (counted when
 * they are distributed). The national accessors sum over buyer regions.
 */
public final class OrderBook implements DomesticOrders {

    private static final int KINDS = SupplierKind.values().length;

    /** [kind][buyer region], JPY this month; grows with the highest region index placed. */
    private double[][] domesticByRegion = new double[KINDS][1];
    private final double[] domesticYen = new double[KINDS];
    private final double[] importedYen = new double[KINDS];
    private final double[] cumulativeDomesticYen = new double[KINDS];

    public void resetMonth() {
        Arrays.fill(domesticYen, 0);
        Arrays.fill(importedYen, 0);
        for (double[] byRegion : domesticByRegion) {
            Arrays.fill(byRegion, 0);
        }
    }

    /**
     * A purchase of {@code yen} from suppliers of a kind by a buyer in region {@code region}, of which
     * {@code domesticShare} is ordered at home.
     */
    public void place(SupplierKind kind, double yen, double domesticShare, int region) {
        if (region < 0) {
            throw new IllegalArgumentException("order from region " + region);
        }
        if (region >= domesticByRegion[0].length) {
            for (int k = 0; k < KINDS; k++) {
                domesticByRegion[k] = Arrays.copyOf(domesticByRegion[k], region + 1);
            }
        }
        double domestic = yen * domesticShare;
        domesticByRegion[kind.ordinal()][region] += domestic;
        domesticYen[kind.ordinal()] += domestic;
        importedYen[kind.ordinal()] += yen * (1.0 - domesticShare);
        cumulativeDomesticYen[kind.ordinal()] += domestic;
    }

    /** As {@link #place(SupplierKind, double, double, int)} by a buyer in region 0 (fixtures without regions). */
    public void place(SupplierKind kind, double yen, double domesticShare) {
        place(kind, yen, domesticShare, 0);
    }

    /** Moves domestic orders of a kind, from every region, to imports (no domestic supplier of that kind exists). */
    public void leak(SupplierKind kind) {
        importedYen[kind.ordinal()] += domesticYen[kind.ordinal()];
        domesticYen[kind.ordinal()] = 0;
        Arrays.fill(domesticByRegion[kind.ordinal()], 0);
    }

    /** Domestic orders a supplier could not take within its backlog limit are bought abroad instead. */
    public void leakYen(SupplierKind kind, double yen) {
        importedYen[kind.ordinal()] += yen;
    }

    /** Domestic orders of a kind this month, all buyer regions, JPY. */
    @Override
    public double domesticYen(SupplierKind kind) {
        return domesticYen[kind.ordinal()];
    }

    /** Domestic orders of a kind placed this month by buyers in a region, JPY (0 for a region that placed none). */
    public double domesticYen(SupplierKind kind, int region) {
        double[] byRegion = domesticByRegion[kind.ordinal()];
        return region < byRegion.length ? byRegion[region] : 0.0;
    }

    /** One more than the highest buyer-region index that has placed an order so far (at least 1). */
    public int regionSlots() {
        return domesticByRegion[0].length;
    }

    public double importedYen(SupplierKind kind) {
        return importedYen[kind.ordinal()];
    }

    public double cumulativeDomesticYen(SupplierKind kind) {
        return cumulativeDomesticYen[kind.ordinal()];
    }
}
