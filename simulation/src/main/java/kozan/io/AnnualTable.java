package kozan.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The annual rows of a run, kept as they are written to annual.csv, made into the {@link SeriesTable} that reading
 * annual.csv back gives ({@link ResultsReader#read}): the same keys, periods, replications and values (give each value
 * as the file holds it: {@link AnnualOutputs} does). The charts of a run are drawn from it without parsing the file.
 *
 * <p>Memory: 20 bytes a row (the baseline's 10 replications: about 245,000 rows, 5 MB). Beyond {@link #MAX_ROWS} the
 * table gives up ({@link #table()} is null) and the file is read instead, so a run of very many replications does not
 * hold its whole table. The replications of a run may send their rows at the same time (each (replication, year,
 * series) has one row, so the order does not matter).
 */
public final class AnnualTable implements AnnualRows {

    /** Rows kept at most (about 80 MB). */
    static final int MAX_ROWS = 4_000_000;

    private final int maxRows;
    private final Map<SeriesKey, Integer> keyIds = new HashMap<>();
    private final List<SeriesKey> keys = new java.util.ArrayList<>();
    private int[] key = new int[1024];
    private int[] replication = new int[1024];
    private int[] year = new int[1024];
    private double[] value = new double[1024];
    private int size;
    private boolean overflow;

    public AnnualTable() {
        this(MAX_ROWS);
    }

    AnnualTable(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public synchronized void accept(int replication, int year, String metric, String commodity, String region, String detail,
                       double value) {
        if (overflow) {
            return;
        }
        if (size == maxRows) {
            overflow = true;
            key = null;
            this.replication = null;
            this.year = null;
            this.value = null;
            return;
        }
        if (size == key.length) {
            int n = size * 2;
            key = Arrays.copyOf(key, n);
            this.replication = Arrays.copyOf(this.replication, n);
            this.year = Arrays.copyOf(this.year, n);
            this.value = Arrays.copyOf(this.value, n);
        }
        SeriesKey k = new SeriesKey(metric, commodity, region, detail);
        Integer id = keyIds.get(k);
        if (id == null) {
            id = keys.size();
            keyIds.put(k, id);
            keys.add(k);
        }
        key[size] = id;
        this.replication[size] = replication;
        this.year[size] = year;
        this.value[size] = value;
        size++;
    }

    /** The table, or null when the run had more rows than are kept. */
    public synchronized SeriesTable table() {
        if (overflow) {
            return null;
        }
        // periods are the year cells as text, sorted as text, as ResultsReader sorts them
        TreeSet<String> periodSet = new TreeSet<>();
        TreeSet<Integer> repSet = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            periodSet.add(Integer.toString(year[i]));
            repSet.add(replication[i]);
        }
        String[] periods = periodSet.toArray(String[]::new);
        int[] reps = repSet.stream().mapToInt(Integer::intValue).toArray();
        Map<Integer, Integer> periodIndex = new HashMap<>();
        double[] x = new double[periods.length];
        for (int i = 0; i < periods.length; i++) {
            int y = Integer.parseInt(periods[i]);
            periodIndex.put(y, i);
            x[i] = y;
        }
        double[][][] byKey = new double[keys.size()][][];
        for (int k = 0; k < byKey.length; k++) {
            byKey[k] = new double[reps.length][periods.length];
            for (double[] row : byKey[k]) {
                Arrays.fill(row, Double.NaN);
            }
        }
        for (int i = 0; i < size; i++) {
            byKey[key[i]][Arrays.binarySearch(reps, replication[i])][periodIndex.get(year[i])] = value[i];
        }
        TreeMap<SeriesKey, double[][]> data = new TreeMap<>();
        for (int k = 0; k < byKey.length; k++) {
            data.put(keys.get(k), byKey[k]);
        }
        return new SeriesTable(periods, x, reps, data);
    }
}
