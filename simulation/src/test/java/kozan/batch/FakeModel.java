package kozan.batch;

import ec.util.MersenneTwisterFast;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A stand-in for the model: deterministic in (design point, replication, seed), with noise shared by every
 * design point at the same replication (common random numbers) and a small point-specific part. Sleeps a
 * run-dependent time so runs finish out of order on several threads. Fails when the parameter "fail.me" is 1.
 */
public class FakeModel implements BatchRunner.RunFunction {

    static final String SUBSIDY = "government.exploration_subsidy";

    @Override
    public SortedMap<MetricKey, Double> run(DesignPoint point, int replication, long baseSeed) throws Exception {
        Object fail = point.values().get("fail.me");
        if (fail instanceof Number n && n.doubleValue() == 1) {
            throw new IllegalStateException("model exploded at design point " + point.index());
        }
        MersenneTwisterFast shared = new MersenneTwisterFast(masterSeed(baseSeed, replication));
        MersenneTwisterFast own = new MersenneTwisterFast(masterSeed(baseSeed, replication) * 7919 + point.index());
        Thread.sleep((point.index() * 7L + replication * 3L) % 5);
        double subsidy = point.values().get(SUBSIDY) instanceof Number n ? n.doubleValue() : 0;
        double scale = point.scenario().id().equals("shock") ? 2 : 1;
        SortedMap<MetricKey, Double> out = new TreeMap<>();
        for (int year : new int[] {2030, 2035}) {
            double common = shared.nextGaussian() * 50;
            out.put(new MetricKey("imports_t", "copper", "", "", year),
                    scale * (1000 - 400 * subsidy) + common + own.nextGaussian());
            out.put(new MetricKey("jobs_direct", "", "hokkaido", "production", year),
                    10 + 30 * subsidy + common / 10 + own.nextGaussian() * 0.1);
        }
        return out;
    }

    @Override
    public long masterSeed(long baseSeed, int replication) {
        return baseSeed * 1_000_003L + replication;
    }
}
