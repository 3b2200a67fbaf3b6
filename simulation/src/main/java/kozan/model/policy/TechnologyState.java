package kozan.model.policy;

import java.time.YearMonth;
import kozan.scenario.TechnologySpec;

/**
 * The state of the three mining technologies (issue #15, docs/design/mines-issue-15.md section 3): the lever level
 * of each in force and the cost multiplier tau of its premium from a two-factor Wright curve,
 * tau = max(floor, (X/X0)^-b_d x (K/K0)^-b_r) with b = -log2(1 - learning rate), where X is cumulative deployment
 * (world base X0 x (1 + growth)^years plus domestic mine-years at the level in force) and K cumulative R&amp;D
 * (K0 = JPY 1 bn plus the technology's share of rd_budget). The government updates it monthly before mines step;
 * mines report their deployment while they produce.
 */
public final class TechnologyState {

    /** The three technologies. */
    public enum Tech { AUTOMATION, REMOTE_SENSING, DRILLING }

    /** K0: the R&amp;D floor of the learning curve, JPY (design 3.1). */
    static final double RD_FLOOR_YEN = 1e9;

    private final TechnologySpec spec;
    private final double bDeployment;
    private final double bRd;
    private final double[] level = new double[3];
    private final double[] tau = {1, 1, 1};
    private final double[] rdYen = new double[3];
    private final double[] domesticMineYears = new double[3];
    private int months;

    public TechnologyState(TechnologySpec spec) {
        this.spec = spec;
        this.bDeployment = exponent(spec.learningRateDeployment());
        this.bRd = exponent(spec.learningRateRd());
    }

    /** Wright exponent b = -log2(1 - LR): cost falls by LR per doubling. */
    static double exponent(double learningRate) {
        return -Math.log(1.0 - learningRate) / Math.log(2.0);
    }

    /**
     * Reads the levers of a month and moves the curves: this month's R&amp;D (JPY) is split by the technology shares
     * and the world base grows by one month.
     */
    void update(YearMonth month, double rdYenThisMonth) {
        level[0] = spec.automationLevel().valueAt(month);
        level[1] = spec.remoteSensingLevel().valueAt(month);
        level[2] = spec.drillingLevel().valueAt(month);
        rdYen[0] += rdYenThisMonth * spec.rdShareAutomation();
        rdYen[1] += rdYenThisMonth * spec.rdShareRemoteSensing();
        rdYen[2] += rdYenThisMonth * spec.rdShareDrilling();
        double world = spec.worldDeploymentBase() * Math.pow(1.0 + spec.worldDeploymentGrowth(), months / 12.0);
        for (int x = 0; x < 3; x++) {
            tau[x] = multiplier(world + domesticMineYears[x], spec.worldDeploymentBase(), RD_FLOOR_YEN + rdYen[x], RD_FLOOR_YEN);
        }
        months++;
    }

    /** tau = max(floor, (X/X0)^-b_d (K/K0)^-b_r), at most 1. */
    double multiplier(double x, double x0, double k, double k0) {
        double t = Math.pow(x / x0, -bDeployment) * Math.pow(k / k0, -bRd);
        return Math.max(spec.learningFloor(), Math.min(1.0, t));
    }

    /** A mine that used a technology at a level (0-1) for one month adds level/12 mine-years of deployment. */
    public void deploy(Tech x, double levelInForce) {
        domesticMineYears[x.ordinal()] += levelInForce / 12.0;
    }

    /** Lever level of a technology in force this month (0-1). */
    public double level(Tech x) {
        return level[x.ordinal()];
    }

    /** Cost multiplier of a technology's premium from learning (floor..1). */
    public double tau(Tech x) {
        return tau[x.ordinal()];
    }

    public TechnologySpec spec() {
        return spec;
    }
}
