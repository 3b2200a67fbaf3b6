package kozan.model.mining;

import kozan.model.labour.EmployerClass;
import kozan.model.labour.Staffing;
import kozan.model.labour.Workplace;
import kozan.scenario.FixedEmployerSpec;

/**
 * A mining establishment with a constant head count and no output (a head office, {@code fixed_employers[*]}):
 * a MINING-class employer of general (office) workers that wants the same persons every month. It produces and buys
 * nothing, so it is the same in every run of a comparison; it is there so that jobs_direct counts the whole
 * industry (docs/design/jobs-issue-13.md, section 3.2).
 */
public final class FixedEmployer implements Workplace {

    /** Detail value of jobs_direct for fixed employers (they have no stage). */
    public static final String JOB_DETAIL = "FIXED";

    private final FixedEmployerSpec spec;
    private final int regionIndex;
    private final Staffing staff = new Staffing();

    /** @param regionIndex index of the spec's region in the scenario */
    public FixedEmployer(FixedEmployerSpec spec, int regionIndex) {
        this.spec = spec;
        this.regionIndex = regionIndex;
        staff.want(spec.workers());
    }

    public FixedEmployerSpec spec() {
        return spec;
    }

    @Override
    public String employerId() {
        return "fixed:" + spec.id();
    }

    @Override
    public EmployerClass employerClass() {
        return EmployerClass.MINING;
    }

    /** Office staff: hired from the general pool, not from the skilled miner pool. */
    @Override
    public boolean needsSkilledMiners() {
        return false;
    }

    @Override
    public int regionIndex() {
        return regionIndex;
    }

    @Override
    public String jobDetail() {
        return JOB_DETAIL;
    }

    @Override
    public Staffing staffing() {
        return staff;
    }
}
