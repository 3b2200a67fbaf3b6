package kozan.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch spec expanded into design points and runs. Run r is design point r / replications, replication
 * r % replications: the canonical output order. Every design point's replication k uses the same base seed
 * and k, hence the same random draws (common random numbers).
 *
 * @param specHash sha256 (hex) of the batch file and the base scenario files: resume and merge refuse to mix
 *                 results of different inputs
 */
public record BatchPlan(BatchSpec spec, List<DesignPoint> points, int baseline, String specHash) {

    public static BatchPlan of(BatchSpec spec, String specHash) {
        List<DesignPoint> points = DesignPoints.withBaseline(spec);
        int baseline = Math.max(0, DesignPoints.baselineIndex(spec, points));
        return new BatchPlan(spec, points, baseline, specHash);
    }

    public int replications() {
        return spec.replications();
    }

    public int runs() {
        return Math.multiplyExact(points.size(), spec.replications());
    }

    public int pointOf(int run) {
        return run / spec.replications();
    }

    public int replicationOf(int run) {
        return run % spec.replications();
    }

    /** The varied parameter paths, in spec order (the parameter columns of every output). */
    public List<String> parameterPaths() {
        List<String> out = new ArrayList<>();
        spec.parameters().forEach(p -> out.add(p.path()));
        return out;
    }
}
