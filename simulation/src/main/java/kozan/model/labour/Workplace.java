package kozan.model.labour;


/**
 * An agent that employs people in one region: the labour-market {@link Employer} role plus what job metrics need.
 * The labour market (ordering 5) reads {@link #desiredWorkers()} after the employers have stepped and reports
 * the payroll through {@link #labourUpdated}; the employer then works at fill = workforce / desired in the next
 * month. Without a labour market the workforce equals the desired head count and the fill stays 1.
 */
public interface Workplace extends Employer {

    int regionIndex();

    /** Stage (mines), supplier kind or manufacturing sector: the detail dimension of job metrics. */
    String jobDetail();

    /** The employer's head-count book; the role methods below delegate to it. */
    Staffing staffing();

    @Override
    default double desiredWorkers() {
        return staffing().desired();
    }

    @Override
    default void labourUpdated(double workforce, double hired, double separated) {
        staffing().report(workforce);
    }

    /** Persons on the payroll this month. */
    default double employed() {
        return staffing().workforce();
    }

    /** Share of the desired head count on the payroll (0-1) that the employer works with. */
    default double labourFill() {
        return staffing().fill();
    }
}
