package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The analytic indices the estimators are checked against, pinned to hand-computed values. */
class TestFunctionsTest {

    @Test
    void ishigamiIndicesAreTheLiteratureValues() {
        // pi^4 = 97.40909, pi^8 = 9488.531; V = 49/8 + 0.1*97.40909/5 + 0.01*9488.531/18 + 1/2
        //   = 6.125 + 1.948182 + 5.271406 + 0.5 = 13.844588
        // V1 = (1 + 1.948182)^2 / 2 = 4.345888; V2 = 6.125; V13 = 0.01 * 9488.531 * 8/225 = 3.373700
        // S = 4.345888/13.844588, 6.125/13.844588, 0 = 0.313905, 0.442411, 0
        // ST = (4.345888 + 3.373700)/13.844588, 0.442411, 3.373700/13.844588 = 0.557589, 0.442411, 0.243684
        // (SALib and BoTorch list S = 0.3138/0.3139, 0.4424, 0 and ST = 0.558, 0.442, 0.244)
        Ishigami f = Ishigami.STANDARD;
        assertThat(f.firstOrder()).containsExactly(new double[] {0.313905, 0.442411, 0}, within(1e-6));
        assertThat(f.total()).containsExactly(new double[] {0.557589, 0.442411, 0.243684}, within(1e-6));
    }

    @Test
    void ishigamiValue() {
        // sin(pi/2) + 7 sin^2(pi/2) + 0.1 * 1^4 * sin(pi/2) = 1 + 7 + 0.1
        assertThat(Ishigami.STANDARD.value(new double[] {Math.PI / 2, Math.PI / 2, 1})).isCloseTo(8.1, within(1e-12));
    }

    @Test
    void sobolGIndicesOfTwoInputs() {
        // a = (0, 1): V1 = 1/3, V2 = 1/(3*4) = 1/12; V = (4/3)(13/12) - 1 = 4/9
        // S1 = (1/3)/(4/9) = 0.75, S2 = (1/12)/(4/9) = 0.1875
        // ST1 = (1/3)(13/12)/(4/9) = 0.8125, ST2 = (1/12)(4/3)/(4/9) = 0.25
        SobolG g = new SobolG(new double[] {0, 1});
        assertThat(g.firstOrder()).containsExactly(new double[] {0.75, 0.1875}, within(1e-12));
        assertThat(g.total()).containsExactly(new double[] {0.8125, 0.25}, within(1e-12));
        // (|0 - 2| + 0)/1 * (|2 - 2| + 1)/2 = 2 * 0.5
        assertThat(g.value(new double[] {0, 0.5})).isEqualTo(1.0);
    }

    @Test
    void sobolGRefusesNegativeOrTooManyValues() {
        assertThatThrownBy(() -> new SobolG(new double[] {1, -0.5})).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new SobolG(new double[21])).hasMessageContaining("1 to 20");
        assertThatThrownBy(() -> new SobolG(new double[0])).hasMessageContaining("1 to 20");
    }
}
