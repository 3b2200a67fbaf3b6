package kozan.model.labour;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kozan.scenario.LaborSpec;
import kozan.scenario.RegionSpec;

/**
 * One region's labour market (MODEL 3.6). Stocks are head counts (persons, fractional): working-age population P,
 * labour force L, employment E by employer and class, unemployed U, with E + U = L after every flow.
 *
 * <p>Monthly order: demographics (labour force follows P at the participation rate; a decline retires workers and
 * unemployed proportionally), vacancies, matching (general: M = mu U^a V^(1-a); mining: the skilled pool S with
 * its own efficiency), pro-rata hiring in id order, quits and layoffs to U, skilled-pool training, wage index
 * {@code w = w (1 + phi ((V/U) / (V0/U0) - theta) / 12)} with tightness read relative to the start, floored.
 * Migration is cleared nationally afterwards by {@link MigrationClearing}.
 *
 * <p>The start is a steady state: rest-of-economy vacancies are set so that its hires equal its quits at the
 * starting unemployment rate, so the baseline does not drift by construction.
 */
public final class RegionalLabourMarket {
    /** Tightness V/U is computed with at least this many unemployed, so a fully employed region stays finite. */
    private static final double MIN_UNEMPLOYED_FOR_TIGHTNESS = 1.0;
    /**
     * Tightness V/U used by the wage equation is capped here: above any recorded prefectural jobs-to-applicants
     * ratio (about 2.1 at the 2018 peak), so a tiny region with almost no unemployed cannot explode the wage index.
     */
    static final double MAX_TIGHTNESS = 3.0;

    private final RegionSpec region;
    private final LaborSpec labor;
    private final double inducedPersonsPerMillionYen;
    private final boolean unconstrained;
    private final double populationFactor;
    private final double restFactor;
    private final Map<String, EmployerSlot> employers = new TreeMap<>();
    private final EmployerSlot induced = new EmployerSlot(null, EmployerClass.INDUCED);
    private final EmployerSlot rest = new EmployerSlot(null, EmployerClass.REST);

    private double population;
    private double labourForce;
    private double unemployed;
    private double restDemand;
    private double skilledPool;
    private double wageIndex = 1.0;
    /** V/U of the steady state at the start; the wage equation reads tightness relative to it. */
    private final double startTightness;
    /** Rest-of-economy vacancies / its demand at the calibrated start: frictional, not a shortfall. */
    private final double restNormalVacancyRate;
    private boolean started;
    private int step = -1;
    // this month's flows
    private double vacancies;
    private double hires;
    private double miningHires;
    private double separations;
    private double unemployedAtMatching;
    private double netMigration;
    private double displacedHires;
    private double cumulativeDisplacedHires;
    private double inducedDemand;

    /**
     * @param region                      the region (population, participation, unemployment, trends, wage)
     * @param labor                       matching, wage, migration and spending parameters
     * @param inducedPersonsPerMillionYen local service employees per million JPY/yr of household spending
     *                                    ({@code IoTable.householdSpendingEmploymentCoefficient()})
     * @param unconstrained               IO_PARITY: every vacancy is filled at once, no quits, fixed wages
     */
    public RegionalLabourMarket(RegionSpec region, LaborSpec labor, double inducedPersonsPerMillionYen, boolean unconstrained) {
        this.region = region;
        this.labor = labor;
        this.inducedPersonsPerMillionYen = inducedPersonsPerMillionYen;
        this.unconstrained = unconstrained;
        this.populationFactor = Math.pow(1.0 + region.populationGrowthPerYear(), 1.0 / 12.0);
        this.restFactor = Math.pow(1.0 + region.restOfEconomyGrowthPerYear(), 1.0 / 12.0);
        this.population = region.workingAgePopulation();
        this.labourForce = region.participationRate() * population;
        this.unemployed = region.unemploymentRate() * labourForce;
        this.rest.workforce = labourForce - unemployed;
        double restVacancies = unconstrained ? 0.0 : Matching.steadyStateVacancies(labor.matchingEfficiency(),
                labor.matchingElasticity(), labor.quitRatePerMonth(), rest.workforce, unemployed);
        this.restDemand = rest.workforce + restVacancies;
        this.startTightness = unemployed > 0 && restVacancies > 0 ? restVacancies / unemployed : 1.0;
        this.restNormalVacancyRate = restVacancies / restDemand;
        this.skilledPool = region.skilledMinerPool();
        this.unemployedAtMatching = unemployed;
    }

    /**
     * Registers an employer with the workers it has at the start (taken from the rest of the economy, so the
     * labour force and the unemployment rate are unchanged). After the first month only with 0 workers.
     */
    public void register(Employer employer, double initialWorkers) {
        if (started && initialWorkers != 0.0) {
            // a new prospect or plant may join later, but then it hires through the market like everyone else
            throw new IllegalStateException("region " + region.id() + ": employer " + employer.employerId()
                    + " registered after the first month with " + initialWorkers + " workers; only 0 is allowed then");
        }
        if (!employer.employerClass().registrable()) {
            throw new IllegalArgumentException("employer " + employer.employerId() + " has class "
                    + employer.employerClass() + "; only MINING, SUPPLIERS and MANUFACTURING register");
        }
        if (employers.containsKey(employer.employerId())) {
            throw new IllegalArgumentException("region " + region.id() + ": employer id " + employer.employerId() + " twice");
        }
        if (!(initialWorkers >= 0) || initialWorkers > rest.workforce) {
            throw new IllegalArgumentException("employer " + employer.employerId() + ": initial workers " + initialWorkers
                    + " must be in [0, " + rest.workforce + "] persons");
        }
        EmployerSlot slot = new EmployerSlot(employer, employer.employerClass());
        slot.workforce = initialWorkers;
        rest.workforce -= initialWorkers;
        restDemand -= initialWorkers;
        employers.put(employer.employerId(), slot);
    }

    /** Persons trained by a targeted subsidy join the skilled pool at once. */
    public void addTrainedMiners(double persons) {
        if (!(persons >= 0)) {
            throw new IllegalArgumentException("trained miners must be >= 0, got " + persons);
        }
        skilledPool += persons;
    }

    /** Steps 1-5 of MODEL 3.6 for month {@code month} (0-based). Migration follows in {@link MigrationClearing}. */
    public void stepMonth(int month) {
        if (!started) {
            // induced services for the mining and supplier payroll that exists at the start, also from the rest
            double initialInduced = Math.min(inducedDemand(), rest.workforce);
            induced.workforce = initialInduced;
            rest.workforce -= initialInduced;
            restDemand -= initialInduced;
            started = true;
        }
        step = month;
        netMigration = 0.0;
        demographics();
        postVacancies();
        match();
        separate();
        updateWage();
        for (EmployerSlot s : employers.values()) {
            s.employer.labourUpdated(s.workforce, s.hired, s.separated);
        }
        checkInvariants("after matching");
    }

    private void demographics() {
        double dPopulation = population * (populationFactor - 1.0);
        population += dPopulation;
        double dLabour = region.participationRate() * dPopulation;
        if (dLabour >= 0) {
            labourForce += dLabour;
            unemployed += dLabour;
        } else {
            // net retirements: workers and unemployed leave in proportion, so E + U = L is kept
            double f = (labourForce + dLabour) / labourForce;
            labourForce += dLabour;
            unemployed *= f;
            for (EmployerSlot s : allEmployerSlots()) {
                double left = s.workforce * (1.0 - f);
                s.workforce -= left;
                s.retired = left;
            }
        }
        restDemand *= restFactor;
    }

    private void postVacancies() {
        inducedDemand = inducedDemand();
        vacancies = 0.0;
        for (EmployerSlot s : allEmployerSlots()) {
            double desired = switch (s.kind) {
                case INDUCED -> inducedDemand;
                case REST -> restDemand;
                default -> Math.max(0.0, s.employer.desiredWorkers());
            };
            if (!Double.isFinite(desired)) {
                throw new IllegalStateException("region " + region.id() + ", step " + step + ": desired workers of "
                        + s.name() + " is " + desired);
            }
            s.skilled = s.employer != null && s.employer.needsSkilledMiners();
            s.vacancy = Math.max(0.0, desired - s.workforce);
            s.layoff = Math.max(0.0, s.workforce - desired);
            vacancies += s.vacancy;
        }
    }

    /**
     * Local service employees wanted for the households of mining and supplier workers: annual spending
     * (12 x payroll x propensity x local share) x employees per million JPY, closed over the induced workers'
     * own local spending (geometric series k W / (1 - k w)). Payroll is real (starting wage, not the wage index):
     * the coefficients are at 2015 prices and local service prices move with local wages, so a wage rise does not
     * buy more services; it would otherwise feed tightness back into itself.
     */
    private double inducedDemand() {
        double perPersonMonth = region.wageYenPerMonth();
        double k = 12.0 * labor.consumptionPropensity() * labor.localSpendingShare() * inducedPersonsPerMillionYen / 1.0e6;
        double payroll = 0.0;
        for (EmployerSlot s : employers.values()) {
            if (s.kind == EmployerClass.MINING || s.kind == EmployerClass.SUPPLIERS) {
                payroll += s.workforce * perPersonMonth;
            }
        }
        double respend = k * perPersonMonth;
        return respend < 1.0 ? k * payroll / (1.0 - respend) : k * payroll;
    }

    private void match() {
        unemployedAtMatching = unemployed;
        double vMining = 0.0;
        double vGeneral = 0.0;
        for (EmployerSlot s : allEmployerSlots()) {
            if (s.skilled) {
                vMining += s.vacancy;
            } else {
                vGeneral += s.vacancy;
            }
        }
        double u = unemployed;
        double alpha = labor.matchingElasticity();
        double mMining;
        double mGeneral;
        if (unconstrained) {
            mMining = vMining;
            mGeneral = vGeneral;
            double extra = Math.max(0.0, mMining + mGeneral - u);
            // parity mode has no labour constraint: missing workers join the labour force from inactivity
            labourForce += extra;
            unemployed += extra;
            u = unemployed;
            unemployedAtMatching = unemployed;
        } else {
            mMining = Math.min(Matching.matches(labor.skilledMatchingEfficiency(), alpha, skilledPool, vMining), skilledPool);
            mGeneral = Matching.matches(labor.matchingEfficiency(), alpha, u, vGeneral);
            if (mMining + mGeneral > u) {
                double scale = u / (mMining + mGeneral);
                mMining *= scale;
                mGeneral *= scale;
            }
            double vRest = rest.vacancy;
            // crowding out: the rest of the economy's hires had it been alone in the market, minus what it got
            double restAlone = Math.min(Matching.matches(labor.matchingEfficiency(), alpha, u, vRest), u);
            double restActual = vGeneral > 0 ? mGeneral * vRest / vGeneral : 0.0;
            displacedHires = Math.max(0.0, restAlone - restActual);
            cumulativeDisplacedHires += displacedHires;
        }
        hires = 0.0;
        for (EmployerSlot s : allEmployerSlots()) {
            double pool = s.skilled ? vMining : vGeneral;
            double matched = s.skilled ? mMining : mGeneral;
            s.hired = pool > 0 ? matched * s.vacancy / pool : 0.0;
            s.workforce += s.hired;
            hires += s.hired;
        }
        miningHires = mMining;
        unemployed -= hires;
        if (unemployed < 0.0 && unemployed > -1e-9 * Math.max(1.0, labourForce)) {
            unemployed = 0.0; // rounding of the pro-rata split when every unemployed person is hired
        }
        skilledPool = Math.max(0.0, skilledPool - mMining);
        if (hires > Math.min(u, vacancies) * (1.0 + 1e-12) + 1e-9) {
            throw new IllegalStateException("region " + region.id() + ", step " + step + ": hires " + hires
                    + " exceed min(U = " + u + ", V = " + vacancies + ")");
        }
    }

    private void separate() {
        double quitRate = unconstrained ? 0.0 : labor.quitRatePerMonth();
        separations = 0.0;
        double miningSeparations = 0.0;
        double miningEmployment = 0.0;
        for (EmployerSlot s : allEmployerSlots()) {
            // workers hired this month do not quit in the same month; this keeps the calibrated start a steady state
            double quits = quitRate * (s.workforce - s.hired);
            double layoff = Math.min(s.layoff, s.workforce - quits);
            double out = quits + Math.max(0.0, layoff);
            s.workforce -= out;
            s.separated = out + s.retired;
            s.retired = 0.0;
            separations += out;
            if (s.skilled) {
                miningSeparations += out;
                miningEmployment += s.workforce;
            }
        }
        unemployed += separations;
        // miners who leave stay skilled; training adds to the pool while mining vacancies are open
        skilledPool += miningSeparations;
        double vMining = 0.0;
        for (EmployerSlot s : employers.values()) {
            if (s.skilled) {
                vMining += s.vacancy - s.hired;
            }
        }
        if (vMining > 1e-12) {
            skilledPool += labor.trainingRatePerYear() / 12.0 * (skilledPool + miningEmployment);
        }
    }

    private void updateWage() {
        if (unconstrained) {
            return;
        }
        // relative tightness: the calibrated start (hires = quits) has V/U = startTightness (about 1.24 with the
        // default matching parameters and 2.5% unemployment); with theta = 1 wages are stable there in every region
        double tightness = Math.min(MAX_TIGHTNESS,
                vacancies / Math.max(unemployedAtMatching, MIN_UNEMPLOYED_FOR_TIGHTNESS) / startTightness);
        wageIndex *= 1.0 + labor.wagePhi() * (tightness - labor.wageTheta()) / 12.0;
        wageIndex = Math.max(wageIndex, labor.wageFloor());
    }

    /** Migration from {@link MigrationClearing}: persons (negative = out), joining or leaving the unemployed. */
    void migrate(double persons) {
        if (persons < -unemployed * (1.0 + 1e-12)) {
            throw new IllegalStateException("region " + region.id() + ", step " + step + ": out-migration "
                    + (-persons) + " exceeds the unemployed " + unemployed);
        }
        unemployed = Math.max(0.0, unemployed + persons);
        labourForce += persons;
        population += persons;
        netMigration += persons;
        checkInvariants("after migration");
    }

    private void checkInvariants(String when) {
        double employed = employed();
        double tol = 1e-9 * Math.max(1.0, labourForce);
        String where = "region " + region.id() + ", step " + step + " (" + when + "): ";
        if (Math.abs(employed + unemployed - labourForce) > tol) {
            throw new IllegalStateException(where + "E + U = " + (employed + unemployed) + " but L = " + labourForce);
        }
        if (unemployed < -tol) {
            throw new IllegalStateException(where + "unemployed is negative: " + unemployed);
        }
        for (EmployerSlot s : allEmployerSlots()) {
            if (!(s.workforce >= -tol)) {
                throw new IllegalStateException(where + "workforce of " + s.name() + " is " + s.workforce);
            }
        }
    }

    private List<EmployerSlot> allEmployerSlots() {
        List<EmployerSlot> all = new ArrayList<>(employers.values());
        all.add(induced);
        all.add(rest);
        return all;
    }

    // ---- read-only accessors (metrics labor_force ... jobs_induced, jobs by class) ----

    public String regionId() {
        return region.id();
    }

    public double workingAgePopulation() {
        return population;
    }

    public double labourForce() {
        return labourForce;
    }

    public double employed() {
        double e = 0.0;
        for (EmployerSlot s : allEmployerSlots()) {
            e += s.workforce;
        }
        return e;
    }

    public double unemployed() {
        return unemployed;
    }

    public double unemploymentRate() {
        return labourForce > 0 ? unemployed / labourForce : 0.0;
    }

    /** Vacancies posted this month (before matching), persons. */
    public double vacancies() {
        return vacancies;
    }

    public double wageIndex() {
        return wageIndex;
    }

    /** Average wage at the current index, JPY/month. */
    public double wageYenPerMonth() {
        return region.wageYenPerMonth() * wageIndex;
    }

    /** Net in-migration this month, persons. */
    public double netMigration() {
        return netMigration;
    }

    /** Induced local-service employment (filled), persons. */
    public double jobsInduced() {
        return induced.workforce;
    }

    /** Induced local-service employment wanted (before labour-market limits), persons. */
    public double inducedDemandPersons() {
        return inducedDemand;
    }

    public double employment(EmployerClass kind) {
        double e = 0.0;
        for (EmployerSlot s : allEmployerSlots()) {
            if (s.kind == kind) {
                e += s.workforce;
            }
        }
        return e;
    }

    /** Vacancies of one class this month, persons. */
    public double vacancies(EmployerClass kind) {
        double v = 0.0;
        for (EmployerSlot s : allEmployerSlots()) {
            if (s.kind == kind) {
                v += s.vacancy;
            }
        }
        return v;
    }

    public double hires() {
        return hires;
    }

    public double miningHires() {
        return miningHires;
    }

    public double separations() {
        return separations;
    }

    /** Hires / unemployed at matching this month, 1/month. */
    public double jobFindingRate() {
        return unemployedAtMatching > 0 ? hires / unemployedAtMatching : 0.0;
    }

    /** Expected monthly income of an unemployed person: wage x job-finding rate, JPY/month. */
    public double expectedIncomeYenPerMonth() {
        return wageYenPerMonth() * jobFindingRate();
    }

    /** V/U at the calibrated start; the wage index is stable at theta times this tightness. */
    public double startTightness() {
        return startTightness;
    }

    /** Unemployed when matching took place this month (after demographic entrants), persons: hires never exceed it. */
    public double unemployedAtMatching() {
        return unemployedAtMatching;
    }

    public double skilledPool() {
        return skilledPool;
    }

    /** Rest-of-economy hires lost this month to the simulated employers' vacancies (crowding out), persons. */
    public double displacedHires() {
        return displacedHires;
    }

    public double cumulativeDisplacedHires() {
        return cumulativeDisplacedHires;
    }

    /** Rest-of-economy jobs unfilled beyond its normal (starting) vacancy rate, persons. */
    public double restShortfall() {
        return Math.max(0.0, restDemand * (1.0 - restNormalVacancyRate) - rest.workforce);
    }

    public double workforce(String employerId) {
        EmployerSlot s = employers.get(employerId);
        if (s == null) {
            throw new IllegalArgumentException("region " + region.id() + " has no employer " + employerId);
        }
        return s.workforce;
    }

    LaborSpec labor() {
        return labor;
    }

    boolean unconstrained() {
        return unconstrained;
    }
}
