package kozan.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Many series on one time axis (years or months) for every replication, held as {@code double[replication][period]}
 * per key; NaN marks a period a series has no value for. Compact enough for the annual file of a large run
 * (keys x replications x years doubles) and, filtered, for monthly data.
 */
public final class SeriesTable {

    private final String[] periods;
    private final double[] x;
    private final int[] replications;
    private final NavigableMap<SeriesKey, double[][]> data;

    SeriesTable(String[] periods, double[] x, int[] replications, NavigableMap<SeriesKey, double[][]> data) {
        this.periods = periods;
        this.x = x;
        this.replications = replications;
        this.data = data;
    }

    /** Period labels in time order: "2030" for annual tables, "2030-01" for monthly ones. */
    public List<String> periods() {
        return List.of(periods);
    }

    /** Time as a number for plotting: the year, or year + (month - 1) / 12 for monthly tables. */
    public double[] x() {
        return x.clone();
    }

    public int periodCount() {
        return periods.length;
    }

    /** Index of a period label, or -1. */
    public int periodIndex(String period) {
        return Arrays.asList(periods).indexOf(period);
    }

    /** Replication numbers present, ascending. */
    public int[] replications() {
        return replications.clone();
    }

    public int replicationCount() {
        return replications.length;
    }

    public Set<SeriesKey> keys() {
        return Collections.unmodifiableSet(data.keySet());
    }

    /** Keys of one metric in key order. */
    public List<SeriesKey> keys(String metric) {
        return keys(k -> k.metric().equals(metric));
    }

    public List<SeriesKey> keys(Predicate<SeriesKey> filter) {
        return data.keySet().stream().filter(filter).toList();
    }

    public boolean has(SeriesKey key) {
        return data.containsKey(key);
    }

    /** Values as [replication index][period index]; a copy. Throws if the key is absent. */
    public double[][] values(SeriesKey key) {
        double[][] v = data.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no series " + key);
        }
        double[][] copy = new double[v.length][];
        for (int r = 0; r < v.length; r++) {
            copy[r] = v[r].clone();
        }
        return copy;
    }
}
