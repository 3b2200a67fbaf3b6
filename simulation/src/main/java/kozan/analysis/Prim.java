package kozan.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM, the Patient Rule Induction Method (Friedman and Fisher 1999), as used for scenario discovery (Bryant and
 * Lempert 2010): find a box of parameter ranges holding many of the cases of interest (coverage) and few others
 * (density).
 *
 * <p><b>Peeling.</b> From the box spanning all cases, each step considers, for every parameter, cutting off the
 * cases in the box below its alpha quantile or above its 1 - alpha quantile (at least one distinct value), and
 * takes the cut that leaves the highest density (ties: the cut removing fewer cases, then the earlier parameter,
 * lower end first). Peeling stops when no cut is possible or the box would hold fewer than {@code minSupport} of
 * all cases. Every box on the way is a step of the <b>trajectory</b>, the coverage-density trade-off.
 *
 * <p><b>Pasting.</b> The chosen box is then widened again, one parameter end at a time, to take in the nearest
 * alpha share of its cases' count from just outside, while that raises the density (the largest rise first),
 * as peeling is greedy and can cut too much.
 *
 * <p>Coverage = cases of interest in the box / all cases of interest; density = cases of interest in the box /
 * cases in the box; support = cases in the box / all cases.
 */
public final class Prim {

    /** A box: {@code low[j] <= x_j <= high[j]} for every parameter j (infinite ends = unrestricted). */
    public record Box(double[] low, double[] high) {
        public boolean contains(double[] x) {
            for (int j = 0; j < x.length; j++) {
                if (x[j] < low[j] || x[j] > high[j]) {
                    return false;
                }
            }
            return true;
        }

        Box with(int j, double lo, double hi) {
            double[] l = low.clone();
            double[] h = high.clone();
            l[j] = lo;
            h[j] = hi;
            return new Box(l, h);
        }

        /** Whether parameter j is restricted (an end inside the data's range {@code [min, max]}). */
        public boolean restricts(int j, double min, double max) {
            return low[j] > min || high[j] < max;
        }
    }

    /** One box of the trajectory (or the pasted box) with its statistics. */
    public record Step(int step, Box box, int cases, int ofInterest, double coverage, double density,
                       double support) {
    }

    private final double[][] x;
    private final boolean[] y;
    private final int interesting;
    private final double[] min;
    private final double[] max;

    /**
     * @param x cases by parameters, finite values
     * @param y whether each case is of interest
     */
    public Prim(double[][] x, boolean[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("PRIM needs one or more cases, each with an outcome");
        }
        this.x = x;
        this.y = y;
        int k = x[0].length;
        min = new double[k];
        max = new double[k];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += y[i] ? 1 : 0;
            for (int j = 0; j < k; j++) {
                min[j] = Math.min(min[j], x[i][j]);
                max[j] = Math.max(max[j], x[i][j]);
            }
        }
        this.interesting = n;
    }

    public double[] min() {
        return min.clone();
    }

    public double[] max() {
        return max.clone();
    }

    public int ofInterest() {
        return interesting;
    }

    /** The box spanning every case. */
    public Box all() {
        return new Box(min.clone(), max.clone());
    }

    public Step stats(int step, Box b) {
        int in = 0;
        int hit = 0;
        for (int i = 0; i < x.length; i++) {
            if (b.contains(x[i])) {
                in++;
                hit += y[i] ? 1 : 0;
            }
        }
        return new Step(step, b, in, hit, interesting == 0 ? Double.NaN : (double) hit / interesting,
                in == 0 ? Double.NaN : (double) hit / in, (double) in / x.length);
    }

    /** The peeling trajectory, step 0 being the box of all cases. */
    public List<Step> peel(double alpha, double minSupport) {
        List<Step> out = new ArrayList<>();
        Box box = all();
        Step current = stats(0, box);
        out.add(current);
        while (true) {
            Step best = null;
            for (int j = 0; j < min.length; j++) {
                double[] inBox = valuesIn(box, j);
                if (inBox.length == 0) {
                    break;
                }
                Arrays.sort(inBox);
                int m = Math.max(1, (int) Math.floor(alpha * inBox.length));
                // lower end: keep values >= the m-th smallest, or the next distinct value if it equals the least
                double lo = inBox[Math.min(m, inBox.length - 1)];
                if (lo == inBox[0]) {
                    lo = nextAbove(inBox, inBox[0]);
                }
                double hi = inBox[Math.max(inBox.length - 1 - m, 0)];
                if (hi == inBox[inBox.length - 1]) {
                    hi = nextBelow(inBox, inBox[inBox.length - 1]);
                }
                for (Box candidate : new Box[] {Double.isNaN(lo) ? null : box.with(j, lo, box.high()[j]),
                        Double.isNaN(hi) ? null : box.with(j, box.low()[j], hi)}) {
                    if (candidate == null) {
                        continue;
                    }
                    Step s = stats(out.size(), candidate);
                    if (s.support() < minSupport || s.cases() == 0) {
                        continue;
                    }
                    if (best == null || s.density() > best.density()
                            || s.density() == best.density() && s.cases() > best.cases()) {
                        best = s;
                    }
                }
            }
            if (best == null) {
                return out;
            }
            box = best.box();
            out.add(best);
        }
    }

    /** Widens {@code start} while a paste of alpha times its case count raises the density (largest rise first). */
    public Step paste(Step start, double alpha) {
        Step current = start;
        while (true) {
            Step best = null;
            int add = Math.max(1, (int) Math.floor(alpha * current.cases()));
            for (int j = 0; j < min.length; j++) {
                Box b = current.box();
                // cases just outside the box on parameter j's low (or high) side and inside it on the others
                double[] below = outside(b, j, true);
                double[] above = outside(b, j, false);
                Box[] candidates = {
                        below.length == 0 ? null : b.with(j, below[Math.max(0, below.length - add)], b.high()[j]),
                        above.length == 0 ? null : b.with(j, b.low()[j], above[Math.min(above.length - 1, add - 1)])};
                for (Box c : candidates) {
                    if (c == null) {
                        continue;
                    }
                    Step s = stats(start.step(), c);
                    if (s.density() > current.density() && (best == null || s.density() > best.density())) {
                        best = s;
                    }
                }
            }
            if (best == null) {
                return current;
            }
            current = best;
        }
    }

    /**
     * The box of the trajectory to report: the one with the most coverage among those whose density is at least
     * {@code threshold} (the first reaching it, as coverage falls along the trajectory), else the densest.
     */
    public static Step choose(List<Step> trajectory, double threshold) {
        Step densest = trajectory.get(0);
        for (Step s : trajectory) {
            if (s.density() >= threshold) {
                return s;
            }
            if (s.density() > densest.density()) {
                densest = s;
            }
        }
        return densest;
    }

    private double[] valuesIn(Box b, int j) {
        double[] v = new double[x.length];
        int n = 0;
        for (double[] row : x) {
            if (b.contains(row)) {
                v[n++] = row[j];
            }
        }
        return Arrays.copyOf(v, n);
    }

    /** Sorted values of parameter j of the cases outside the box on one side of j only. */
    private double[] outside(Box b, int j, boolean low) {
        double[] v = new double[x.length];
        int n = 0;
        for (double[] row : x) {
            boolean side = low ? row[j] < b.low()[j] : row[j] > b.high()[j];
            if (side && b.with(j, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).contains(row)) {
                v[n++] = row[j];
            }
        }
        double[] out = Arrays.copyOf(v, n);
        Arrays.sort(out);
        return out;
    }

    private static double nextAbove(double[] sorted, double v) {
        for (double s : sorted) {
            if (s > v) {
                return s;
            }
        }
        return Double.NaN;
    }

    private static double nextBelow(double[] sorted, double v) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < v) {
                return sorted[i];
            }
        }
        return Double.NaN;
    }
}
