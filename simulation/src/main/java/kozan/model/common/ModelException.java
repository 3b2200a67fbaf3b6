package kozan.model.common;

/** A model state became invalid (NaN or infinite); the message names agent, step and variable. */
public class ModelException extends RuntimeException {

    private final String agent;
    private final int step;
    private final String variable;

    public ModelException(String agent, int step, String variable, double value) {
        super("agent " + agent + ", step " + step + ", variable " + variable + " = " + value);
        this.agent = agent;
        this.step = step;
        this.variable = variable;
    }

    public String agent() {
        return agent;
    }

    public int step() {
        return step;
    }

    public String variable() {
        return variable;
    }
}
