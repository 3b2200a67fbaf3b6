package kozan.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris statistics from the outputs along trajectories: the elementary effect of input i in a trajectory is
 * EE_i = (y after the step of i - y before) / (signed step of x_i in the unit cube), i.e. the output change per whole
 * range of the input. Over the r trajectories: mu* = mean |EE_i| (Campolongo et al. 2007; the screening measure),
 * mu = mean EE_i (signs may cancel), sigma = sample standard deviation of EE_i (n - 1; nonlinearity or
 * interactions). Intervals: percentile bootstrap over trajectories.
 */
public final class MorrisEffects {

    private MorrisEffects() {
    }

    /**
     * @param trajectories r trajectories, each [k + 1][k] in the unit cube, consecutive points differing in one input
     * @param y            y[t][s]: the output at point s of trajectory t
     * @return ee[t][i]: the elementary effect of input i in trajectory t
     */
    static double[][] effects(List<double[][]> trajectories, double[][] y) {
        double[][] ee = new double[trajectories.size()][];
        for (int t = 0; t < ee.length; t++) {
            double[][] x = trajectories.get(t);
            int k = x[0].length;
            ee[t] = new double[k];
            for (int s = 0; s < k; s++) {
                int i = changed(x[s], x[s + 1]);
                ee[t][i] = (y[t][s + 1] - y[t][s]) / (x[s + 1][i] - x[s][i]);
            }
        }
        return ee;
    }

    private static int changed(double[] before, double[] after) {
        int found = -1;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                if (found >= 0) {
                    throw new IllegalArgumentException("a Morris step changes more than one input");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("a Morris step changes no input");
        }
        return found;
    }

    /** {mu*_1, .., mu*_k, mu_1, .., mu_k, sigma_1, .., sigma_k} over the trajectories {@code picks}. */
    static double[] statistics(double[][] ee, int[] picks) {
        int k = ee[0].length;
        int r = picks.length;
        double[] out = new double[3 * k];
        for (int i = 0; i < k; i++) {
            double abs = 0;
            double sum = 0;
            for (int t : picks) {
                abs += Math.abs(ee[t][i]);
                sum += ee[t][i];
            }
            double mean = sum / r;
            double ss = 0;
            for (int t : picks) {
                double dev = ee[t][i] - mean;
                ss += dev * dev;
            }
            out[i] = abs / r;
            out[k + i] = mean;
            out[2 * k + i] = Math.sqrt(ss / (r - 1));
        }
        return out;
    }

    /** indices.csv rows: mu_star, mu and sigma per parameter with 95% bootstrap intervals (trajectories resampled). */
    public static List<Index> indices(List<String> names, String output, List<double[][]> trajectories, double[][] y,
                                      long seed) {
        int k = names.size();
        double[][] ee = effects(trajectories, y);
        double[] est = statistics(ee, Resampling.identity(ee.length));
        double[][] ci = Resampling.intervals(ee.length, seed, picks -> statistics(ee, picks));
        String[] names3 = {"mu_star", "mu", "sigma"};
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int s = 0; s < 3; s++) {
                int at = s * k + i;
                out.add(new Index(names.get(i), output, "morris", names3[s], est[at], ci[at][0], ci[at][1]));
            }
        }
        return out;
    }
}
