package kozan.model.labour;

/**
 * The wage adjustment rule of a regional labour market (docs/model.md 7.6): once a month the wage index moves with
 * labour-market tightness read relative to the calibrated start,
 * {@code w' = max(floor, w (1 + phi (T - theta) / 12))} with {@code T = min(MAX_TIGHTNESS, (V / max(U, 1)) / (V0 / U0))}.
 * With theta = 1 the index is stable at the starting tightness in every region, whatever its absolute V/U.
 */
final class WageAdjustment {
    /** Tightness V/U is computed with at least this many unemployed, so a fully employed region stays finite. */
    static final double MIN_UNEMPLOYED_FOR_TIGHTNESS = 1.0;
    /**
     * Relative tightness used by the wage equation is capped here: above any recorded prefectural jobs-to-applicants
     * ratio (about 2.1 at the 2018 peak), so a tiny region with almost no unemployed cannot explode the wage index.
     */
    static final double MAX_TIGHTNESS = 3.0;

    private WageAdjustment() {
    }

    /**
     * Starting tightness V0/U0 that the wage equation reads tightness against; 1 when either side is zero (then the
     * region has no rest-of-economy vacancies or no unemployed to read against).
     *
     * @param restVacancies steady-state rest-of-economy vacancies at the start, persons
     * @param unemployed    unemployed at the start, persons
     */
    static double startTightness(double restVacancies, double unemployed) {
        return unemployed > 0 && restVacancies > 0 ? restVacancies / unemployed : 1.0;
    }

    /**
     * Tightness relative to the start, capped at {@link #MAX_TIGHTNESS}.
     *
     * @param vacancies            vacancies posted this month, persons
     * @param unemployedAtMatching unemployed when matching took place, persons
     * @param startTightness       V0/U0 of the calibrated start
     */
    static double relativeTightness(double vacancies, double unemployedAtMatching, double startTightness) {
        return Math.min(MAX_TIGHTNESS,
                vacancies / Math.max(unemployedAtMatching, MIN_UNEMPLOYED_FOR_TIGHTNESS) / startTightness);
    }

    /**
     * Next month's wage index.
     *
     * @param wageIndex current index (1 at the start)
     * @param tightness relative tightness from {@link #relativeTightness}
     * @param phi       wage response, 1/yr (divided by 12 for the monthly step)
     * @param theta     relative tightness at which the index is stable
     * @param floor     lowest index allowed
     */
    static double next(double wageIndex, double tightness, double phi, double theta, double floor) {
        double w = wageIndex * (1.0 + phi * (tightness - theta) / 12.0);
        return Math.max(w, floor);
    }
}
