package kozan.model.demand;

/**
 * The order in which one buyer's material use for a month is covered (design docs/design/markets-issue-14.md 1.7,
 * docs/model.md 7.4): recycled material, then purchases (domestic and imports), then the buyer's own stock, then
 * the state stockpile's release, then emergency substitution (at most a share of use), then emergency thrift (at
 * most a share of use); only the residual costs output. One instance per buyer is reused every month (no
 * allocation); the fields hold the last {@link #cover} call's answer, in tonnes.
 */
public final class ShortfallCascade {

    private double fromRecycled;
    private double fromPurchases;
    private double fromOwnStock;
    private double fromStockpile;
    private double bySubstitution;
    private double byThrift;
    private double residual;

    /**
     * Covers {@code useT} in order.
     *
     * @param useT              material the month's full output needs, t
     * @param recycledT         recycled material received, t
     * @param purchasedT        bought this month (domestic and imported), t
     * @param ownStockT         the buyer's inventory at the start of settlement, t
     * @param stockpileT        released to the buyer from the state stockpile, t
     * @param substitutionShare most of use met by substitutes in a month with a gap
     * @param thriftShare       most of use saved by emergency thrift after substitution
     */
    public void cover(double useT, double recycledT, double purchasedT, double ownStockT, double stockpileT,
                      double substitutionShare, double thriftShare) {
        double left = Math.max(0.0, useT);
        fromRecycled = Math.min(left, recycledT);
        left -= fromRecycled;
        fromPurchases = Math.min(left, purchasedT);
        left -= fromPurchases;
        fromOwnStock = Math.min(left, ownStockT);
        left -= fromOwnStock;
        fromStockpile = Math.min(left, stockpileT);
        left -= fromStockpile;
        bySubstitution = Math.min(left, substitutionShare * useT);
        left -= bySubstitution;
        byThrift = Math.min(left, thriftShare * useT);
        left -= byThrift;
        residual = left;
    }

    public double fromRecycled() {
        return fromRecycled;
    }

    public double fromPurchases() {
        return fromPurchases;
    }

    public double fromOwnStock() {
        return fromOwnStock;
    }

    public double fromStockpile() {
        return fromStockpile;
    }

    public double bySubstitution() {
        return bySubstitution;
    }

    public double byThrift() {
        return byThrift;
    }

    /** Use no material, substitute or thrift could cover: the part that costs output, t. */
    public double residual() {
        return residual;
    }

    /** The gap left after every physical supply (recycled, purchases, own stock, stockpile), t. */
    public double materialGap() {
        return bySubstitution + byThrift + residual;
    }
}
