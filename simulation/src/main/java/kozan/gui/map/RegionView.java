package kozan.gui.map;

/**
 * What the map and the region inspector show for one scenario region: the latest monthly metric values,
 * refreshed by the GUI after every step. Getters are Java-bean properties so MASON's inspector lists them.
 */
public final class RegionView {

    private final String id;
    private final String name;
    private final String prefectures;
    private volatile double unemploymentRate;
    private volatile double jobsDirect;
    private volatile double jobsIndirect;
    private volatile double jobsInduced;
    private volatile double laborForce;
    private volatile double wageIndex;

    public RegionView(String id, String name, String prefectures) {
        this.id = id;
        this.name = name == null ? id : name;
        this.prefectures = prefectures;
    }

    /** Copies one month's values (persons, share 0-1, index). */
    public void update(double unemploymentRate, double jobsDirect, double jobsIndirect, double jobsInduced,
                       double laborForce, double wageIndex) {
        this.unemploymentRate = unemploymentRate;
        this.jobsDirect = jobsDirect;
        this.jobsIndirect = jobsIndirect;
        this.jobsInduced = jobsInduced;
        this.laborForce = laborForce;
        this.wageIndex = wageIndex;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefectures() {
        return prefectures;
    }

    /** Unemployment rate, share 0-1. */
    public double getUnemploymentRate() {
        return unemploymentRate;
    }

    /** Mine jobs in the region, persons. */
    public double getJobsDirect() {
        return jobsDirect;
    }

    /** Supplier jobs in the region, persons. */
    public double getJobsIndirect() {
        return jobsIndirect;
    }

    /** Household-spending jobs in the region, persons. */
    public double getJobsInduced() {
        return jobsInduced;
    }

    /** Direct + indirect + induced jobs, persons. */
    public double getJobsCreated() {
        return jobsDirect + jobsIndirect + jobsInduced;
    }

    /** Labour force, persons. */
    public double getLaborForce() {
        return laborForce;
    }

    /** Wage index (1 at the start). */
    public double getWageIndex() {
        return wageIndex;
    }

    @Override
    public String toString() {
        return "Region " + name;
    }
}
