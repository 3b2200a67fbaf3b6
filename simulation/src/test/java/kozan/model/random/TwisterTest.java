package kozan.model.random;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Twister must give MASON's MersenneTwisterFast numbers bit for bit (published runs depend on them), however the
 * draws interleave and however far they read: within the lazily computed first block, across its end (word 623
 * reads the new word 0 and the new word 396) and into later blocks.
 */
class TwisterTest {

    @Property(tries = 200, seed = "20261205")
    void drawsEqualMasonsTwisterForAnySeedAndMix(@ForAll long seed,
            @ForAll @Size(min = 1, max = 40) java.util.List<@IntRange(min = 0, max = 40) Integer> runs) {
        MersenneTwisterFast mason = new MersenneTwisterFast(seed);
        Twister twister = new Twister(seed);
        boolean gaussian = false;
        for (int run : runs) {
            // alternate runs of uniforms and normals, of the drawn lengths
            for (int i = 0; i < run; i++) {
                if (gaussian) {
                    assertThat(Double.doubleToRawLongBits(twister.nextGaussian()))
                            .isEqualTo(Double.doubleToRawLongBits(mason.nextGaussian()));
                } else {
                    assertThat(Double.doubleToRawLongBits(twister.nextDouble()))
                            .isEqualTo(Double.doubleToRawLongBits(mason.nextDouble()));
                }
            }
            gaussian = !gaussian;
        }
    }

    @Test
    void threeBlocksOfUniformsEqualMasonsIncludingTheFirstBlocksLastWords() {
        for (long seed : new long[] {0L, 1L, -1L, 5489L, Long.MIN_VALUE, 0x9E3779B97F4A7C15L}) {
            MersenneTwisterFast mason = new MersenneTwisterFast(seed);
            Twister twister = new Twister(seed);
            // 1,000 doubles = 2,000 words: the whole first block, the second and part of the third
            for (int i = 0; i < 1000; i++) {
                assertThat(twister.nextDouble()).as("seed %d, draw %d", seed, i).isEqualTo(mason.nextDouble());
            }
        }
    }

    @Test
    void wordsAreMt19937sReferenceOutput() {
        // MT19937 with init_genrand(5489): first outputs 3499211612, 581869302, 3890346734 (the reference
        // implementation's mt19937ar.out begins with init_by_array, so these are the widely published
        // default-seed values), and the 10,000th output is 4123659995 (C++ std::mt19937 requirement)
        Twister twister = new Twister(5489L);
        assertThat(Integer.toUnsignedLong(twister.nextWord())).isEqualTo(3499211612L);
        assertThat(Integer.toUnsignedLong(twister.nextWord())).isEqualTo(581869302L);
        assertThat(Integer.toUnsignedLong(twister.nextWord())).isEqualTo(3890346734L);
        for (int i = 4; i < 10_000; i++) {
            twister.nextWord();
        }
        assertThat(Integer.toUnsignedLong(twister.nextWord())).isEqualTo(4123659995L);
    }
}
