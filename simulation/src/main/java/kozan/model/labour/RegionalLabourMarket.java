package kozan.model.labour;

import kozan.scenario.LabourSpec;
import kozan.scenario.RegionSpec;

/**
 * One region's labour market (docs/model.md 7.6). Stocks are head counts (persons, fractional): working-age
 * population P, labour force L, employment E by employer and class, unemployed U, with E + U = L after every flow.
 *
 * <p>Monthly order: demographics (labour force follows P at the participation rate; a decline retires workers and
 * unemployed proportionally), vacancies, matching ({@link Matching}; mining vacancies draw on the
 * {@link SkilledPool}), pro-rata hiring in id order, quits and layoffs to U, skilled-pool training, the wage index
 * ({@link WageAdjustment}). The market's own INDIRECT (supply chain) and INDUCED (household spending) pools want
 * what {@link #setChainDemand} last set: this month's supply-chain accounting, computed before the markets step.
 * Migration is cleared nationally afterwards by {@link MigrationClearing}.
 *
 * <p>The start is a steady state: rest-of-economy vacancies are set so that its hires equal its quits at the
 * starting unemployment rate, so the baseline does not drift by construction.
 */
public final class RegionalLabourMarket {

    private final RegionSpec region;
    private final LabourSpec labour;
    private final boolean unconstrained;
    private final double populationFactor;
    private final RestOfEconomy rest;
    private final EmployerSlots slots;
    private final SkilledPool skilled;

    private double population;
    private double labourForce;
    private double unemployed;
    private double wageIndex = 1.0;
    /** V/U of the steady state at the start; the wage equation reads tightness relative to it. */
    private final double startTightness;
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
    /** Jobs wanted in the INDIRECT and INDUCED pools this month, persons ({@link #setChainDemand}). */
    private double indirectDemand;
    private double inducedDemand;

    /**
     * @param region                      the region (population, participation, unemployment, trends, wage)
     * @param labour                      matching, wage and migration parameters
     * @param unconstrained               IO_PARITY: every vacancy is filled at once, no quits, fixed wages
     */
    public RegionalLabourMarket(RegionSpec region, LabourSpec labour, boolean unconstrained) {
        this.region = region;
        this.labour = labour;
        this.unconstrained = unconstrained;
        this.populationFactor = Math.pow(1.0 + region.populationGrowthPerYear(), 1.0 / 12.0);
        this.population = region.workingAgePopulation();
        this.labourForce = region.participationRate() * population;
        this.unemployed = region.unemploymentRate() * labourForce;
        this.rest = new RestOfEconomy(labourForce - unemployed, unemployed, labour, region.restOfEconomyGrowthPerYear(),
                unconstrained);
        this.slots = new EmployerSlots(rest.slot);
        this.startTightness = WageAdjustment.startTightness(rest.startVacancies(), unemployed);
        this.skilled = new SkilledPool(region.skilledMinerPool());
        this.unemployedAtMatching = unemployed;
    }

    /**
     * Registers an employer with the workers it has at the start, persons, taken from the rest of the economy so the
     * labour force and the unemployment rate are unchanged. A start larger than the rest of the economy's workforce
     * (a small region and a large employer) is capped there: the employer starts with every employed person of the
     * region and hires the rest through the market, like any employer short of staff. After the first month only
     * with 0 workers.
     *
     * @return the workers the employer starts with, persons
     */
    public double register(Employer employer, double initialWorkers) {
        if (started && initialWorkers != 0.0) {
            // a new prospect or plant may join later, but then it hires through the market like everyone else
            throw new IllegalStateException("region " + region.id() + ": employer " + employer.employerId()
                    + " registered after the first month with " + initialWorkers + " workers; only 0 is allowed then");
        }
        double workers = Math.min(initialWorkers, rest.slot.workforce);
        slots.add(employer, workers, region.id());
        rest.cede(workers);
        return workers;
    }

    /** Persons trained by a targeted subsidy join the skilled pool at once. */
    public void addTrainedMiners(double persons) {
        skilled.addTrained(persons);
    }

    /**
     * The jobs wanted this month in the market's INDIRECT and INDUCED pools, persons (negative counts as 0). Set
     * before {@link #stepMonth}; before the first month it also sets the pools' starting workforce.
     */
    public void setChainDemand(double indirectPersons, double inducedPersons) {
        if (!Double.isFinite(indirectPersons) || !Double.isFinite(inducedPersons)) {
            throw new IllegalArgumentException("region " + region.id() + ": chain demand must be finite, got indirect "
                    + indirectPersons + ", induced " + inducedPersons);
        }
        indirectDemand = Math.max(0.0, indirectPersons);
        inducedDemand = Math.max(0.0, inducedPersons);
    }

    /** One month for month {@code month} (0-based), up to the wage index. Migration follows in {@link MigrationClearing}. */
    public void stepMonth(int month) {
        if (!started) {
            // the supply-chain and household-spending jobs of the economy that exists at the start are existing jobs
            // too: taken from the rest of the economy like a registered employer's, so the start is a steady state
            startPool(slots.indirect, indirectDemand);
            startPool(slots.induced, inducedDemand);
            started = true;
        }
        step = month;
        netMigration = 0.0;
        demographics();
        postVacancies();
        match();
        separate();
        updateWage();
        for (EmployerSlot s : slots.registered()) {
            s.employer.labourUpdated(s.workforce, s.hired, s.separated);
        }
        checkInvariants("after matching");
    }

    private void startPool(EmployerSlot pool, double persons) {
        double workers = Math.min(persons, rest.slot.workforce);
        pool.workforce = workers;
        rest.cede(workers);
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
            for (EmployerSlot s : slots.all()) {
                s.retire(f);
            }
        }
        rest.grow();
    }

    private void postVacancies() {
        vacancies = 0.0;
        for (EmployerSlot s : slots.all()) {
            double desired = switch (s.kind) {
                case INDIRECT -> indirectDemand;
                case INDUCED -> inducedDemand;
                case REST -> rest.demand();
                default -> Math.max(0.0, s.employer.desiredWorkers());
            };
            if (!Double.isFinite(desired)) {
                throw new IllegalStateException("region " + region.id() + ", step " + step + ": desired workers of "
                        + s.name() + " is " + desired);
            }
            s.post(desired);
            vacancies += s.vacancy;
        }
    }

    private void match() {
        unemployedAtMatching = unemployed;
        double vMining = slots.vacancies(true);
        double vGeneral = slots.vacancies(false);
        double u = unemployed;
        double alpha = labour.matchingElasticity();
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
            mMining = skilled.matches(labour.skilledMatchingEfficiency(), alpha, vMining);
            mGeneral = Matching.matches(labour.matchingEfficiency(), alpha, u, vGeneral);
            // skilled miners are also unemployed: both markets together never hire more than the unemployed
            if (mMining + mGeneral > u) {
                double scale = u / (mMining + mGeneral);
                mMining *= scale;
                mGeneral *= scale;
            }
            displacedHires = Matching.displacedHires(labour.matchingEfficiency(), alpha, u, rest.slot.vacancy,
                    vGeneral, mGeneral);
            cumulativeDisplacedHires += displacedHires;
        }
        hires = slots.hire(vMining, mMining, vGeneral, mGeneral);
        miningHires = mMining;
        unemployed -= hires;
        if (unemployed < 0.0 && unemployed > -1e-9 * Math.max(1.0, labourForce)) {
            unemployed = 0.0; // rounding of the pro-rata split when every unemployed person is hired
        }
        skilled.hired(mMining);
        if (hires > Math.min(u, vacancies) * (1.0 + 1e-12) + 1e-9) {
            throw new IllegalStateException("region " + region.id() + ", step " + step + ": hires " + hires
                    + " exceed min(U = " + u + ", V = " + vacancies + ")");
        }
    }

    private void separate() {
        double quitRate = unconstrained ? 0.0 : labour.quitRatePerMonth();
        separations = 0.0;
        double miningSeparations = 0.0;
        double miningEmployment = 0.0;
        for (EmployerSlot s : slots.all()) {
            double out = s.separate(quitRate);
            separations += out;
            if (s.skilled) {
                miningSeparations += out;
                miningEmployment += s.workforce;
            }
        }
        unemployed += separations;
        skilled.returned(miningSeparations);
        skilled.train(labour.trainingRatePerYear(), miningEmployment, slots.openSkilledVacancies());
    }

    private void updateWage() {
        if (unconstrained) {
            return;
        }
        // relative tightness: the calibrated start (hires = quits) has V/U = startTightness (about 1.24 with the
        // default matching parameters and 2.5% unemployment); with theta = 1 wages are stable there in every region
        double tightness = WageAdjustment.relativeTightness(vacancies, unemployedAtMatching, startTightness);
        wageIndex = WageAdjustment.next(wageIndex, tightness, labour.wagePhi(), labour.wageTheta(), labour.wageFloor());
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
        if (Math.abs(employed + unemployed - labourForce) > tol) {
            throw new IllegalStateException(where(when) + "E + U = " + (employed + unemployed) + " but L = " + labourForce);
        }
        if (unemployed < -tol) {
            throw new IllegalStateException(where(when) + "unemployed is negative: " + unemployed);
        }
        for (EmployerSlot s : slots.all()) {
            if (!(s.workforce >= -tol)) {
                throw new IllegalStateException(where(when) + "workforce of " + s.name() + " is " + s.workforce);
            }
        }
    }

    /** Prefix of an invariant failure; built only when one fails (checks run four times a month per region). */
    private String where(String when) {
        return "region " + region.id() + ", step " + step + " (" + when + "): ";
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
        return slots.employed();
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

    /** Household-spending (induced) employment (filled), persons. */
    public double jobsInduced() {
        return slots.induced.workforce;
    }

    /** Household-spending employment wanted this month (before labour-market limits), persons. */
    public double inducedDemandPersons() {
        return inducedDemand;
    }

    /** Supply-chain (IO-propagated) employment of the INDIRECT pool (filled), persons. */
    public double jobsIndirect() {
        return slots.indirect.workforce;
    }

    /** Supply-chain employment wanted this month (before labour-market limits), persons. */
    public double indirectDemandPersons() {
        return indirectDemand;
    }

    public double employment(EmployerClass kind) {
        return slots.employment(kind);
    }

    /** Vacancies of one class this month, persons. */
    public double vacancies(EmployerClass kind) {
        return slots.vacancies(kind);
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
        return skilled.persons();
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
        return rest.shortfall();
    }

    /** Rest-of-economy jobs displaced, R* - R, persons, signed (metric jobs_displaced; {@link RestOfEconomy#displaced}). */
    public double jobsDisplaced() {
        return rest.displaced();
    }

    /** Rest-of-economy normal employment R*, persons: exogenous, identical in paired runs. */
    public double restNormalEmployment() {
        return rest.normalEmployment();
    }

    public double workforce(String employerId) {
        EmployerSlot s = slots.get(employerId);
        if (s == null) {
            throw new IllegalArgumentException("region " + region.id() + " has no employer " + employerId);
        }
        return s.workforce;
    }

    LabourSpec labour() {
        return labour;
    }

    boolean unconstrained() {
        return unconstrained;
    }
}
