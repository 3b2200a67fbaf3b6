package kozan.model.demand;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Compound growth at an annual rate, read monthly: {@code (1 + rate)^(step / 12)}, exactly as {@code Math.pow}
 * gives it, from a table per rate shared by every run in the JVM. A manufacturer needs two such factors a month
 * (output trend and labour productivity), about 19,000 powers a baseline run when taken afresh, at tens of ns each
 * (50-150 ns in a micro-benchmark on the loaded build VM). The tables hold pure values, so sharing them changes no
 * number.
 * At most {@link #MAX_RATES} rates are kept (a sensitivity sweep may try many); further rates are computed directly.
 */
final class CompoundGrowth {

    /** Rates kept; each table costs 8 bytes a month of horizon (3.4 kB for 35 years). */
    static final int MAX_RATES = 64;

    private static final ConcurrentHashMap<Double, double[]> TABLES = new ConcurrentHashMap<>();

    private CompoundGrowth() {
    }

    /**
     * @param ratePerYear annual growth rate (0.01 = 1 %/yr)
     * @param step        month index from the start, &gt;= 0
     * @return {@code Math.pow(1.0 + ratePerYear, step / 12.0)}
     */
    static double factor(double ratePerYear, int step) {
        double[] table = TABLES.get(ratePerYear);
        if (table == null || step >= table.length) {
            if (table == null && TABLES.size() >= MAX_RATES) {
                return power(ratePerYear, step);
            }
            table = TABLES.compute(ratePerYear, (rate, old) -> old != null && step < old.length ? old : table(rate, step));
        }
        return table[step];
    }

    /**
     * The shared table of a rate, looked up once by a caller that keeps it (the per-call look-up of
     * {@link #factor} boxes the rate and hashes it: about 8% of a batch run's samples when called twice a month
     * per manufacturer); read it with {@link #at}. Beyond {@link #MAX_RATES} rates an empty table is returned and
     * every month is computed directly.
     */
    static double[] path(double ratePerYear) {
        double[] table = TABLES.get(ratePerYear);
        if (table != null) {
            return table;
        }
        if (TABLES.size() >= MAX_RATES) {
            return new double[0];
        }
        return TABLES.computeIfAbsent(ratePerYear, rate -> table(rate, 0));
    }

    /**
     * @param path a table from {@link #path} for the same rate
     * @return {@code Math.pow(1.0 + ratePerYear, step / 12.0)}, from the table while it reaches {@code step}
     */
    static double at(double[] path, double ratePerYear, int step) {
        return step < path.length ? path[step] : factor(ratePerYear, step);
    }

    /** The factors of months 0 .. max(step, 35 years of months), one power each. */
    private static double[] table(double ratePerYear, int step) {
        double[] t = new double[Math.max(step + 1, 35 * 12)];
        for (int k = 0; k < t.length; k++) {
            t[k] = power(ratePerYear, k);
        }
        return t;
    }

    private static double power(double ratePerYear, int step) {
        return Math.pow(1.0 + ratePerYear, step / 12.0);
    }
}
