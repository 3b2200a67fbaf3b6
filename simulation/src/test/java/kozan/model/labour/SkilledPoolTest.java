package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The skilled-miner pool: matching against it, hires, returns and training, with hand-computed values. */
class SkilledPoolTest {

    @Test
    void matchesUseThePoolAsSeekersAndNeverExceedIt() {
        SkilledPool pool = new SkilledPool(100);
        // 0.15 x 100^0.5 x 400^0.5 = 30
        assertThat(pool.matches(0.15, 0.5, 400)).isCloseTo(30.0, within(1e-12));
        // alpha 0.3: 0.15 x 100^0.3 x 400^0.7 = 0.15 x 3.9811 x 66.2891 = 39.585 (swapped: 0.15 x 25.119 x 6.0342)
        assertThat(pool.matches(0.15, 0.3, 400)).isCloseTo(0.15 * Math.pow(100, 0.3) * Math.pow(400, 0.7), within(1e-12))
                .isCloseTo(39.585, within(1e-3));
        // 2 x 10 x 100 = 2,000 matches wanted, 10,000 vacancies, but only 100 skilled miners
        assertThat(pool.matches(2.0, 0.5, 10_000)).isEqualTo(100.0);
    }

    @Test
    void hiresLeaveReturnsRejoinAndTrainingRunsOnlyWithOpenVacancies() {
        SkilledPool pool = new SkilledPool(100);
        pool.hired(30);
        assertThat(pool.persons()).isEqualTo(70.0);
        pool.returned(5);
        assertThat(pool.persons()).isEqualTo(75.0);
        // 12%/yr on (75 pool + 25 employed): + 0.01 x 100 = 1
        pool.train(0.12, 25, 3);
        assertThat(pool.persons()).isCloseTo(76.0, within(1e-12));
        pool.train(0.12, 25, 0);
        pool.train(0.12, 25, 1e-13);
        assertThat(pool.persons()).isCloseTo(76.0, within(1e-12));
        pool.hired(500);
        assertThat(pool.persons()).isZero();
        pool.addTrained(12.5);
        assertThat(pool.persons()).isEqualTo(12.5);
        assertThatThrownBy(() -> pool.addTrained(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">= 0");
    }
}
