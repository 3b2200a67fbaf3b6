package kozan.model.random;

/**
 * Random-stream derivation (docs/model.md section 4, Stochasticity). A replication's master seed is a hash of
 * (base seed, replication); every agent draws from its own streams, each seeded by a hash of (master seed, agent id,
 * purpose).
 * Because a stream depends on nothing but those three values, adding an agent, a policy or an observer
 * never shifts another agent's draws: the basis of common random numbers across scenarios.
 */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** SplitMix64 finaliser: a bijective, well-mixing 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Master seed of replication k (k &gt;= 0) under a scenario's base seed. */
    public static long master(long baseSeed, int replication) {
        return mix(mix(baseSeed + GOLDEN) + GOLDEN * (replication + 1L));
    }

    /** The stream of one (agent, purpose) pair under a master seed: MASON's Mersenne Twister seeded with the hash. */
    public static RandomStream stream(long masterSeed, String agentId, String purpose) {
        long h = mix(masterSeed + GOLDEN);
        h = mix(h ^ hashText(agentId));
        h = mix(h + GOLDEN ^ hashText(purpose));
        return new Twister(h);
    }

    /** 64-bit FNV-1a over the UTF-16 code units, then mixed: stable across JVMs, unlike String.hashCode ranges. */
    static long hashText(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }
}
