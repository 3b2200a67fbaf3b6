package kozan.model.labour;

/**
 * The region's pool of skilled miners, persons (docs/model.md 7.6). Mining vacancies that need skilled miners are
 * matched against this pool, with its own efficiency, never beyond its size; hires leave the pool, miners who
 * separate rejoin it (they stay skilled), and while mining vacancies stay open after matching, training grows
 * it by the training rate on the pool plus current mining employment. Targeted training subsidies add to it at once.
 */
final class SkilledPool {
    /** Open mining vacancies (persons) above which training runs; below it they count as filled. */
    static final double OPEN_VACANCY_THRESHOLD = 1e-12;

    private double persons;

    SkilledPool(double persons) {
        this.persons = persons;
    }

    double persons() {
        return persons;
    }

    /** Persons trained by a targeted subsidy join at once. */
    void addTrained(double trained) {
        if (!(trained >= 0)) {
            throw new IllegalArgumentException("trained miners must be >= 0, got " + trained);
        }
        persons += trained;
    }

    /**
     * Skilled matches this month: the matching function on the pool, at most the pool itself, persons.
     *
     * @param efficiency skilled matching efficiency, 1/month
     * @param alpha      matching elasticity with respect to seekers
     * @param vacancies  vacancies that need skilled miners, persons
     */
    double matches(double efficiency, double alpha, double vacancies) {
        return Math.min(Matching.matches(efficiency, alpha, persons, vacancies), persons);
    }

    /** Hired miners leave the pool (which never goes below 0). */
    void hired(double miners) {
        persons = Math.max(0.0, persons - miners);
    }

    /** Miners who quit or were laid off rejoin the pool. */
    void returned(double miners) {
        persons += miners;
    }

    /**
     * One month of training: while mining vacancies stay open, the pool grows by the annual training rate / 12 on
     * (pool + mining employment).
     *
     * @param ratePerYear          training rate, 1/yr
     * @param miningEmployment     persons employed in skilled mining jobs after separations
     * @param openMiningVacancies  skilled vacancies left unfilled after matching, persons
     */
    void train(double ratePerYear, double miningEmployment, double openMiningVacancies) {
        if (openMiningVacancies > OPEN_VACANCY_THRESHOLD) {
            persons += ratePerYear / 12.0 * (persons + miningEmployment);
        }
    }
}
