package kozan.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dense ids for the series of one run: each (metric, commodity, region, detail) gets 0, 1, 2, ... at its first row,
 * so the roll-ups keep their running totals in arrays indexed by id instead of a map keyed by a new object per row.
 *
 * <p>Why lookups are cheap: the Recorder emits nearly the same series in the same order every month, with the
 * catalogue's and the scenario's own String objects. So {@link #id} first tries the series that followed the previous
 * one last time, comparing the four strings by reference (then by value); only a miss (the first month, a row that
 * comes and goes) allocates a key and hashes it. Not thread-safe: one per replication.
 */
public final class SeriesIndex {

    private final Map<SeriesKey, Integer> ids = new HashMap<>();
    private String[] metric = new String[256];
    private String[] commodity = new String[256];
    private String[] region = new String[256];
    private String[] detail = new String[256];
    /** Id of the series that followed series i last time (-1: none yet). */
    private int[] next = filled(256);
    private int first = -1;
    private int previous = -1;
    private int size;

    /** The id of a series, registering it at its first row; "" (never null) for no commodity, the nation, the total. */
    public int id(String m, String c, String r, String d) {
        int guess = previous < 0 ? first : next[previous];
        int id = guess >= 0 && same(guess, m, c, r, d) ? guess : lookup(m, c, r, d);
        if (previous < 0) {
            first = id;
        } else {
            next[previous] = id;
        }
        previous = id;
        return id;
    }

    /** The id of a registered series, or -1; registers nothing and leaves the prediction alone. */
    public int find(String m, String c, String r, String d) {
        Integer id = ids.get(new SeriesKey(m, c, r, d));
        return id == null ? -1 : id;
    }

    /** Series registered so far; ids are 0 to size() - 1. */
    public int size() {
        return size;
    }

    public String metric(int id) {
        return metric[id];
    }

    public String commodity(int id) {
        return commodity[id];
    }

    public String region(int id) {
        return region[id];
    }

    public String detail(int id) {
        return detail[id];
    }

    private boolean same(int id, String m, String c, String r, String d) {
        return equal(metric[id], m) && equal(commodity[id], c) && equal(region[id], r) && equal(detail[id], d);
    }

    private static boolean equal(String a, String b) {
        return a == b || a.equals(b);
    }

    private int lookup(String m, String c, String r, String d) {
        SeriesKey key = new SeriesKey(m, c, r, d);
        Integer known = ids.get(key);
        if (known != null) {
            return known;
        }
        if (size == metric.length) {
            int n = size * 2;
            metric = Arrays.copyOf(metric, n);
            commodity = Arrays.copyOf(commodity, n);
            region = Arrays.copyOf(region, n);
            detail = Arrays.copyOf(detail, n);
            int old = next.length;
            next = Arrays.copyOf(next, n);
            Arrays.fill(next, old, n, -1);
        }
        int id = size++;
        metric[id] = key.metric();
        commodity[id] = key.commodity();
        region[id] = key.region();
        detail[id] = key.detail();
        ids.put(key, id);
        return id;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
