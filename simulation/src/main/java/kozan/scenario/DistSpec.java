package kozan.scenario;

/** A probability distribution: FIXED (value), LOGNORMAL (mean, sd of the variable), TRIANGULAR (min, mode, max), UNIFORM (min, max). */
public record DistSpec(
        @Field(doc = "FIXED, LOGNORMAL, TRIANGULAR or UNIFORM.") DistKind kind,
        @Field(doc = "Value (FIXED) or mean (LOGNORMAL).", dflt = "null") Double mean,
        @Field(doc = "Standard deviation (LOGNORMAL).", min = 0, dflt = "null") Double sd,
        @Field(doc = "Lower bound (TRIANGULAR, UNIFORM).", dflt = "null") Double min,
        @Field(doc = "Mode (TRIANGULAR).", dflt = "null") Double mode,
        @Field(doc = "Upper bound (TRIANGULAR, UNIFORM).", dflt = "null") Double max) {

    public enum DistKind { FIXED, LOGNORMAL, TRIANGULAR, UNIFORM }

    public static DistSpec fixed(double v) {
        return new DistSpec(DistKind.FIXED, v, null, null, null, null);
    }

    /** Mean of the distribution. */
    public double expectedValue() {
        return switch (kind) {
            case FIXED, LOGNORMAL -> mean;
            case TRIANGULAR -> (min + mode + max) / 3.0;
            case UNIFORM -> (min + max) / 2.0;
        };
    }
}
