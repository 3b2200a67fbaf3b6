package kozan.model.trade;

import java.util.List;

/**
 * China's export quota issued in batches (docs/model.md 7.1.1, quota batches): each batch is a stock of licences for
 * documented exports, usable at any time while it is in force, so a licence left unused in one half of the quota year
 * can be used in the other (the record states utilisation against the year's total). The holders spread what is left
 * of each batch evenly over its months left: with B_i the tonnes of batch i not yet used and m_i its months left
 * (this one included),
 * <pre>
 *   cap   = sum over batches in force of B_i / m_i     documented t this month; no batch in force: no cap
 *   B_i'  = B_i - the documented exports, drawn from the batch that expires first
 * </pre>
 * Even use is the intertemporal arbitrage of the quota rent: with no discounting and steady demand a licence is worth
 * as much next month as this, so no month's shipments exhaust the batch (assumption in this exact form; the
 * buyers' expectation of an announced batch is the same even use, {@link AnticipatedShortfall}). Licences a month
 * leaves unused raise the later months' caps; what is left of a batch when it expires lapses. Licences count
 * documented exports only; the undocumented ones (the leak) ride on them as under an EXPORT_QUOTA rate, and
 * {@link ExportQuota} converts between the two. Mutable: one per world market.
 */
final class ExportLicences {

    private final List<ScheduledEvents.QuotaBatch> batches;
    /** Tonnes of each batch not yet used, in the order of {@link #batches}. */
    private final double[] left;

    /** @param batches the commodity's batches (any order) */
    ExportLicences(List<ScheduledEvents.QuotaBatch> batches) {
        this.batches = batches;
        this.left = new double[batches.size()];
        for (int i = 0; i < left.length; i++) {
            left[i] = batches.get(i).tonnes();
        }
    }

    /**
     * The cap on this month's documented exports, t: each batch in force's licences left over its months left;
     * infinite when no batch is in force.
     */
    double documentedCapT(int step) {
        boolean inForce = false;
        double b = 0;
        for (int i = 0; i < left.length; i++) {
            if (inForce(i, step)) {
                inForce = true;
                b += left[i] / (batches.get(i).until() - step);
            }
        }
        return inForce ? b : Double.POSITIVE_INFINITY;
    }

    /**
     * Draws this month's documented exports from the batches in force, the one that expires first first. Exports
     * above the cap cannot happen ({@link #documentedCapT} bounds them); rounding beyond the licences is dropped.
     *
     * @param step        this month
     * @param documentedT this month's documented exports, t
     */
    void draw(int step, double documentedT) {
        double documented = documentedT;
        while (documented > 0) {
            int first = -1;
            for (int i = 0; i < left.length; i++) {
                if (inForce(i, step) && left[i] > 0
                        && (first < 0 || batches.get(i).until() < batches.get(first).until())) {
                    first = i;
                }
            }
            if (first < 0) {
                return;
            }
            double used = Math.min(documented, left[first]);
            left[first] -= used;
            documented -= used;
        }
    }

    private boolean inForce(int i, int step) {
        ScheduledEvents.QuotaBatch q = batches.get(i);
        return step >= q.from() && step < q.until();
    }
}
