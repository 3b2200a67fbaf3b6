package kozan.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One replication's impact table kept in memory, as {@link ImpactsComparison#read} would read it back from the run's
 * impacts.csv: only the chosen years, rows in the order they come, and every value as the file holds it (written
 * with {@link Numbers#format} and parsed back), so a comparison made from memory is the one made from files. Used by
 * {@code kozan compare --baseline --scenario}, whose runs write no files; a table of one year is about
 * 10 regions x 39 industries x 3 effects rows of 4 numbers.
 */
public final class ImpactsTable implements ImpactRows {

    private final Set<Integer> years;
    private final Map<ImpactsComparison.Key, double[]> rows = new LinkedHashMap<>();

    /** @param years years to keep; empty = all (as {@link ImpactsComparison#read}) */
    public ImpactsTable(Set<Integer> years) {
        this.years = Set.copyOf(years);
    }

    @Override
    public void row(int replication, int year, String region, String industry, String effect, double[] values) {
        if (!years.isEmpty() && !years.contains(year)) {
            return;
        }
        double[] v = new double[values.length];
        for (int q = 0; q < v.length; q++) {
            v[q] = Double.parseDouble(Numbers.format(values[q])); // the value impacts.csv would hold
        }
        rows.put(new ImpactsComparison.Key(year, region, industry, effect), v);
    }

    /** The rows, in arrival order. */
    public Map<ImpactsComparison.Key, double[]> rows() {
        return Collections.unmodifiableMap(rows);
    }
}
