package kozan.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris (1991) one-at-a-time trajectories on a grid of p levels {0, 1/(p-1), .., 1} of the unit cube, chosen for
 * spread as Campolongo, Cariboni and Saltelli (2007) propose.
 *
 * <p>A trajectory is k + 1 points: a random base point x* on the levels with x*_i + Delta <= 1, a random direction
 * per input, and the inputs changed one at a time in random order by +Delta or -Delta, with
 * Delta = p / (2 (p - 1)) (2/3 for p = 4), so each level is sampled equally often.
 *
 * <p>Spread: {@link #candidates(int)} trajectories are generated and r of them kept to make the sum of squared
 * distances d_ml^2 over kept pairs large, d_ml being the sum of the Euclidean distances between every point of
 * trajectory m and every point of trajectory l. Campolongo et al. search all subsets of r, which is infeasible
 * beyond small M; here the subset is built greedily (the farthest pair first, then each time the candidate adding
 * the most to the sum), which reaches most of the spread at O(M^2 k^3) cost.
 */
public final class MorrisDesign {

    private MorrisDesign() {
    }

    /**
     * Candidate trajectories for r kept ones: M = max(2r, min(10r, 200)). Campolongo et al. used M = 500 to 1,000
     * for r = 4 to 10; 10r up to 200 keeps the distance table under a second for k <= 30 while still choosing r of
     * several times more.
     */
    static int candidates(int r) {
        return Math.max(2 * r, Math.min(10 * r, 200));
    }

    /**
     * @param k      inputs (at least 1)
     * @param levels grid levels p (even, at least 2)
     * @param r      trajectories kept (at least 2)
     * @param seed   seed of the candidates
     * @return r trajectories, each [k + 1][k] in the unit cube, in the order chosen
     */
    public static List<double[][]> trajectories(int k, int levels, int r, long seed) {
        if (k < 1 || levels < 2 || levels % 2 != 0 || r < 2) {
            throw new IllegalArgumentException("need k >= 1, an even number of levels >= 2 and r >= 2");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int m = candidates(r);
        List<double[][]> pool = new ArrayList<>(m);
        for (int c = 0; c < m; c++) {
            pool.add(trajectory(k, levels, rng));
        }
        double[][] d = new double[m][m];
        for (int x = 0; x < m; x++) {
            for (int y = x + 1; y < m; y++) {
                d[x][y] = distance(pool.get(x), pool.get(y));
                d[y][x] = d[x][y];
            }
        }
        List<double[][]> kept = new ArrayList<>(r);
        for (int c : spread(d, r)) {
            kept.add(pool.get(c));
        }
        return kept;
    }

    /** Delta, the step in the unit cube: p / (2 (p - 1)). */
    static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    static double[][] trajectory(int k, int levels, SplittableRandom rng) {
        double step = delta(levels);
        double[] x = new double[k];
        double[] move = new double[k];
        for (int i = 0; i < k; i++) {
            double base = rng.nextInt(levels / 2) / (double) (levels - 1); // a level l/(p-1) with l < p/2: base + Delta <= 1
            boolean up = rng.nextBoolean();
            x[i] = up ? base : base + step;
            move[i] = up ? step : -step;
        }
        int[] order = Resampling.identity(k);
        for (int i = k - 1; i > 0; i--) { // Fisher-Yates
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[][] t = new double[k + 1][];
        t[0] = x.clone();
        for (int s = 0; s < k; s++) {
            x[order[s]] += move[order[s]];
            t[s + 1] = x.clone();
        }
        return t;
    }

    /** d_ml: the sum of Euclidean distances between every point of one trajectory and every point of the other. */
    static double distance(double[][] m, double[][] l) {
        double sum = 0;
        for (double[] p : m) {
            for (double[] q : l) {
                double s = 0;
                for (int z = 0; z < p.length; z++) {
                    double diff = p[z] - q[z];
                    s += diff * diff;
                }
                sum += Math.sqrt(s);
            }
        }
        return sum;
    }

    /** Greedy spread: the farthest pair, then the candidate adding the most to the sum of d^2; ties to the lower index. */
    static int[] spread(double[][] d, int r) {
        int m = d.length;
        int first = 0;
        int second = 1;
        for (int x = 0; x < m; x++) {
            for (int y = x + 1; y < m; y++) {
                if (d[x][y] > d[first][second]) {
                    first = x;
                    second = y;
                }
            }
        }
        int[] kept = new int[r];
        boolean[] used = new boolean[m];
        kept[0] = first;
        kept[1] = second;
        used[first] = true;
        used[second] = true;
        double[] gain = new double[m];
        for (int c = 0; c < m; c++) {
            gain[c] = d[c][first] * d[c][first] + d[c][second] * d[c][second];
        }
        for (int s = 2; s < r; s++) {
            int best = -1;
            for (int c = 0; c < m; c++) {
                if (!used[c] && (best < 0 || gain[c] > gain[best])) {
                    best = c;
                }
            }
            kept[s] = best;
            used[best] = true;
            for (int c = 0; c < m; c++) {
                gain[c] += d[c][best] * d[c][best];
            }
        }
        return kept;
    }
}
