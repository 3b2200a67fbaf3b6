package kozan.model.labour;

/**
 * The labour state an employer keeps: desired head count, payroll and fill. Until a labour market reports, the
 * payroll follows the desired head count (fill 1).
 */
public final class Staffing {

    private double desired;
    private double workforce;
    private double fill = 1.0;
    private boolean reported;

    /** Sets this month's desired head count, persons. */
    public void want(double persons) {
        desired = persons;
        if (!reported) {
            workforce = persons;
        }
    }

    /** A labour market's report: payroll now; the fill used next month is payroll / desired (at most 1). */
    public void report(double payroll) {
        reported = true;
        workforce = payroll;
        fill = desired > 0 ? Math.min(1.0, payroll / desired) : 1.0;
    }

    public double desired() {
        return desired;
    }

    public double workforce() {
        return workforce;
    }

    public double fill() {
        return fill;
    }
}
