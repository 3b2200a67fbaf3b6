package kozan.model.random;

/**
 * One agent's stream of random numbers for one purpose ({@link Seeds#stream}): the two kinds of draw the model
 * makes. An interface so that a test can script the uniforms a rule sees.
 */
public interface RandomStream {

    /** A uniform draw in [0, 1). */
    double nextDouble();

    /** A standard normal draw. */
    double nextGaussian();
}
