package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrimTest {

    /**
     * 2,000 cases uniform on [0, 1]^4; of interest exactly when x1 in [0.2, 0.5] and x3 in [0.6, 1.0] (a box of
     * 0.3 x 0.4 = 12% of the cube). PRIM must find that box, leave x2 and x4 free and reach density 1.
     */
    @Test
    void findsAPlantedBox() {
        SplittableRandom rng = new SplittableRandom(20261205);
        int n = 2000;
        double[][] x = new double[n][4];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextDouble();
            }
            y[i] = x[i][0] >= 0.2 && x[i][0] <= 0.5 && x[i][2] >= 0.6;
        }
        Prim prim = new Prim(x, y);
        List<Prim.Step> trajectory = prim.peel(0.05, 0.02);
        // step 0 is every case: coverage 1, density = share of interest (about 0.12)
        assertThat(trajectory.get(0).coverage()).isEqualTo(1.0);
        assertThat(trajectory.get(0).density()).isCloseTo(0.12, within(0.02));
        // along the trajectory coverage never rises (each box is inside the previous one)
        for (int s = 1; s < trajectory.size(); s++) {
            assertThat(trajectory.get(s).coverage()).isLessThanOrEqualTo(trajectory.get(s - 1).coverage());
        }
        Prim.Step chosen = prim.paste(Prim.choose(trajectory, 0.95), 0.05);
        Prim.Box b = chosen.box();
        assertThat(chosen.density()).isGreaterThanOrEqualTo(0.95);
        assertThat(chosen.coverage()).isGreaterThan(0.85);
        // the planted ends within 0.03 (cases are 1/2000 apart on average, peels take 5%)
        assertThat(b.low()[0]).isCloseTo(0.2, within(0.03));
        assertThat(b.high()[0]).isCloseTo(0.5, within(0.03));
        assertThat(b.low()[2]).isCloseTo(0.6, within(0.03));
        double[] min = prim.min();
        double[] max = prim.max();
        assertThat(b.restricts(1, min[1], max[1])).as("x2 plays no part").isFalse();
        assertThat(b.restricts(3, min[3], max[3])).as("x4 plays no part").isFalse();
        assertThat(b.restricts(2, min[2], max[2])).isTrue();
    }

    /**
     * Six cases on one parameter, 1..6, of interest at 4, 5, 6. With alpha = 0.2, a peel cuts floor(0.2 x 6) = 1
     * case: the low cut (drops 1) leaves 3 of 5 = 0.6, the high cut (drops 6) 2 of 5 = 0.4, so step 1 is [2, 6];
     * then [3, 6] (3 of 4 = 0.75) and [4, 6] (3 of 3 = 1). From [4, 6] a cut of max(1, floor(0.6)) = 1 case gives
     * [5, 6] or [4, 5], both density 1 with 2 cases: the tie goes to the low end. Support 2/6 is still above 0.3;
     * [6, 6] (1/6) would not be, so peeling stops there.
     */
    @Test
    void peelsByHand() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        boolean[] y = {false, false, false, true, true, true};
        List<Prim.Step> t = new Prim(x, y).peel(0.2, 0.3);
        assertThat(t).extracting(s -> s.box().low()[0]).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(t).extracting(s -> s.box().high()[0]).containsOnly(6.0);
        assertThat(t).extracting(Prim.Step::density).containsExactly(0.5, 0.6, 0.75, 1.0, 1.0);
        assertThat(t).extracting(Prim.Step::coverage).containsExactly(1.0, 1.0, 1.0, 1.0, 2 / 3.0);
        assertThat(t).extracting(Prim.Step::support).containsExactly(1.0, 5 / 6.0, 4 / 6.0, 3 / 6.0, 2 / 6.0);
        // the first box with density >= 0.7 is [3, 6] (0.75): the most coverage at that density
        assertThat(Prim.choose(t, 0.7).box().low()[0]).isEqualTo(3.0);
    }

    /** Pasting widens a box only while that raises its density. */
    @Test
    void pastingTakesBackACaseThatRaisesTheDensity() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        boolean[] y = {false, true, false, true, true, true};
        Prim prim = new Prim(x, y);
        // start from [5, 6] with density 1: adding 4 keeps 1 (not a rise), so nothing is pasted
        Prim.Step tight = prim.stats(0, new Prim.Box(new double[] {5}, new double[] {6}));
        assertThat(prim.paste(tight, 0.5).box().low()[0]).isEqualTo(5.0);
        // from [3, 6] (3 of 4 = 0.75): widening to 2 gives 4 of 5 = 0.8, a rise; then 1 would give 4 of 6: stop
        Prim.Step loose = prim.stats(0, new Prim.Box(new double[] {3}, new double[] {6}));
        Prim.Step pasted = prim.paste(loose, 0.25);
        assertThat(pasted.box().low()[0]).isEqualTo(2.0);
        assertThat(pasted.density()).isEqualTo(0.8);
    }
}
