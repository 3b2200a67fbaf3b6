package kozan.model;

/**
 * Role of anything that hires in a regional labour market (mines, suppliers, manufacturers). The labour
 * market (ordering 5) reads {@link #laborDemand()} after the employers have stepped and answers with a fill
 * share that the employer uses in the next month. Without a labour market every fill stays 1.
 */
public interface Employer {

    /** Employer classes, used for employment accounting. */
    enum EmployerClass { MINING, SUPPLIER, MANUFACTURING }

    String id();

    int regionIndex();

    EmployerClass employerClass();

    /** Stage (mines) or supplier kind or sector: the detail dimension of job metrics. */
    String jobDetail();

    /** Persons wanted this month. */
    double laborDemand();

    /** Share of demand filled (0-1), set by the labour market; 1 without one. */
    double laborFill();

    void setLaborFill(double fill);

    /** Persons employed this month = demand times fill. */
    default double employed() {
        return laborDemand() * laborFill();
    }
}
