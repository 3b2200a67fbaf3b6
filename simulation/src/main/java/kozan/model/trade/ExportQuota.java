package kozan.model.trade;

/**
 * China's export quota, separate from its production (docs/model.md 7.1.1): one constraint, two prices.
 * <pre>
 *   cap       Xq = (1 + leak) x quota / 12                       t/month (no quota in force: no cap)
 *   exports   X  = min(X*, Xq)                                    X* = desired exports, t/month
 *   binding      X* &gt; Xq
 *   not binding, no rent      one pooled market: ln Px = ln Pd + ln(1 + duty)
 *   binding, or rent left     two pools: ln Px = max(ln Px(world pool), ln Pd + ln(1 + duty))
 * </pre>
 * Pd is China's domestic price, Px the export (world) price; the duty is ad valorem. The quota rent
 * Px - Pd (1 + duty) is never negative: the export price cannot fall below parity. When the quota stops binding the
 * rent is not wiped out in one month; the export price falls through the world pool's own price rule (at most its
 * max_log_step a month) until it meets parity, and the market is pooled again. Stateless.
 */
final class ExportQuota {

    private final double leak;
    private final double logDutyFactor;

    /**
     * @param leak share of the quota exported above it (smuggling, unrecorded trade)
     * @param duty export duty, share of the domestic price
     */
    ExportQuota(double leak, double duty) {
        this.leak = leak;
        this.logDutyFactor = Math.log1p(duty);
    }

    /** Export cap in t/month for a quota in t/yr; {@link Double#POSITIVE_INFINITY} when no quota is in force (NaN). */
    double capTPerMonth(double quotaTPerYear) {
        return Double.isNaN(quotaTPerYear) ? Double.POSITIVE_INFINITY : withLeak(quotaTPerYear) / 12.0;
    }

    /** Exports, t, that ride on {@code documentedT} of documented (licensed) exports: (1 + leak) x documented. */
    double withLeak(double documentedT) {
        return (1.0 + leak) * documentedT;
    }

    /** The documented part of {@code exportsT} of exports, t: what they draw from licences. */
    double documented(double exportsT) {
        return exportsT / (1.0 + leak);
    }

    /** Exports this month, t: the desired exports within the cap. */
    static double exports(double desiredT, double capT) {
        return Math.min(Math.max(0.0, desiredT), capT);
    }

    /** Whether the quota binds: desired exports exceed the cap. */
    static boolean binding(double desiredT, double capT) {
        return desiredT > capT;
    }

    /** ln Px: the pooled price plus the duty when not binding; the world pool's price, floored there, when binding. */
    double exportLogPrice(double logDomestic, double logWorldPool, boolean binding) {
        double parity = logDomestic + logDutyFactor;
        return binding ? Math.max(logWorldPool, parity) : parity;
    }

    /** Whether the export price is above parity, ln Px &gt; ln Pd + ln(1 + duty): a quota rent is left. */
    boolean rentPositive(double logDomestic, double logExport) {
        return logExport > logDomestic + logDutyFactor;
    }

    /** ln(1 + duty). */
    double logDutyFactor() {
        return logDutyFactor;
    }
}
