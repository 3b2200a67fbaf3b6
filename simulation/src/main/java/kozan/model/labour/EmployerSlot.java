package kozan.model.labour;

/** Head count and this month's flows of one employer (or the market's INDUCED and REST pools), persons. */
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
}
