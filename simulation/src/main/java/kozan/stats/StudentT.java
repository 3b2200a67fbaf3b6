package kozan.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/** Quantiles of Student's t distribution: the one 97.5% quantile every 95% interval in Kozan uses. */
public final class StudentT {

    /** t(0.975) by whole degrees of freedom: every row of a summary has the same n, and the solver is slow. */
    private static final Map<Integer, Double> T975 = new ConcurrentHashMap<>();

    private StudentT() {
    }

    /**
     * The 97.5% quantile for {@code df} degrees of freedom (fractional for Welch). The default solver accuracy
     * (1e-9) would show in the 12 written digits, so it is tightened to 1e-14.
     */
    public static double quantile975(double df) {
        return new TDistribution(null, df, 1e-14).inverseCumulativeProbability(0.975);
    }

    /** {@link #quantile975(double)} for whole degrees of freedom, cached (the same value, computed once). */
    public static double quantile975(int df) {
        return T975.computeIfAbsent(df, d -> quantile975((double) d));
    }
}
