package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Morris trajectories, the spread selection, elementary effects by hand, and screening of Sobol' G. */
class MorrisTest {

    @Test
    void trajectoriesMoveOneInputAtATimeByDeltaOnTheGrid() {
        double delta = MorrisDesign.delta(4); // 4 / (2 * 3) = 2/3
        assertThat(delta).isCloseTo(2.0 / 3, within(1e-15));
        for (double[][] t : MorrisDesign.trajectories(5, 4, 10, 7)) {
            assertThat(t).hasNumberOfRows(6);
            boolean[] moved = new boolean[5];
            for (int s = 0; s < 5; s++) {
                int changed = -1;
                for (int i = 0; i < 5; i++) {
                    if (t[s][i] != t[s + 1][i]) {
                        assertThat(changed).isEqualTo(-1);
                        changed = i;
                    }
                }
                assertThat(Math.abs(t[s + 1][changed] - t[s][changed])).isCloseTo(delta, within(1e-12));
                assertThat(moved[changed]).isFalse();
                moved[changed] = true;
            }
            for (double[] p : t) {
                for (double v : p) {
                    assertThat(v * 3).isCloseTo(Math.rint(v * 3), within(1e-12)); // levels 0, 1/3, 2/3, 1
                    assertThat(v).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void spreadTakesTheFarthestPairThenTheLargestGain() {
        // farthest pair: (0, 3) at 10. Gains of squared distances: 1 -> 1^2 + 2^2 = 5, 2 -> 3^2 + 1^2 = 10: 2 next
        double[][] d = {
                {0, 1, 3, 10},
                {1, 0, 4, 2},
                {3, 4, 0, 1},
                {10, 2, 1, 0}};
        assertThat(MorrisDesign.spread(d, 3)).containsExactly(0, 3, 2);
    }

    @Test
    void keptTrajectoriesAreMoreSpreadThanTheFirstCandidates() {
        int k = 4;
        int r = 6;
        List<double[][]> kept = MorrisDesign.trajectories(k, 4, r, 11);
        SplittableRandom rng = new SplittableRandom(11);
        List<double[][]> plain = new java.util.ArrayList<>();
        for (int c = 0; c < r; c++) {
            plain.add(MorrisDesign.trajectory(k, 4, rng));
        }
        assertThat(spread(kept)).isGreaterThan(spread(plain));
    }

    private static double spread(List<double[][]> ts) {
        double sum = 0;
        for (int m = 0; m < ts.size(); m++) {
            for (int l = m + 1; l < ts.size(); l++) {
                double d = MorrisDesign.distance(ts.get(m), ts.get(l));
                sum += d * d;
            }
        }
        return sum;
    }

    @Test
    void effectsAndStatisticsByHand() {
        // trajectory 1: (0,0) -> (2/3,0) -> (2/3,2/3), y 1, 3, 2: EE1 = 2/(2/3) = 3, EE2 = -1/(2/3) = -1.5
        // trajectory 2: (2/3,1/3) -> (0,1/3) -> (0,1), y 5, 4, 4.5: EE1 = -1/(-2/3) = 1.5, EE2 = 0.5/(2/3) = 0.75
        // x1: mu* = mu = (3 + 1.5)/2 = 2.25, sigma = sqrt(2 * 0.75^2 / 1) = 1.0606602
        // x2: mu* = (1.5 + 0.75)/2 = 1.125, mu = (-1.5 + 0.75)/2 = -0.375, sigma = sqrt(2 * 1.125^2) = 1.5909903
        double t = 2.0 / 3;
        List<double[][]> trajectories = List.of(
                new double[][] {{0, 0}, {t, 0}, {t, t}},
                new double[][] {{t, 1.0 / 3}, {0, 1.0 / 3}, {0, 1}});
        double[][] y = {{1, 3, 2}, {5, 4, 4.5}};
        List<Index> rows = MorrisEffects.indices(List.of("x1", "x2"), "y", trajectories, y, 1);
        assertThat(rows).extracting(Index::index).containsExactly("mu_star", "mu", "sigma", "mu_star", "mu", "sigma");
        double[] estimates = rows.stream().mapToDouble(Index::estimate).toArray();
        assertThat(estimates).containsExactly(new double[] {2.25, 2.25, 1.0606602, 1.125, -0.375, 1.5909903},
                within(1e-7));
    }

    @Test
    void screensTheInfluentialSobolGInputsFirst() {
        // a = 0, 1, 4.5, 9, 99, 99: importance falls with a (S1 = 0.716, 0.179, 0.024, 0.007, 0.0001, 0.0001)
        List<Index> rows = TestFunctionStudy.run(new SobolG(new double[] {0, 1, 4.5, 9, 99, 99}),
                TestFunctionStudy.Method.MORRIS, 20, 4, 20261205).indices();
        List<Index> muStar = rows.stream().filter(r -> r.index().equals("mu_star")).toList();
        assertThat(muStar).extracting(Index::parameter).containsExactly("x1", "x2", "x3", "x4", "x5", "x6");
        for (int i = 0; i < 3; i++) {
            assertThat(muStar.get(i).estimate()).as("x" + (i + 1) + " before x" + (i + 2))
                    .isGreaterThan(muStar.get(i + 1).estimate());
        }
        // the four influential inputs stand clear of the two inert ones: intervals do not overlap
        double inertHigh = Math.max(muStar.get(4).ci95High(), muStar.get(5).ci95High());
        assertThat(muStar.get(3).ci95Low()).isGreaterThan(inertHigh);
    }
}
