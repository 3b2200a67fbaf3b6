package kozan.analysis;

import java.util.SplittableRandom;

/**
 * The two independent streams a study's seed gives: the Morris candidate trajectories and the bootstrap
 * resamples. One rule, so a study of the model and of a test function with the same seed use the same streams.
 */
record StudySeeds(long design, long bootstrap) {

    static StudySeeds of(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        return new StudySeeds(root.nextLong(), root.nextLong());
    }
}
