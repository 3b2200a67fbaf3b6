package kozan.model.mining;

import java.time.YearMonth;
import java.util.List;
import kozan.model.random.Distributions;
import kozan.model.random.RandomStream;
import kozan.model.random.Seeds;
import kozan.scenario.DeepSeaSpec;
import kozan.scenario.DistSpec;
import kozan.scenario.MilestoneSpec;

/**
 * One replication's world for a deep-sea prospect (issue #15, docs/design/mines-issue-15.md section 4): capex,
 * opex, recovery and ramp-up drawn from the published ranges, and the milestone gates. Everything is drawn when
 * the mine is created, in a fixed sequence, from the mine's own stream purpose "deep_sea" (a stream no other rule
 * reads, so no existing stream shifts), and never depends on a lever: two scenarios run with the same seed and
 * replication see the same deep-sea world (common random numbers).
 *
 * <p>Capex and opex share a latent cost factor: their normal scores are z_capex = e1 and
 * z_opex = rho e1 + sqrt(1 - rho^2) e2 (a Gaussian copula), and each is mapped to its distribution through
 * u = Phi(z). Each milestone has two uniforms, one for the first attempt and one for the retry.
 */
public final class DeepSeaDraws {

    private final DeepSeaSpec spec;
    private final double capexYen;
    private final double opexYenPerTOre;
    private final double recoveryFactor;
    private final int rampUpMonths;
    private final double[] firstTry;
    private final double[] retry;

    // gate state
    private int next;
    private boolean retrying;
    /** Months every remaining milestone has slipped by failed first attempts. */
    private int delayMonths;
    private int passed;
    private double frozenGain;
    private double lostGain;
    private boolean waiting;
    private boolean abandoned;

    /**
     * @param pointCapexYen   the mine's capex when the spec gives no distribution, JPY
     * @param pointOpex       the mine's opex when the spec gives no distribution, JPY/t ore
     * @param pointRampUp     mine_defaults.ramp_up_months, used when the spec gives no distribution
     */
    public DeepSeaDraws(DeepSeaSpec spec, long masterSeed, String mineId, double pointCapexYen, double pointOpex,
                        int pointRampUp) {
        this.spec = spec;
        RandomStream s = Seeds.stream(masterSeed, mineId, "deep_sea");
        double e1 = s.nextGaussian();
        double e2 = s.nextGaussian();
        double uRecovery = s.nextDouble();
        double uRamp = s.nextDouble();
        double rho = spec.costCorrelation();
        double zOpex = rho * e1 + Math.sqrt(1 - rho * rho) * e2;
        this.capexYen = draw(spec.capexYen(), e1, pointCapexYen);
        this.opexYenPerTOre = draw(spec.opexYenPerTOre(), zOpex, pointOpex);
        DistSpec r = spec.recovery();
        this.recoveryFactor = r == null ? 1.0 : Distributions.sample(r, uRecovery, 0.0) / r.mode();
        this.rampUpMonths = spec.rampUpMonths() == null ? pointRampUp
                : (int) Math.max(0, Math.round(Distributions.sample(spec.rampUpMonths(), uRamp, 0.0)));
        List<MilestoneSpec> ms = spec.milestones();
        firstTry = new double[ms.size()];
        retry = new double[ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            firstTry[i] = s.nextDouble();
            retry[i] = s.nextDouble();
        }
    }

    private static double draw(DistSpec d, double z, double point) {
        if (d == null) {
            return point;
        }
        return Distributions.sample(d, Math.min(Math.nextDown(1.0), normalCdf(z)), z);
    }

    /** Standard normal distribution function, |error| &lt; 1.5e-7 (Abramowitz and Stegun 7.1.26 on erf). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2.0);
        double t = 1.0 / (1.0 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1.0 - poly * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1.0 + erf) : 0.5 * (1.0 - erf);
    }

    /**
     * Decides the milestone due this month, if any: a pass adds readiness and moves to the next milestone; a first
     * fail freezes R&amp;D readiness growth and retries after retry_delay_months (later milestones move with it);
     * a second fail abandons the prospect.
     *
     * @param rdGain the government's R&amp;D readiness gain this month
     */
    void decide(YearMonth month, double rdGain) {
        if (abandoned || next >= spec.milestones().size()) {
            return;
        }
        YearMonth due = spec.milestones().get(next).month().plusMonths(delayMonths);
        if (month.isBefore(due)) {
            return;
        }
        double u = retrying ? retry[next] : firstTry[next];
        if (u < spec.milestones().get(next).pPass()) {
            passed++;
            if (waiting) {
                lostGain += rdGain - frozenGain; // the R&D gain accrued while waiting is lost
            }
            waiting = false;
            retrying = false;
            next++;
        } else if (!retrying) {
            retrying = true;
            waiting = true;
            frozenGain = rdGain;
            delayMonths += spec.retryDelayMonths();
        } else {
            abandoned = true;
        }
    }

    public double capexYen() {
        return capexYen;
    }

    public double opexYenPerTOre() {
        return opexYenPerTOre;
    }

    /** Drawn recovery / central recovery: multiplies every product's recovery. */
    public double recoveryFactor() {
        return recoveryFactor;
    }

    public int rampUpMonths() {
        return rampUpMonths;
    }

    /** Readiness added by the milestones passed so far. */
    public double readinessBonus() {
        return passed * spec.readinessPerPass();
    }

    /**
     * The R&amp;D readiness gain that counts: the government's gain less what accrued while a milestone waited for
     * its retry (frozen at the first fail).
     */
    public double readinessGain(double rdGain) {
        return (waiting ? frozenGain : rdGain) - lostGain;
    }

    /** Milestones passed so far. */
    public int passed() {
        return passed;
    }

    /** True while a failed milestone waits for its retry (or after the second fail): R&amp;D readiness growth stops. */
    public boolean readinessFrozen() {
        return waiting;
    }

    /** True after a milestone failed twice. */
    public boolean abandoned() {
        return abandoned;
    }
}
