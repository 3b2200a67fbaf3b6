package kozan.model.labour;

/**
 * The role an agent plays in its region's labour market (mines, suppliers, manufacturers). The market holds the
 * head count so that labour accounting is exact; the employer states how many workers it wants and is told what
 * it got. Workforce below desired is a vacancy; above desired, the excess is laid off this month (an employer that
 * lays off with a lag keeps its desired level up until the lag has passed).
 */
public interface Employer {
    /** Unique, stable id; employers are processed in id order. */
    String employerId();

    /** MINING, SUPPLIERS or MANUFACTURING. */
    EmployerClass employerClass();

    /**
     * Whether this month's vacancies need skilled miners (drawn from the region's skilled pool, matched more
     * slowly). Default: every MINING employer; a mine in construction or closure hires general workers instead.
     */
    default boolean needsSkilledMiners() {
        return employerClass() == EmployerClass.MINING;
    }

    /** Persons the employer wants on its payroll this month (>= 0). */
    double desiredWorkers();

    /**
     * Called once a month after matching and separations.
     *
     * @param workforce persons on the payroll now
     * @param hired     persons hired this month
     * @param separated persons who left this month (quits, layoffs, retirements)
     */
    void labourUpdated(double workforce, double hired, double separated);
}
