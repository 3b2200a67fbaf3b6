package kozan.analysis;

/**
 * One uncertain input of a sensitivity study, uniform on [low, high].
 *
 * @param name  the parameter's name in indices.csv ({@code x1}.. for test functions)
 * @param low   lower bound, in the parameter's own unit
 * @param high  upper bound, in the parameter's own unit (greater than low)
 */
public record Factor(String name, double low, double high) {

    public Factor {
        if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException(name + ": need finite low < high, got [" + low + ", " + high + "]");
        }
    }

    /** The value at unit coordinate u in [0, 1]. */
    public double at(double u) {
        return low + u * (high - low);
    }
}
