package kozan.model.trade;

/**
 * The import-source choice of one commodity, the one place where it is decided which country ships what.
 *
 * <p>Logit: a demand is split across sources by weight {@code share * exp(-beta * cost)} where {@code share} is the
 * source's observed base share and {@code cost = dPremium + riskAversion * dHazard}, with {@code dPremium} and
 * {@code dHazard} the changes of the source's effective price premium (net of agreement discounts) and of the
 * disruption hazard (1/yr) buyers perceive in it since the start month. The perceived hazard is the one behind the
 * buyers' precautionary stock ({@link ImportSource#perceivedHazardPerYear}): a source under an export restriction,
 * or within the commodity's risk memory after one, counts as restricted, so buyers who hold stock against a source
 * also buy elsewhere while they can. The base shares are observed and already reflect the start
 * terms, so with nothing changed the split reproduces them. Buyers' {@code beta} and {@code riskAversion} come
 * in as the demand-weighted means over the buyers (procurement clearing); processing plants buying concentrate
 * use 0 and 0, i.e. the base shares.
 *
 * <p>Capacity and spill-over: sources are capacity-limited; what a full source cannot ship spills over to the
 * others with spare volume, again by the logit weights; when no weighted source has volume left, the rest is
 * taken from any source with spare volume, in source order. Allocation-free after construction.
 */
public final class ImportAllocator {

    // premium (net of agreement discount) and hazard of each source at the start month
    private final double[] startPremium;
    private final double[] startHazard;
    // scratch arrays (no per-step allocation)
    private final double[] weight;
    private final double[] avail;
    private final double[] take;

    /** Months after a restriction during which buyers still perceive its source as restricted. */
    private final int riskMemoryMonths;

    /**
     * Records the start-month terms of the sources (their agreement terms for the start month must be set).
     *
     * @param riskMemoryMonths the commodity's {@code risk_memory_months}
     */
    public ImportAllocator(ImportSource[] sources, int riskMemoryMonths) {
        this.riskMemoryMonths = riskMemoryMonths;
        int n = sources.length;
        this.startPremium = new double[n];
        this.startHazard = new double[n];
        this.weight = new double[n];
        this.avail = new double[n];
        this.take = new double[n];
        for (int s = 0; s < n; s++) {
            startPremium[s] = sources[s].effectivePremium();
            startHazard[s] = sources[s].perceivedHazardPerYear(riskMemoryMonths);
        }
    }

    /**
     * Takes up to {@code demand} t from the sources' volume left this month, split by the logit on changes since
     * the start month, and records the tonnes per source in {@code out} (the sources' remaining volume falls).
     *
     * @return tonnes taken
     */
    public double take(ImportSource[] sources, double demand, double beta, double riskAversion, double[] out) {
        if (demand <= 0) {
            java.util.Arrays.fill(out, 0);
            return 0;
        }
        for (int s = 0; s < sources.length; s++) {
            ImportSource src = sources[s];
            weight[s] = weight(src.spec().share(), src.effectivePremium() - startPremium[s],
                    src.perceivedHazardPerYear(riskMemoryMonths) - startHazard[s], beta, riskAversion);
            avail[s] = src.remainingTPerMonth();
        }
        double total = allocate(demand, weight, avail, take);
        for (int s = 0; s < sources.length; s++) {
            sources[s].take(take[s]);
            out[s] = take[s];
        }
        return total;
    }

    /**
     * Logit weight of a source: {@code share * exp(-beta * (premiumChange + riskAversion * hazardChange))}.
     *
     * @param share         observed base share of the source
     * @param premiumChange effective premium now minus at the start month (share of the world price)
     * @param hazardChange  perceived disruption hazard now minus at the start month, 1/yr
     */
    public static double weight(double share, double premiumChange, double hazardChange, double beta, double riskAversion) {
        double cost = premiumChange + riskAversion * hazardChange;
        // nothing changed since the start month (the usual case, checked for every source twice a month): the
        // weight is the base share, exactly as exp(-0) = 1 would give, without the exponential
        return cost == 0 ? share : share * Math.exp(-beta * cost);
    }

    /**
     * Capacity-limited split with spill-over.
     *
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
