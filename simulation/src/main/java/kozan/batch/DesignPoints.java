package kozan.batch;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the design points of a batch: a full grid, or a Latin hypercube of N points per base scenario drawn
 * from a seeded MersenneTwisterFast so the same spec always gives the same design.
 */
public final class DesignPoints {

    private DesignPoints() {
    }

    /** The points in canonical order: scenarios in spec order, then the grid (last parameter fastest) or LHS rows. */
    public static List<DesignPoint> generate(BatchSpec spec) {
        List<Map<String, Object>> combos = spec.design() == BatchSpec.Design.GRID
                ? grid(spec.parameters()) : latinHypercube(spec.parameters(), spec.points(), spec.designSeed());
        List<DesignPoint> out = new ArrayList<>();
        for (BatchSpec.ScenarioRef s : spec.scenarios()) {
            for (Map<String, Object> c : combos) {
                out.add(new DesignPoint(out.size(), s, c));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The baseline's index: the design point whose scenario and listed parameter values match the spec's
     * baseline (0 when none is given), or -1 when no design point matches (the caller then adds it).
     */
    public static int baselineIndex(BatchSpec spec, List<DesignPoint> points) {
        BatchSpec.BaselineSpec b = spec.baseline();
        if (b == null) {
            return 0;
        }
        for (DesignPoint p : points) {
            if (p.scenario().id().equals(b.scenario()) && b.parameters().size() == p.values().size()
                    && b.parameters().entrySet().stream().allMatch(e -> same(e.getValue(), p.values().get(e.getKey())))) {
                return p.index();
            }
        }
        return -1;
    }

    /** The design points plus, when the baseline is not one of them, the baseline prepended as point 0. */
    public static List<DesignPoint> withBaseline(BatchSpec spec) {
        List<DesignPoint> points = generate(spec);
        if (baselineIndex(spec, points) >= 0) {
            return points;
        }
        BatchSpec.BaselineSpec b = spec.baseline();
        BatchSpec.ScenarioRef ref = spec.scenarios().stream().filter(s -> s.id().equals(b.scenario())).findFirst()
                .orElseThrow();
        List<DesignPoint> out = new ArrayList<>();
        out.add(new DesignPoint(0, ref, Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters()))));
        for (DesignPoint p : points) {
            out.add(new DesignPoint(p.index() + 1, p.scenario(), p.values()));
        }
        return Collections.unmodifiableList(out);
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    private static List<Map<String, Object>> grid(List<BatchSpec.ParameterSpec> ps) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (BatchSpec.ParameterSpec p : ps) {
            List<Object> levels = p.isRange() ? linspace(p) : p.values();
            List<Map<String, Object>> next = new ArrayList<>(out.size() * levels.size());
            for (Map<String, Object> base : out) {
                for (Object v : levels) {
                    Map<String, Object> m = new LinkedHashMap<>(base);
                    m.put(p.path(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return freeze(out);
    }

    private static List<Object> linspace(BatchSpec.ParameterSpec p) {
        int n = Math.max(2, p.steps());
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Endpoints exactly min and max; interior points by interpolation (no accumulated rounding).
            double v = i == n - 1 ? p.max() : p.min() + (p.max() - p.min()) * i / (n - 1);
            out.add(p.integer() ? (Object) Math.round(v) : (Object) v);
        }
        return out;
    }

    /**
     * Latin hypercube: for each parameter, the N points fall one in each of N equal-probability strata, in an
     * independent random order; within a stratum the position is uniform. A {@code values} parameter maps
     * stratum i to value floor(i * K / N) so each of its K values is used about N / K times.
     */
    private static List<Map<String, Object>> latinHypercube(List<BatchSpec.ParameterSpec> ps, int n, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new LinkedHashMap<>());
        }
        for (BatchSpec.ParameterSpec p : ps) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                double u = rng.nextDouble();
                Object v;
                if (p.isRange()) {
                    double x = p.min() + (p.max() - p.min()) * (perm[i] + u) / n;
                    v = p.integer() ? (Object) Math.round(x) : (Object) x;
                } else {
                    v = p.values().get((int) ((long) perm[i] * p.values().size() / n));
                }
                out.get(i).put(p.path(), v);
            }
        }
        return freeze(out);
    }

    private static List<Map<String, Object>> freeze(List<Map<String, Object>> in) {
        List<Map<String, Object>> out = new ArrayList<>(in.size());
        in.forEach(m -> out.add(Collections.unmodifiableMap(m)));
        return out;
    }
}
