package kozan.model.mining;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Stage;

/**
 * The direct-use call: direct-use products (limestone, coal) are dug to order. Each month, before mines step,
 * the producing mines of a direct-use commodity are called to work at the share
 * {@code min(1, domestic call x (1 + headroom) / product capacity)} of their capacity, where the domestic call is
 * what buyers addressed to domestic supply in last month's clearing (t/month) and the product capacity is the
 * producing mines' capacity net of disasters (t product/month). Output so follows demand instead of piling up as
 * exports. Processed commodities, months without producing capacity, and IO_PARITY runs work at full capacity (1).
 */
public final class DirectUseCall {

    /** Direct-use mines produce this much above last month's call, so month-to-month demand noise is not imported. */
    public static final double HEADROOM = 0.03;

    private final boolean[] directUse;
    private final double[] capacity;
    private double[] call;

    public DirectUseCall(List<CommoditySpec> commodities) {
        this.directUse = new boolean[commodities.size()];
        for (int c = 0; c < directUse.length; c++) {
            directUse[c] = commodities.get(c).directUse();
        }
        this.capacity = new double[directUse.length];
    }

    /**
     * Sets this month's call of every commodity from the producing mines' capacity.
     *
     * @param disasterCut   share of output lost to disasters by region this month
     * @param domesticCallT last clearing's call on domestic supply by commodity, t/month
     */
    public void update(List<Mine> mines, IntToDoubleFunction disasterCut, IntToDoubleFunction domesticCallT, boolean ioParity) {
        if (call == null) {
            call = new double[directUse.length];
        }
        java.util.Arrays.fill(capacity, 0.0);
        for (Mine m : mines) {
            if (m.stage() == Stage.PRODUCTION) {
                capacity[m.commodityIndex()] += m.spec().capacityTOrePerYear() / 12.0 * m.productYield(0)
                        * (1.0 - disasterCut.applyAsDouble(m.regionIndex()));
            }
        }
        for (int c = 0; c < call.length; c++) {
            call[c] = share(domesticCallT.applyAsDouble(c), capacity[c], ioParity);
        }
    }

    /**
     * Share of capacity called (0-1).
     *
     * @param callT     domestic call, t/month
     * @param capacityT producing capacity, t product/month
     */
    public static double share(double callT, double capacityT, boolean ioParity) {
        return capacityT > 0 && !ioParity ? Math.min(1.0, callT * (1 + HEADROOM) / capacityT) : 1.0;
    }

    /** Share of capacity direct-use mines of a commodity work at this month (1 for processed commodities). */
    public double share(int commodity) {
        return call == null || !directUse[commodity] ? 1.0 : call[commodity];
    }
}
