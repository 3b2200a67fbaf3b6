package kozan.model.common;

/** Numeric guard: every agent checks its state variables at the end of its step. */
public final class Guard {

    private Guard() {
    }

    /** Throws {@link ModelException} when v is NaN or infinite. */
    public static void finite(double v, String agent, int step, String variable) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new ModelException(agent, step, variable, v);
        }
    }
}
