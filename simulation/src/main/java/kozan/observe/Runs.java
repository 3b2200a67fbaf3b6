package kozan.observe;

import kozan.model.MiningEconomy;
import kozan.model.random.Seeds;
import kozan.scenario.Scenario;

/** Runs one replication of a scenario headless, streaming rows to a sink. */
public final class Runs {

    /** What one run did: replication, its master seed, steps run, wall time in nanoseconds. */
    public record RunStats(int replication, long masterSeed, int steps, long nanos) {
    }

    private Runs() {
    }

    /**
     * Simulates replication {@code replication} (master seed = Seeds.master(run.seed, replication)) for the
     * scenario's horizon. The caller owns the sink (it is not closed here).
     */
    public static RunStats simulate(Scenario s, int replication, RowSink sink) {
        long t0 = System.nanoTime();
        long master = Seeds.master(s.run().seed(), replication);
        MiningEconomy economy = new MiningEconomy(s, master);
        Recorder.attach(economy, sink);
        economy.start();
        int steps = s.steps();
        for (int i = 0; i < steps; i++) {
            economy.schedule.step(economy);
        }
        economy.finish();
        return new RunStats(replication, master, steps, System.nanoTime() - t0);
    }
}
