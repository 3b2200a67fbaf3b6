package kozan.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A sensitivity study of a {@link TestFunction}: the design in the unit cube, the function evaluated at every
 * point (mapped to the factors' ranges), and the indices. The seed gives the Morris candidates and the bootstrap
 * resamples (two independent streams split from it); the Sobol' points themselves are the fixed plain sequence.
 */
public final class TestFunctionStudy {

    /** The output's name in indices.csv. */
    public static final String OUTPUT = "y";

    /** Morris or Sobol'. */
    public enum Method {
        MORRIS, SOBOL;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param convergence empty for Morris
     * @param evaluations function evaluations made
     */
    public record Result(List<Index> indices, List<ConvergenceRow> convergence, int evaluations) {
    }

    private TestFunctionStudy() {
    }

    /**
     * @param samples Sobol': base sample size N (N (k + 2) evaluations); Morris: trajectories r (r (k + 1))
     * @param levels  Morris grid levels p (even); ignored for Sobol'
     */
    public static Result run(TestFunction f, Method method, int samples, int levels, long seed) {
        StudySeeds seeds = StudySeeds.of(seed);
        long designSeed = seeds.design();
        long bootstrapSeed = seeds.bootstrap();
        List<Factor> factors = f.factors();
        List<String> names = factors.stream().map(Factor::name).toList();
        int k = factors.size();
        if (method == Method.SOBOL) {
            SaltelliDesign design = new SaltelliDesign(k, samples);
            double[][] y = new double[samples][design.pointsPerRow()];
            for (int j = 0; j < samples; j++) {
                for (int p = 0; p < design.pointsPerRow(); p++) {
                    y[j][p] = f.value(scale(factors, design.point(j, p)));
                }
            }
            return new Result(SobolIndices.indices(names, OUTPUT, y, bootstrapSeed),
                    SobolIndices.convergence(names, OUTPUT, y, bootstrapSeed), samples * design.pointsPerRow());
        }
        List<double[][]> trajectories = MorrisDesign.trajectories(k, levels, samples, designSeed);
        double[][] y = new double[samples][k + 1];
        for (int t = 0; t < samples; t++) {
            for (int s = 0; s <= k; s++) {
                y[t][s] = f.value(scale(factors, trajectories.get(t)[s]));
            }
        }
        return new Result(MorrisEffects.indices(names, OUTPUT, trajectories, y, bootstrapSeed), new ArrayList<>(),
                samples * (k + 1));
    }

    /** A unit-cube point in the factors' own units. */
    static double[] scale(List<Factor> factors, double[] unit) {
        double[] x = new double[unit.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = factors.get(i).at(unit[i]);
        }
        return x;
    }
}
