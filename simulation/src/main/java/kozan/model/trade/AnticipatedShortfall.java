package kozan.model.trade;

/**
 * The shortfall buyers expect from announced cuts (docs/model.md 7.4, "anticipated shortfall"): the precautionary
 * stock demand of the theory of storage for a supply cut known in advance. In month s, over the next H months
 * (the anticipation horizon), in months of need:
 * <pre>
 *   A_s       = sum over t = s+1 .. s+H of  sum over sources k of  share_k x cut_k,t
 *   cut_k,t   = max( d_k,t , q_t if k ships from China's producer, else 0 )
 *   q_t       = max(0, 1 - cap_t / X̄)        cap_t = (1 + export_leak_share) x quota_t / 12     (world market only)
 * </pre>
 * share_k = the source's base share of the buyers' imports; d_k,t = the depth of the export restrictions on k
 * announced by month s and in force in t; quota_t = China's export quota announced by month s and in force in t
 * (t/yr), X̄ = China's usual exports (their 12-month exponential mean, t/month). An origin short of supply sells
 * Japan its usual share of what it ships ({@link OriginAccess}), so a quota cap below the usual exports cuts Japan's
 * supply from China by the same share: the expectation is the model's own allocation rule, applied to the
 * announced path. Only announced events count: a cut without an announcement is seen only through its effects.
 * Stateless.
 */
final class AnticipatedShortfall {

    private AnticipatedShortfall() {
    }

    /**
     * The share of China's usual exports an export cap leaves unshipped: max(0, 1 - cap / usual); 0 without usual
     * exports.
     *
     * @param capTPerMonth          the quota's export cap, t/month
     * @param usualExportsTPerMonth X̄, t/month
     */
    static double quotaCut(double capTPerMonth, double usualExportsTPerMonth) {
        return usualExportsTPerMonth > 0 ? Math.max(0.0, 1.0 - capTPerMonth / usualExportsTPerMonth) : 0.0;
    }

    /**
     * A_s, months of need.
     *
     * @param events    the scenario's events (the announced cuts)
     * @param commodity commodity index
     * @param step      s, this month
     * @param horizon   H, months
     * @param shares    share_k, the sources' base shares
     * @param market    the world market (quota cuts for sources shipping from China's producer), or null
     */
    static double months(ScheduledEvents events, int commodity, int step, int horizon, double[] shares,
            MarketPrice market) {
        if (horizon <= 0 || !events.announces(commodity)) {
            return 0;
        }
        double sum = 0;
        for (int t = step + 1; t <= step + horizon; t++) {
            double quota = events.announcedExportQuota(commodity, t, step);
            double q = market == null || Double.isNaN(quota) ? 0 : market.quotaCut(quota);
            for (int k = 0; k < shares.length; k++) {
                double cut = events.announcedRestrictionDepth(commodity, k, t, step);
                if (q > 0 && market.shipsFromChina(k)) {
                    cut = Math.max(cut, q);
                }
                sum += shares[k] * cut;
            }
        }
        return sum;
    }
}
