package kozan.gui.compare;

import java.awt.Color;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.chart.Series;
import kozan.gui.live.Snapshot;
import kozan.stats.Bounds;
import kozan.stats.RunningStats;

/**
 * The numbers of a live policy-versus-baseline session: for every {@link Quantity}, its monthly value in each
 * replication of the policy and of the baseline. Replication k of both ran with the same master seed (common
 * random numbers), so their difference is paired. Written by the model thread, read by Swing: every method is
 * synchronized and returns copies.
 */
public final class PairedTrack {

    /** Which run, or their paired difference (policy minus baseline). */
    public enum Side { POLICY, BASELINE, DIFFERENCE }

    /**
     * A mean over replications with its 95% interval {@code low} to {@code high} (NaN with fewer than 2) and the
     * count. The interval respects the quantity's range ({@link Quantity#range}): a level's through
     * {@link Bounds#ci95}, a paired difference's through {@link Bounds#differenceCi95}, so two replications far apart
     * cannot give a jobs level below 0 or a change in a share past +-1.
     */
    public record Estimate(double mean, double low, double high, int n) {
        static Estimate of(RunningStats s, Side side, Bounds range) {
            double mean = s.n() == 0 ? Double.NaN : s.mean();
            double half = s.n() < 2 ? Double.NaN : s.ci95HalfWidth();
            // the difference is in the quantity's own units (a share's change in [-1, 1]), hence unit 1
            double[] ci = side == Side.DIFFERENCE ? range.differenceCi95(mean, half, 1) : range.ci95(mean, half);
            return new Estimate(mean, ci[0], ci[1], s.n());
        }

        /** Whether the interval is known (two or more replications). */
        public boolean hasInterval() {
            return !Double.isNaN(low);
        }
    }

    private final YearMonth start;
    private final int steps;
    private final int replications;
    private final Map<String, Quantity> quantities = new LinkedHashMap<>();
    private final Map<String, Integer> indices = new LinkedHashMap<>();
    /** [quantity][0 policy / 1 baseline][replication][step], NaN where not yet simulated. */
    private final double[][][][] values;
    /** Running sums of the cumulative quantities, [quantity][side][replication]. */
    private final double[][][] running;
    private final int[] reached;

    public PairedTrack(YearMonth start, int steps, int replications, List<Quantity> quantities) {
        this.start = start;
        this.steps = steps;
        this.replications = replications;
        quantities.forEach(q -> {
            indices.put(q.id(), indices.size());
            this.quantities.put(q.id(), q);
        });
        values = new double[quantities.size()][2][replications][steps];
        running = new double[quantities.size()][2][replications];
        for (double[][][] q : values) {
            for (double[][] side : q) {
                for (double[] rep : side) {
                    Arrays.fill(rep, Double.NaN);
                }
            }
        }
        reached = new int[replications];
    }

    public List<Quantity> quantities() {
        return List.copyOf(quantities.values());
    }

    public Quantity quantity(String id) {
        return quantities.get(id);
    }

    public int steps() {
        return steps;
    }

    public int replications() {
        return replications;
    }

    public YearMonth start() {
        return start;
    }

    /** Records month {@code step} of replication {@code rep} of both runs (the model thread, in step order). */
    public synchronized void record(int rep, int step, Snapshot policy, Snapshot baseline) {
        int qi = 0;
        for (Quantity q : quantities.values()) {
            double[] v = {q.value().applyAsDouble(policy), q.value().applyAsDouble(baseline)};
            for (int side = 0; side < 2; side++) {
                if (q.cumulative()) {
                    running[qi][side][rep] = (step == 0 ? 0 : running[qi][side][rep])
                            + (Double.isFinite(v[side]) ? v[side] : 0);
                    v[side] = running[qi][side][rep];
                }
                values[qi][side][rep][step] = v[side];
            }
            qi++;
        }
        reached[rep] = step + 1;
    }

    /** Months simulated so far in replication {@code rep}. */
    public synchronized int reached(int rep) {
        return reached[rep];
    }

    /** Replications that reached the horizon. */
    public synchronized int finished() {
        return (int) Arrays.stream(reached).filter(r -> r == steps).count();
    }

    /** The last month any replication has reached (0-based step), -1 before the first. */
    public synchronized int latestStep() {
        return Arrays.stream(reached).max().orElse(0) - 1;
    }

    /** One value: a side of one replication in one month (NaN when not simulated or absent). */
    public synchronized double value(String id, Side side, int rep, int step) {
        int qi = index(id);
        double p = values[qi][0][rep][step];
        double b = values[qi][1][rep][step];
        return switch (side) {
            case POLICY -> p;
            case BASELINE -> b;
            case DIFFERENCE -> p - b;
        };
    }

    /**
     * Mean over the replications that reached {@code step}, with its 95% interval inside the quantity's range (a
     * level's in its range, a difference's within what two values of that range can differ by).
     */
    public synchronized Estimate at(String id, Side side, int step) {
        RunningStats s = new RunningStats();
        for (int r = 0; r < replications; r++) {
            double v = value(id, side, r, step);
            if (Double.isFinite(v)) {
                s.add(v);
            }
        }
        return Estimate.of(s, side, quantities.get(id).range());
    }

    /**
     * A calendar year's value per replication as the results files aggregate it (kozan.observe.Aggregation MEAN:
     * the mean of the 12 months; a cumulative quantity: its December total minus the previous December's, the
     * year's sum), for replications that simulated the whole year; NaN for the others.
     */
    public synchronized double[] annual(String id, Side side, int year) {
        int first = (year - start.getYear()) * 12 - (start.getMonthValue() - 1); // step of January
        int last = first + 11;
        double[] out = new double[replications];
        Quantity q = quantities.get(id);
        for (int r = 0; r < replications; r++) {
            if (first < 0 || last >= steps || reached[r] <= last) {
                out[r] = Double.NaN;
            } else if (q.cumulative()) {
                out[r] = value(id, side, r, last) - (first == 0 ? 0 : value(id, side, r, first - 1));
            } else {
                double sum = 0;
                for (int m = first; m <= last; m++) {
                    sum += value(id, side, r, m);
                }
                out[r] = sum / 12;
            }
        }
        return out;
    }

    /** Months as year fractions (year + (month - 1) / 12) for chart axes. */
    public double[] x() {
        double[] x = new double[steps];
        for (int i = 0; i < steps; i++) {
            YearMonth m = start.plusMonths(i);
            x[i] = m.getYear() + (m.getMonthValue() - 1) / 12.0;
        }
        return x;
    }

    /**
     * A chart series over the months simulated so far: the mean over replications and the range of the
     * replications (lowest to highest) that reached each month: what the runs did, which for a level such as a
     * price is more telling than the interval of the mean (and never below the lowest run).
     */
    public synchronized Series range(String id, Side side, String name, Color color) {
        double[] y = new double[steps];
        double[] lo = new double[steps];
        double[] hi = new double[steps];
        for (int t = 0; t < steps; t++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int n = 0;
            for (int r = 0; r < replications; r++) {
                double v = value(id, side, r, t);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    sum += v;
                    n++;
                }
            }
            y[t] = n == 0 ? Double.NaN : sum / n;
            lo[t] = n == 0 ? Double.NaN : min;
            hi[t] = n == 0 ? Double.NaN : max;
        }
        return new Series(name, color, y, lo, hi);
    }

    /**
     * A chart series over the months simulated so far: the mean over replications and, once two replications
     * have reached a month, its 95% confidence band within the quantity's range ({@link #at}; the band fills in as
     * replications finish, and is the mean alone before).
     */
    public synchronized Series series(String id, Side side, String name, Color color) {
        double[] y = new double[steps];
        double[] lo = new double[steps];
        double[] hi = new double[steps];
        for (int t = 0; t < steps; t++) {
            Estimate e = at(id, side, t);
            y[t] = e.mean();
            lo[t] = e.hasInterval() ? e.low() : e.mean();
            hi[t] = e.hasInterval() ? e.high() : e.mean();
        }
        return new Series(name, color, y, lo, hi);
    }

    private int index(String id) {
        Integer i = indices.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no quantity " + id);
        }
        return i;
    }
}
