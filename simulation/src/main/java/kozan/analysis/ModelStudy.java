package kozan.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.batch.BatchSpec;
import kozan.batch.DesignPoint;
import kozan.batch.MetricKey;
import kozan.batch.RunRecord;
import kozan.stats.RunningStats;

/**
 * A sensitivity study of the model run by the batch machinery: the Morris or Saltelli design mapped onto the
 * batch file's parameter ranges as design points (run by {@code kozan.batch.BatchJob} with replications and common
 * random numbers, journal and resume), then the indices of each output computed on the replication means of each
 * design point, and the share of the output variance that is the model's own randomness.
 *
 * <p>Design point order: Sobol' row j's k + 2 points (A_j, B_j, A_B^(1)_j ..) are points j (k + 2) ..; Morris
 * trajectory t's k + 1 points are points t (k + 1) ...
 */
public final class ModelStudy {

    /**
     * One output: an annual value of the batch's kept metrics.
     *
     * @param commodity "" for national totals or metrics without commodity
     * @param region    "" for national values
     * @param detail    "" for the metric's total row (e.g. all jobs_direct, not one mine stage)
     */
    public record Output(String metric, String commodity, String region, String detail, int year) {

        /** Its name in indices.csv: the non-empty parts joined by spaces, e.g. "import_dependence rare_earths 2040". */
        public String name() {
            StringBuilder b = new StringBuilder(metric);
            for (String part : new String[] {commodity, region, detail}) {
                if (!part.isEmpty()) {
                    b.append(' ').append(part);
                }
            }
            return b.append(' ').append(year).toString();
        }

        boolean matches(MetricKey k) {
            return k.metric().equals(metric) && k.commodity().equals(commodity) && k.region().equals(region)
                    && k.detail().equals(detail) && k.year() == year;
        }
    }

    /**
     * @param samples Sobol': N; Morris: trajectories r
     * @param levels  Morris grid levels
     * @param seed    Morris candidates and bootstrap
     */
    public record Settings(TestFunctionStudy.Method method, int samples, int levels, long seed, List<Output> outputs) {
    }

    /**
     * The model's own randomness in one output, by the one-way analysis of variance over design points: the
     * within-point sum of squares (replications around their point's mean) over the total sum of squares (all runs
     * around the grand mean). With one replication there is no within-point spread to measure (NaN).
     *
     * @param noiseVariance pooled within-point variance, withinSS / (P (R - 1)), in the output's unit squared
     * @param totalVariance variance of all P R runs, totalSS / (P R - 1)
     * @param share         withinSS / totalSS, in [0, 1]: 1 when the parameters move nothing
     */
    public record Noise(String output, int replications, double noiseVariance, double totalVariance, double share) {
    }

    /** indices.csv rows, convergence.csv rows (Sobol') and one noise row per output. */
    public record Result(List<Index> indices, List<ConvergenceRow> convergence, List<Noise> noise) {
    }

    private ModelStudy() {
    }

    /** The factors: every batch parameter must be a numeric range [min, max] (not a list of values, not integer). */
    public static List<Factor> factors(BatchSpec spec) {
        List<Factor> out = new ArrayList<>();
        for (BatchSpec.ParameterSpec p : spec.parameters()) {
            if (!p.isRange() || p.integer()) {
                throw new IllegalArgumentException("parameter " + p.path() + ": a sensitivity study needs a numeric"
                        + " range (min, max), not a list of values or an integer parameter");
            }
            out.add(new Factor(p.path(), p.min(), p.max()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the batch file varies no parameter");
        }
        return out;
    }

    /** The design points, in the order described above, all on the batch's one base scenario. */
    public static List<DesignPoint> points(BatchSpec spec, Settings s) {
        if (spec.scenarios().size() != 1) {
            throw new IllegalArgumentException("a sensitivity study needs exactly one base scenario in the batch file,"
                    + " found " + spec.scenarios().size());
        }
        List<Factor> factors = factors(spec);
        List<double[]> unit = new ArrayList<>();
        if (s.method() == TestFunctionStudy.Method.SOBOL) {
            SaltelliDesign d = new SaltelliDesign(factors.size(), s.samples());
            for (int j = 0; j < s.samples(); j++) {
                for (int p = 0; p < d.pointsPerRow(); p++) {
                    unit.add(d.point(j, p));
                }
            }
        } else {
            for (double[][] t : trajectories(factors.size(), s)) {
                unit.addAll(List.of(t));
            }
        }
        List<DesignPoint> points = new ArrayList<>(unit.size());
        for (double[] u : unit) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < u.length; i++) {
                values.put(factors.get(i).name(), factors.get(i).at(u[i]));
            }
            points.add(new DesignPoint(points.size(), spec.scenarios().get(0), values));
        }
        return points;
    }

    /** The study as a batch plan: its design points, all runs paired to point 0 (differences.csv means little here). */
    public static kozan.batch.BatchPlan plan(BatchSpec spec, Settings s, String specHash) {
        return new kozan.batch.BatchPlan(spec, points(spec, s), 0, specHash);
    }

    private static List<double[][]> trajectories(int k, Settings s) {
        return MorrisDesign.trajectories(k, s.levels(), s.samples(), StudySeeds.of(s.seed()).design());
    }

    /**
     * @param records every run of the design (the batch journal), successful
     * @throws IllegalArgumentException when a run failed or lacks an output
     */
    public static Result analyse(BatchSpec spec, Settings s, int replications, List<RunRecord> records) {
        List<Factor> factors = factors(spec);
        int k = factors.size();
        List<String> names = factors.stream().map(Factor::name).toList();
        int pointCount = s.method() == TestFunctionStudy.Method.SOBOL ? s.samples() * (k + 2) : s.samples() * (k + 1);
        long bootstrap = StudySeeds.of(s.seed()).bootstrap();
        List<Index> indices = new ArrayList<>();
        List<ConvergenceRow> convergence = new ArrayList<>();
        List<Noise> noise = new ArrayList<>();
        for (Output o : s.outputs()) {
            double[][] perRun = new double[pointCount][replications];
            for (RunRecord r : records) {
                if (!r.ok()) {
                    throw new IllegalArgumentException("run " + r.run() + " failed (" + r.error() + "); indices need"
                            + " every run of the design");
                }
                perRun[r.point()][r.replication()] = value(r, o);
            }
            double[] mean = new double[pointCount];
            RunningStats all = new RunningStats();
            double withinSs = 0;
            for (int p = 0; p < pointCount; p++) {
                RunningStats here = new RunningStats();
                for (double v : perRun[p]) {
                    here.add(v);
                    all.add(v);
                }
                mean[p] = here.mean();
                withinSs += replications > 1 ? here.variance() * (replications - 1) : Double.NaN;
            }
            double totalSs = all.variance() * (all.n() - 1);
            noise.add(new Noise(o.name(), replications, withinSs / (pointCount * (replications - 1.0)),
                    all.variance(), withinSs / totalSs));
            if (s.method() == TestFunctionStudy.Method.SOBOL) {
                double[][] y = new double[s.samples()][k + 2];
                for (int j = 0; j < s.samples(); j++) {
                    System.arraycopy(mean, j * (k + 2), y[j], 0, k + 2);
                }
                indices.addAll(SobolIndices.indices(names, o.name(), y, bootstrap));
                convergence.addAll(SobolIndices.convergence(names, o.name(), y, bootstrap));
            } else {
                double[][] y = new double[s.samples()][k + 1];
                for (int t = 0; t < s.samples(); t++) {
                    System.arraycopy(mean, t * (k + 1), y[t], 0, k + 1);
                }
                indices.addAll(MorrisEffects.indices(names, o.name(), trajectories(k, s), y, bootstrap));
            }
        }
        return new Result(indices, convergence, noise);
    }

    private static double value(RunRecord r, Output o) {
        Double found = null;
        for (Map.Entry<MetricKey, Double> e : r.values().entrySet()) {
            if (o.matches(e.getKey())) {
                found = e.getValue(); // (metric, commodity, region, detail, year) is a run's key: one match at most
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("run " + r.run() + " has no value of output " + o.name()
                    + "; keep its metric and year in the batch file");
        }
        return found;
    }
}
