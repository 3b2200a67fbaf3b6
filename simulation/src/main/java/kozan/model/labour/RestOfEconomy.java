package kozan.model.labour;

import kozan.scenario.LabourSpec;

/**
 * The rest of a regional economy: the jobs the model does not simulate employer by employer. Its demand for workers
 * follows an exogenous trend. At the start it employs everyone who is not unemployed and posts the steady-state
 * vacancies at which its hires replace its quits ({@link Matching#steadyStateVacancies}), so the baseline does not
 * drift by construction; those starting vacancies are frictional, not a shortfall. Simulated employers present at
 * the start, and the induced services they support, take their starting workers from it.
 */
final class RestOfEconomy {
    final EmployerSlot slot = new EmployerSlot(null, EmployerClass.REST);
    /** Monthly growth factor of demand, (1 + g)^(1/12). */
    private final double growthFactor;
    /** Vacancies at the calibrated start, persons (0 in unconstrained mode). */
    private final double startVacancies;
    /** Start vacancies / start demand. */
    private final double normalVacancyRate;
    /** Workers wanted, persons. */
    private double demand;

    /**
     * @param employed      employed persons at the start (labour force minus unemployed)
     * @param unemployed    unemployed persons at the start
     * @param labour        matching parameters and quit rate
     * @param growthPerYear trend of demand, 1/yr
     * @param unconstrained IO_PARITY: no frictional vacancies
     */
    RestOfEconomy(double employed, double unemployed, LabourSpec labour, double growthPerYear, boolean unconstrained) {
        this.growthFactor = Math.pow(1.0 + growthPerYear, 1.0 / 12.0);
        slot.workforce = employed;
        this.startVacancies = unconstrained ? 0.0 : Matching.steadyStateVacancies(labour.matchingEfficiency(),
                labour.matchingElasticity(), labour.quitRatePerMonth(), slot.workforce, unemployed);
        this.demand = slot.workforce + startVacancies;
        this.normalVacancyRate = startVacancies / demand;
    }

    double startVacancies() {
        return startVacancies;
    }

    /** Workers wanted this month, persons. */
    double demand() {
        return demand;
    }

    /** One month of the exogenous trend. */
    void grow() {
        demand *= growthFactor;
    }

    /** Hands workers (and the jobs they fill) to a simulated employer or the induced services at the start. */
    void cede(double persons) {
        slot.workforce -= persons;
        demand -= persons;
    }

    /**
     * Normal employment R* = demand x (1 - normal vacancy rate), persons: what the rest of the economy would employ
     * with only normal friction. It follows the exogenous trend, so paired runs share it.
     */
    double normalEmployment() {
        return demand * (1.0 - normalVacancyRate);
    }

    /**
     * Displaced jobs D = R* - R, persons, signed: positive when the simulated employers have drawn workers away
     * from the rest of the economy, negative when it employs more than normal (e.g. after layoffs elsewhere). Not
     * clipped at 0, so that employed = simulated jobs + R* - D holds exactly (docs/design/jobs-issue-13.md 1.5).
     */
    double displaced() {
        return normalEmployment() - slot.workforce;
    }

    /** Jobs unfilled beyond the normal (starting) vacancy rate, persons: the positive part of {@link #displaced}. */
    double shortfall() {
        return Math.max(0.0, displaced());
    }
}
