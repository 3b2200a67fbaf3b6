package kozan.model.labour;

/**
 * Head count and this month's flows of one employer (or the market's INDIRECT, INDUCED and REST pools), persons, with the
 * staffing rules that act on one workplace: vacancies and layoffs against the desired head count, retirements and
 * separations.
 */
final class EmployerSlot {
    final Employer employer;
    final EmployerClass kind;
    double workforce;
    double vacancy;
    double layoff;
    double hired;
    double separated;
    double retired;
    /** This month's vacancies draw on the skilled-miner pool. */
    boolean skilled;

    EmployerSlot(Employer employer, EmployerClass kind) {
        this.employer = employer;
        this.kind = kind;
    }

    String name() {
        return employer == null ? kind.name() : employer.employerId();
    }

    /** Posts this month's vacancies (shortfall against desired) and layoffs (excess over desired), persons. */
    void post(double desired) {
        skilled = employer != null && employer.needsSkilledMiners();
        vacancy = Math.max(0.0, desired - workforce);
        layoff = Math.max(0.0, workforce - desired);
    }

    /** Net retirements: the share {@code 1 - kept} of the workforce leaves the labour force. */
    void retire(double kept) {
        double left = workforce * (1.0 - kept);
        workforce -= left;
        retired = left;
    }

    /**
     * Quits at the monthly quit rate plus this month's layoffs (at most what is left after quits) go to the
     * unemployed. Workers hired this month do not quit in the same month; this keeps the calibrated start a steady
     * state. Retirements of the month are reported with the separations.
     *
     * @return persons who went to the unemployed
     */
    double separate(double quitRate) {
        double quits = quitRate * (workforce - hired);
        double layoffNow = Math.min(layoff, workforce - quits);
        double out = quits + Math.max(0.0, layoffNow);
        workforce -= out;
        separated = out + retired;
        retired = 0.0;
        return out;
    }
}
