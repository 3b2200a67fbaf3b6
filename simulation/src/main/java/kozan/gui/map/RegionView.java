package kozan.gui.map;

/**
 * What the map and the region inspector show for one scenario region: the latest monthly metric values,
 * refreshed by the GUI after every step. The bean getters (getX) are what MASON's inspector lists: text with
 * thousands separators and units; the plain accessors give the numbers.
 */
public final class RegionView {

    private final String id;
    private final String name;
    private final String prefectures;
    private volatile double unemploymentRate = Double.NaN;
    private volatile double jobsDirect = Double.NaN;
    private volatile double jobsIndirect = Double.NaN;
    private volatile double jobsInduced = Double.NaN;
    private volatile double jobsDisplaced = Double.NaN;
    private volatile double labourForce = Double.NaN;
    private volatile double wageIndex = Double.NaN;

    public RegionView(String id, String name, String prefectures) {
        this.id = id;
        this.name = name == null ? id : name;
        this.prefectures = prefectures;
    }

    /** Copies one month's values (persons, share 0-1, index). */
    public void update(double unemploymentRate, double jobsDirect, double jobsIndirect, double jobsInduced,
                       double jobsDisplaced, double labourForce, double wageIndex) {
        this.unemploymentRate = unemploymentRate;
        this.jobsDirect = jobsDirect;
        this.jobsIndirect = jobsIndirect;
        this.jobsInduced = jobsInduced;
        this.jobsDisplaced = jobsDisplaced;
        this.labourForce = labourForce;
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
    public double unemploymentRate() {
        return unemploymentRate;
    }

    /** Mine jobs in the region, persons. */
    public double jobsDirect() {
        return jobsDirect;
    }

    /** Supplier jobs in the region, persons. */
    public double jobsIndirect() {
        return jobsIndirect;
    }

    /** Household-spending jobs in the region, persons. */
    public double jobsInduced() {
        return jobsInduced;
    }

    /** Direct + indirect + induced jobs, persons (classes the run does not report count as 0; NaN if none). */
    public double jobsCreated() {
        double sum = Double.NaN;
        for (double v : new double[]{jobsDirect, jobsIndirect, jobsInduced}) {
            if (Double.isFinite(v)) {
                sum = Double.isNaN(sum) ? v : sum + v;
            }
        }
        return sum;
    }

    /**
     * Rest-of-economy jobs displaced, R* - R, persons, signed (metric jobs_displaced). Gross and net jobs are
     * differences from a baseline, so they are in the comparison window, not on the map of one run.
     */
    public double jobsDisplaced() {
        return jobsDisplaced;
    }

    /** Labour force, persons. */
    public double labourForce() {
        return labourForce;
    }

    /** Wage index (1 at the start). */
    public double wageIndex() {
        return wageIndex;
    }

    public String getUnemployment() {
        return kozan.gui.GuiFormat.percent(unemploymentRate);
    }

    public String getJobsCreated() {
        return kozan.gui.GuiFormat.persons(jobsCreated());
    }

    public String getJobsDirect() {
        return kozan.gui.GuiFormat.persons(jobsDirect);
    }

    public String getJobsIndirect() {
        return kozan.gui.GuiFormat.persons(jobsIndirect);
    }

    public String getJobsInduced() {
        return kozan.gui.GuiFormat.persons(jobsInduced);
    }

    public String getJobsDisplaced() {
        return kozan.gui.GuiFormat.persons(jobsDisplaced);
    }

    public String getLabourForce() {
        return kozan.gui.GuiFormat.persons(labourForce);
    }

    /** Wage index, 1 at the start, 3 decimals. */
    public String getWageIndex() {
        return Double.isFinite(wageIndex) ? String.format(java.util.Locale.ROOT, "%.3f", wageIndex) : "";
    }

    @Override
    public String toString() {
        return "Region " + name;
    }
}
