package kozan.model.trade;

/**
 * Splits an import demand across sources by a logit on effective cost (price premium plus risk aversion
 * times disruption hazard), weighted by each source's base share so that undisturbed shares reproduce the
 * calibrated ones. Sources are capacity-limited; what a full source cannot ship spills over to the others
 * with spare volume, again by the logit weights. Allocation-free: works on caller-owned arrays.
 */
public final class ImportAllocator {

    private ImportAllocator() {
    }

    /**
     * @param demand    tonnes wanted
     * @param weight    logit weights per source (&gt;= 0), e.g. share * exp(-beta * cost)
     * @param available tonnes each source can still ship (not modified)
     * @param out       tonnes taken from each source (overwritten)
     * @return tonnes allocated in total (&lt;= demand)
     */
    public static double allocate(double demand, double[] weight, double[] available, double[] out) {
        int n = weight.length;
        java.util.Arrays.fill(out, 0, n, 0.0);
        double remaining = demand;
        // Each round either fills the demand or saturates at least one source, so n+1 rounds suffice.
        for (int round = 0; round <= n && remaining > 1e-12 * Math.max(1.0, demand); round++) {
            double wsum = 0;
            for (int s = 0; s < n; s++) {
                if (available[s] - out[s] > 0) {
                    wsum += weight[s];
                }
            }
            if (wsum <= 0) {
                // no weighted source left: take from any source with spare volume, in source order
                for (int s = 0; s < n && remaining > 0; s++) {
                    double take = Math.min(remaining, available[s] - out[s]);
                    if (take > 0) {
                        out[s] += take;
                        remaining -= take;
                    }
                }
                break;
            }
            double taken = 0;
            for (int s = 0; s < n; s++) {
                double spare = available[s] - out[s];
                if (spare > 0 && weight[s] > 0) {
                    double take = Math.min(remaining * weight[s] / wsum, spare);
                    out[s] += take;
                    taken += take;
                }
            }
            remaining -= taken;
            if (taken <= 0) {
                break;
            }
        }
        double total = 0;
        for (int s = 0; s < n; s++) {
            total += out[s];
        }
        return total;
    }
}
