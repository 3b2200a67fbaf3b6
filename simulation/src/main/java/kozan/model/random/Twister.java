package kozan.model.random;

/**
 * A Mersenne Twister (MT19937) stream that gives, draw for draw, the same numbers as MASON's
 * {@code ec.util.MersenneTwisterFast(long)} for {@link #nextDouble()} and {@link #nextGaussian()}, but computes its
 * first block of 624 words only as far as it is read.
 *
 * <p>Why: a run seeds a few hundred streams (two per mine, one per manufacturer, import source and price process),
 * and most read a dozen words before the run ends or before their next block. {@code MersenneTwisterFast} fills
 * 624 seed words and twists all 624 at the first draw (about 1,250 steps); word k of the first block needs only the
 * seed words up to k + 397, so a stream that reads 30 words costs about 430 steps. After the first block the
 * twist is MT19937's own, over the whole block. Published runs depend on these exact numbers, which is why this
 * reproduces MASON's generator rather than using a cheaper one (TwisterTest checks the identity).
 */
public final class Twister implements RandomStream {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final int TEMPERING_MASK_B = 0x9d2c5680;
    private static final int TEMPERING_MASK_C = 0xefc60000;
    private static final double TWO_POW_53 = 1L << 53;

    /**
     * The state words; allocated at the first draw, since many streams of a run are never read (a mine's discovery
     * stream before it explores, the price streams of a commodity under a world market).
     */
    private int[] mt;
    private final long seed;
    /** Words read in the current block. */
    private int mti;
    /** In the first block: seed words computed so far (mt[seeded..] are not yet set). */
    private int seeded;
    /** In the first block: words of the new block computed so far; N once the first block is complete. */
    private int twisted;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /** The stream MASON's {@code new MersenneTwisterFast(seed)} gives (which, like MT19937, uses the seed's low 32 bits). */
    public Twister(long seed) {
        this.seed = seed;
        seeded = 1;
    }

    /** A uniform double in [0, 1) from 53 random bits (two words). */
    @Override
    public double nextDouble() {
        int y = nextWord();
        int z = nextWord();
        return ((((long) (y >>> 6)) << 27) + (z >>> 5)) / TWO_POW_53;
    }

    /** A standard normal draw by the polar method, pairs cached (as MersenneTwisterFast, with StrictMath). */
    @Override
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    /** The next tempered 32-bit word. */
    int nextWord() {
        if (twisted < N) {
            if (mti == twisted) {
                twistFirstBlockWord();
            }
        } else if (mti >= N) {
            twistBlock();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & TEMPERING_MASK_B;
        y ^= (y << 15) & TEMPERING_MASK_C;
        y ^= y >>> 18;
        return y;
    }

    /**
     * Computes word {@code twisted} of the first block in place, as the full twist would: from the old words k and
     * k + 1 and the old word k + M (k &lt; N - M) or the new word k + M - N (after that; word N - 1 also reads the
     * new word 0).
     */
    private void twistFirstBlockWord() {
        if (mt == null) {
            mt = new int[N];
            mt[0] = (int) seed;
        }
        int k = twisted;
        seedUpTo(k < N - M ? k + M + 1 : Math.min(N, k + 2));
        int y;
        if (k < N - 1) {
            y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
            mt[k] = mt[k < N - M ? k + M : k + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        } else {
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        twisted = k + 1;
    }

    /** MT19937's initialisation of the seed words, continued up to (excluding) {@code end}. */
    private void seedUpTo(int end) {
        for (int i = seeded; i < end; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        seeded = Math.max(seeded, end);
    }

    /** MT19937's twist of a whole block (every block after the first). */
    private void twistBlock() {
        int kk;
        int y;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        mti = 0;
    }
}
