package kozan.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import kozan.batch.BatchRunner;
import kozan.batch.BatchSpec;
import kozan.batch.DesignPoint;
import kozan.batch.MetricKey;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * Calibration by the method of simulated moments (docs/sensitivity.md, "Calibration"): the parameters theta, within
 * their bounds, minimise Q(theta) = sum_t w_t (m_t(theta) - target_t)^2, m_t being the mean of target t over R
 * replications of the model. Every evaluation uses the same R seeds (common random numbers), so Q is a deterministic
 * function of theta and differences between thetas are not noise between runs.
 *
 * <p>The optimiser works on the unit cube (each parameter scaled to its bounds): BOBYQA (Powell 2009; 2 or more
 * parameters) or CMA-ES (Hansen 2006), from several starts: the centre of the bounds, then points of a Sobol'
 * sequence. The best of all starts is the fit.
 *
 * <p><b>Standard errors</b> (with se-weighted targets, W = diag(1/se^2) as the optimal weighting of independent
 * targets): Var(theta) = (1 + 1/R) (G' W G)^-1, G the Jacobian of the simulated moments by central differences
 * (step 1% of each range, common random numbers); the factor 1 + 1/R accounts for simulating the moments (Gourieroux
 * and Monfort 1996). A parameter is <b>not identified</b> when its column of G is numerically zero, when G' W G over the
 * other columns is singular along it (both in {@link #identify}), or when its profile rises by less than 1 (one unit
 * of Q, the chi-square(1) step) over its whole range: the targets then do not pin it down and its estimate is one of
 * many equally good values. When one of its finite-difference runs fails, its column is not known, so neither is
 * whether it is identified: it is reported as unknown with the run and the reason, not as a zero column.
 */
public final class Calibration {

    /** Q above this counts as a failed evaluation (a run that failed). */
    static final double FAILED = 1e300;

    /** One evaluation of the objective. */
    public record Evaluation(int number, int start, double[] theta, double objective) {
    }

    /** A fitted parameter. */
    public record Estimate(String parameter, double value, double se, double low, double high, double lower,
                           double upper, boolean identified, String note) {

        /** Whether its identification is unknown (a finite-difference run failed): neither identified nor not. */
        public boolean unknown() {
            return note.startsWith(RUN_FAILED);
        }
    }

    /** A target against its simulated mean at the fit. */
    public record Fit(CalibrationSpec.Target target, double simulated, double simulatedSe, double residual, double z) {
    }

    /** A point of a parameter's profile: Q with the parameter at {@code value} and the others at the fit. */
    public record ProfilePoint(String parameter, double value, double objective) {
    }

    public record Result(List<Estimate> estimates, double objective, List<Evaluation> trace, List<Fit> fit,
                         List<ProfilePoint> profile, int runs) {
    }

    private final BatchSpec batch;
    private final CalibrationSpec spec;
    private final BatchRunner.RunFunction fn;
    private final List<BatchSpec.ParameterSpec> params;
    private final List<Evaluation> trace = new ArrayList<>();
    private int nextPoint;
    private int runs;
    /** Why the last {@link #moments} was null: the failed run's replication and reason. */
    private String failure;
    private int start;

    public Calibration(BatchSpec batch, CalibrationSpec spec, BatchRunner.RunFunction fn) {
        this.batch = batch;
        this.spec = spec;
        this.fn = fn;
        this.params = batch.parameters();
    }

    /** Parameter values from unit-cube coordinates. */
    double[] theta(double[] u) {
        double[] t = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            BatchSpec.ParameterSpec p = params.get(j);
            t[j] = p.min() + (p.max() - p.min()) * Math.min(1, Math.max(0, u[j]));
        }
        return t;
    }

    /** A run's value of an output; null when the run has none (or NaN). */
    private static Double valueOf(SortedMap<MetricKey, Double> v, ModelStudy.Output o) {
        Double x = v.get(new MetricKey(o.metric(), o.commodity(), o.region(), o.detail(), o.year()));
        return x == null || x.isNaN() ? null : x;
    }

    /**
     * The mean of every target over the replications at theta, and their standard errors: {means, ses}; a failed
     * run makes both null.
     */
    double[][] moments(double[] theta) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int j = 0; j < theta.length; j++) {
            values.put(params.get(j).path(), theta[j]);
        }
        // a fresh point index per evaluation: run functions may cache a scenario by index
        DesignPoint point = new DesignPoint(nextPoint++, batch.scenarios().get(0), values);
        int r = batch.replications();
        List<CalibrationSpec.Target> targets = spec.targets();
        double[][] sims = new double[targets.size()][r];
        for (int rep = 0; rep < r; rep++) {
            SortedMap<MetricKey, Double> v;
            try {
                v = fn.run(point, rep, batch.seed());
            } catch (Exception e) {
                failure = "replication " + rep + ": " + (e.getMessage() != null ? e.getMessage() : e.toString());
                return null;
            } finally {
                runs++;
            }
            for (int t = 0; t < targets.size(); t++) {
                CalibrationSpec.Target target = targets.get(t);
                Double x = valueOf(v, target.output());
                // a ratio target is the run's own ratio, so its spread over replications is the moment's
                Double base = target.baseYear() == null ? Double.valueOf(1.0) : valueOf(v, target.base());
                if (x == null || base == null || base == 0.0) {
                    failure = "replication " + rep + ": no value of " + target.name()
                            + (base != null && base == 0.0 ? " (its base year's value is 0)" : "");
                    return null;
                }
                sims[t][rep] = x / base;
            }
        }
        double[][] out = new double[2][targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            kozan.stats.RunningStats s = new kozan.stats.RunningStats();
            for (double x : sims[t]) {
                s.add(x);
            }
            out[0][t] = s.mean();
            out[1][t] = r > 1 ? s.sd() / Math.sqrt(r) : Double.NaN;
        }
        return out;
    }

    double objective(double[] theta) {
        double[][] m = moments(theta);
        if (m == null) {
            return FAILED;
        }
        double q = 0;
        for (int t = 0; t < spec.targets().size(); t++) {
            CalibrationSpec.Target target = spec.targets().get(t);
            double d = m[0][t] - target.value();
            q += target.weight() * d * d;
        }
        return q;
    }

    private double record(double[] u) {
        double[] theta = theta(u);
        double q = objective(theta);
        trace.add(new Evaluation(trace.size() + 1, start, theta, q));
        return q;
    }

    public Result run(long seed) {
        int k = params.size();
        boolean bobyqa = spec.optimizer() == CalibrationFile.OptimizerName.bobyqa
                || spec.optimizer() == null && k >= 2;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(k);
        sobol.skipTo(1); // the origin is a corner of the bounds
        PointValuePair best = null;
        for (start = 1; start <= spec.starts(); start++) {
            double[] u0 = new double[k];
            if (start == 1) {
                java.util.Arrays.fill(u0, 0.5);
            } else {
                u0 = sobol.nextVector();
            }
            PointValuePair p = optimise(u0, bobyqa, seed + start);
            if (p != null && (best == null || p.getValue() < best.getValue())) {
                best = p;
            }
        }
        // the best evaluation of the trace (an optimiser stopped by its budget still saw it)
        Evaluation bestEval = trace.stream().min(java.util.Comparator.comparingDouble(Evaluation::objective))
                .orElseThrow();
        double[] theta = bestEval.theta();
        List<ProfilePoint> profile = profile(theta);
        List<Estimate> estimates = estimates(theta);
        if (spec.targets().stream().allMatch(t -> !Double.isNaN(t.se()))) {
            estimates = withProfiles(estimates, profile, bestEval.objective());
        }
        List<Fit> fit = fit(theta);
        return new Result(estimates, bestEval.objective(), List.copyOf(trace), fit, profile, runs);
    }

    private PointValuePair optimise(double[] u0, boolean bobyqa, long seed) {
        int k = u0.length;
        double[] lo = new double[k];
        double[] hi = new double[k];
        java.util.Arrays.fill(hi, 1);
        ObjectiveFunction f = new ObjectiveFunction(this::record);
        try {
            if (bobyqa) {
                BOBYQAOptimizer o = new BOBYQAOptimizer(2 * k + 1, 0.2, 1e-4);
                return o.optimize(new MaxEval(spec.maxEvaluations()), f, GoalType.MINIMIZE, new InitialGuess(u0),
                        new SimpleBounds(lo, hi));
            }
            double[] sigma = new double[k];
            java.util.Arrays.fill(sigma, 0.3);
            CMAESOptimizer o = new CMAESOptimizer(spec.maxEvaluations(), 0, true, 0, 0, new MersenneTwister(seed),
                    false, null);
            return o.optimize(new MaxEval(spec.maxEvaluations()), f, GoalType.MINIMIZE, new InitialGuess(u0),
                    new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(k))));
        } catch (TooManyEvaluationsException e) {
            return null; // the trace keeps every evaluation; the best is taken from it
        }
    }

    private List<Estimate> estimates(double[] theta) {
        int k = theta.length;
        int nt = spec.targets().size();
        double[][] g = new double[nt][k];
        String[] failed = new String[k];
        for (int j = 0; j < k; j++) {
            BatchSpec.ParameterSpec p = params.get(j);
            double h = 0.01 * (p.max() - p.min());
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[j] = Math.min(p.max(), theta[j] + h);
            down[j] = Math.max(p.min(), theta[j] - h);
            double[][] mu = moments(up);
            double[][] md = mu == null ? null : moments(down);
            if (md == null) { // its column is not known: not zero, which would claim that no target moves with it
                failed[j] = p.path() + " = " + kozan.io.Numbers.format(mu == null ? up[j] : down[j]) + ", " + failure;
                continue;
            }
            for (int t = 0; t < nt; t++) {
                g[t][j] = (mu[0][t] - md[0][t]) / (up[j] - down[j]);
            }
        }
        double[] w = spec.targets().stream().mapToDouble(CalibrationSpec.Target::weight).toArray();
        double[] range = params.stream().mapToDouble(p -> p.max() - p.min()).toArray();
        Identification id = identify(g, failed, w, range, batch.replications());
        boolean seWeights = spec.targets().stream().allMatch(t -> !Double.isNaN(t.se()));
        List<Estimate> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            BatchSpec.ParameterSpec p = params.get(j);
            double se = !seWeights ? Double.NaN : id.se()[j];
            String note = !id.note()[j].isEmpty() ? id.note()[j]
                    : !seWeights ? "no standard error: targets with weights instead of se" : "";
            out.add(new Estimate(p.path(), theta[j], se, theta[j] - 1.96 * se, theta[j] + 1.96 * se, p.min(),
                    p.max(), note.isEmpty() || note.startsWith("no standard"), note));
        }
        return out;
    }

    static final String NO_TARGET_MOVES = "not identified: no target moves with it";
    /** The start of the note of a parameter whose finite-difference run failed, followed by the run and reason. */
    static final String RUN_FAILED = "unknown: a finite-difference run failed";
    static final String NOT_SEPARATED = "not identified: the targets do not separate it from the others (G'WG singular)";

    /** G'WG with a condition number above this is singular. */
    static final double SINGULAR_CONDITION = 1e12;

    /**
     * Per parameter, its standard error (NaN when not identified) and why it is not identified ("" when it is).
     *
     * @param se   in the parameter's units
     * @param note {@link #NO_TARGET_MOVES}, {@link #NOT_SEPARATED}, {@link #RUN_FAILED} with the run or ""
     */
    record Identification(double[] se, String[] note) {
    }

    /**
     * Which parameters the targets identify, and the standard errors of those that are, from the Jacobian g (targets
     * x parameters, in the parameters' units), the targets' weights w (1/se^2) and the parameters' ranges.
     * {@code failed[j]}, when not null, says which of parameter j's finite-difference runs failed and why: its column
     * is unknown, so its identification is unknown ({@link #RUN_FAILED}), and it is left out of G'WG as a zero column
     * is (the others' standard errors are then those with it held at the fit, as with a flat parameter).
     * <p>
     * Everything is judged on the standardised Jacobian sqrt(w_t) g_tj range_j: target t's change, in its standard
     * errors, over parameter j's whole range, so neither a parameter's unit (yen per t against a share) nor a
     * target's scale decides. A column is numerically zero, "no target moves with it", when its norm is at most 1e-6
     * of the largest column's (or every column is zero): such a column alone makes G'WG's condition number exceed
     * 1e12 = (1e-6)^-2, so this is the singularity rule below applied to one column, and a flat parameter (a
     * finite-difference residue such as 1e-17) no longer makes G'WG singular for the informative ones. G'WG is then
     * formed from the remaining columns; only if it is still singular (condition number above 1e12) are the
     * parameters that its near-null directions move (loading above 1e-3) marked "do not separate"; the others get
     * their standard error from the pseudo-inverse, which is theirs alone since those directions leave them still.
     */
    static Identification identify(double[][] g, String[] failed, double[] w, double[] range, int replications) {
        int nt = g.length;
        int k = range.length;
        double[][] z = new double[nt][k];
        double[] norm = new double[k];
        double largest = 0;
        for (int j = 0; j < k; j++) {
            for (int t = 0; t < nt && failed[j] == null; t++) {
                z[t][j] = Math.sqrt(w[t]) * g[t][j] * range[j];
                norm[j] = Math.hypot(norm[j], z[t][j]);
            }
            largest = Math.max(largest, norm[j]);
        }
        double[] se = new double[k];
        String[] note = new String[k];
        java.util.Arrays.fill(se, Double.NaN);
        List<Integer> moved = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            boolean zero = !(norm[j] > Math.sqrt(1 / SINGULAR_CONDITION) * largest);
            note[j] = failed[j] != null ? RUN_FAILED + " (" + failed[j] + ")" : zero ? NO_TARGET_MOVES : "";
            if (note[j].isEmpty()) {
                moved.add(j);
            }
        }
        if (moved.isEmpty()) {
            return new Identification(se, note);
        }
        RealMatrix zm = new Array2DRowRealMatrix(nt, moved.size());
        for (int c = 0; c < moved.size(); c++) {
            for (int t = 0; t < nt; t++) {
                zm.setEntry(t, c, z[t][moved.get(c)]);
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(zm.transpose().multiply(zm));
        double[] sv = svd.getSingularValues(); // descending
        RealMatrix v = svd.getV();
        double simulation = 1 + 1.0 / replications; // the moments are simulated (Gourieroux and Monfort 1996)
        for (int c = 0; c < moved.size(); c++) {
            double var = 0;
            double flat = 0;
            for (int i = 0; i < sv.length; i++) {
                double vi = v.getEntry(c, i);
                if (sv[i] * SINGULAR_CONDITION > sv[0]) {
                    var += vi * vi / sv[i];
                } else {
                    flat = Math.max(flat, Math.abs(vi));
                }
            }
            int j = moved.get(c);
            if (flat > 1e-3) {
                note[j] = NOT_SEPARATED;
            } else {
                se[j] = range[j] * Math.sqrt(simulation * var); // back from range units to the parameter's
            }
        }
        return new Identification(se, note);
    }

    private List<Fit> fit(double[] theta) {
        double[][] m = moments(theta);
        List<Fit> out = new ArrayList<>();
        for (int t = 0; t < spec.targets().size(); t++) {
            CalibrationSpec.Target target = spec.targets().get(t);
            double sim = m == null ? Double.NaN : m[0][t];
            double resid = sim - target.value();
            out.add(new Fit(target, sim, m == null ? Double.NaN : m[1][t], resid,
                    Double.isNaN(target.se()) ? Double.NaN : resid / target.se()));
        }
        return out;
    }

    private List<ProfilePoint> profile(double[] theta) {
        List<ProfilePoint> out = new ArrayList<>();
        int n = spec.profilePoints();
        for (int j = 0; j < theta.length && n >= 2; j++) {
            BatchSpec.ParameterSpec p = params.get(j);
            for (int i = 0; i < n; i++) {
                double[] t = theta.clone();
                t[j] = i == n - 1 ? p.max() : p.min() + (p.max() - p.min()) * i / (n - 1);
                out.add(new ProfilePoint(p.path(), t[j], objective(t)));
            }
        }
        return out;
    }

    /**
     * The estimates with the profile's verdict: a parameter whose profile rises by less than 1 over its range
     * (Q's chi-square(1) step) is not identified, whatever its standard error says.
     */
    static List<Estimate> withProfiles(List<Estimate> estimates, List<ProfilePoint> profile, double best) {
        List<Estimate> out = new ArrayList<>();
        for (Estimate e : estimates) {
            double max = profile.stream().filter(p -> p.parameter().equals(e.parameter()))
                    .mapToDouble(ProfilePoint::objective).max().orElse(Double.NaN);
            if (e.identified() && !Double.isNaN(max) && max - best < 1 && profile.size() > 0) {
                out.add(new Estimate(e.parameter(), e.value(), e.se(), e.low(), e.high(), e.lower(), e.upper(), false,
                        "not identified: Q rises by less than 1 over the whole range (profile.csv)"));
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
