package kozan.model.labour;

/**
 * The Cobb-Douglas matching function of a regional labour market (docs/model.md 7.6), its steady state, the
 * pro-rata split of matches over vacancies and the crowding-out measure built on it.
 */
final class Matching {
    private Matching() {
    }

    /**
     * Matches a month: min(mu S^alpha V^(1-alpha), V), persons; S = seekers (unemployed or skilled pool). Zero when
     * either side is empty.
     *
     * @param efficiency mu, 1/month
     * @param alpha      elasticity with respect to seekers (0-1)
     * @param seekers    S, persons
     * @param vacancies  V, persons
     */
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

    /**
     * One employer's hires: the matches of its pool shared in proportion to vacancies, persons (0 for an empty pool).
     *
     * @param matched   matches of the pool (skilled or general), persons
     * @param vacancy   the employer's vacancies, persons
     * @param vacancies all vacancies of the pool, persons
     */
    static double proRata(double matched, double vacancy, double vacancies) {
        return vacancies > 0 ? matched * vacancy / vacancies : 0.0;
    }

    /**
     * Crowding out: the rest of the economy's hires had it been alone in the general market (at most the
     * unemployed), minus its pro-rata share of the general matches it actually got; never negative, persons.
     *
     * @param efficiency       general matching efficiency, 1/month
     * @param alpha            matching elasticity
     * @param unemployed       unemployed at matching, persons
     * @param restVacancies    the rest of the economy's vacancies, persons
     * @param generalVacancies all vacancies in the general market, persons
     * @param generalMatches   matches in the general market, persons
     */
    static double displacedHires(double efficiency, double alpha, double unemployed, double restVacancies,
                                 double generalVacancies, double generalMatches) {
        double restAlone = Math.min(matches(efficiency, alpha, unemployed, restVacancies), unemployed);
        double restActual = proRata(generalMatches, restVacancies, generalVacancies);
        return Math.max(0.0, restAlone - restActual);
    }
}
