package kozan.model.labour;

/** The Cobb-Douglas matching function of MODEL 3.6 and its steady state. */
final class Matching {
    private Matching() {
    }

    /** Matches a month: min(mu S^alpha V^(1-alpha), V), persons; S = seekers (unemployed or skilled pool). */
    static double matches(double efficiency, double alpha, double seekers, double vacancies) {
        if (seekers <= 0.0 || vacancies <= 0.0) {
            return 0.0;
        }
        return Math.min(efficiency * Math.pow(seekers, alpha) * Math.pow(vacancies, 1.0 - alpha), vacancies);
    }

    /**
     * Vacancies at which matches exactly replace quits, mu U^alpha V^(1-alpha) = q E, persons. With alpha = 1
     * matching does not depend on V; then the quits themselves are the vacancies.
     */
    static double steadyStateVacancies(double efficiency, double alpha, double quitRate, double employed, double unemployed) {
        double quits = quitRate * employed;
        if (alpha >= 1.0 - 1e-12 || unemployed <= 0.0) {
            return quits;
        }
        return Math.pow(quits / (efficiency * Math.pow(unemployed, alpha)), 1.0 / (1.0 - alpha));
    }
}
