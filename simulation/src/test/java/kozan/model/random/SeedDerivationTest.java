package kozan.model.random;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The seed derivation against published reference values: published runs and common random numbers depend on every
 * bit of it, so a slip in a constant or an operator must show here, not only in a golden file.
 */
class SeedDerivationTest {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    @Test
    void mixIsTheSplitMix64Finaliser() {
        // reference SplitMix64 seeded with 0: the first outputs are mix(1 x golden), mix(2 x golden)
        assertThat(Seeds.mix(GOLDEN)).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(Seeds.mix(2 * GOLDEN)).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(Seeds.mix(3 * GOLDEN)).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void hashTextIsFnv1aThenMixed() {
        // FNV-1a 64 reference values: "" is the offset basis, "a" is 0xaf63dc4c8601ec8c, "foobar" 0x85944171f73967e8
        assertThat(Seeds.hashText("")).isEqualTo(Seeds.mix(0xCBF29CE484222325L));
        assertThat(Seeds.hashText("a")).isEqualTo(Seeds.mix(0xAF63DC4C8601EC8CL));
        assertThat(Seeds.hashText("foobar")).isEqualTo(Seeds.mix(0x85944171F73967E8L));
    }

    @Test
    void replicationKIsOutputKPlusOneOfASplitMixSeededFromTheBaseSeed() {
        // master(b, k) = mix(mix(b + g) + (k + 1) g): the (k + 1)-th output of SplitMix64 started at mix(b + g)
        long base = 20261205L;
        long state = Seeds.mix(base + GOLDEN);
        for (int k = 0; k < 5; k++) {
            state += GOLDEN;
            assertThat(Seeds.master(base, k)).as("replication %d", k).isEqualTo(Seeds.mix(state));
        }
        // base 0, replication 0: mix(mix(g) + g) = mix(0xE220A8397B1DCDAF + g)
        assertThat(Seeds.master(0, 0)).isEqualTo(Seeds.mix(0xE220A8397B1DCDAFL + GOLDEN));
    }

    @Test
    void aStreamIsTheTwisterSeededWithTheMixedMasterAgentAndPurpose() {
        long master = Seeds.master(7, 2);
        long h = Seeds.mix(master + GOLDEN);
        h = Seeds.mix(h ^ Seeds.hashText("mine:a"));
        h = Seeds.mix(h + GOLDEN ^ Seeds.hashText("output"));
        MersenneTwisterFast expected = new MersenneTwisterFast(h);
        RandomStream actual = Seeds.stream(master, "mine:a", "output");
        for (int i = 0; i < 3; i++) {
            assertThat(actual.nextDouble()).isEqualTo(expected.nextDouble());
        }
        // another purpose of the same agent is another stream
        assertThat(Seeds.stream(master, "mine:a", "price").nextDouble()).isNotEqualTo(new MersenneTwisterFast(h).nextDouble());
    }
}
