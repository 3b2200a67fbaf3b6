package kozan.cli;

import java.util.List;
import kozan.io.ReplicationStats;
import kozan.io.RunFunction;
import kozan.observe.MetricDef;
import kozan.observe.Metrics;
import kozan.observe.Runs;

/** The real model: {@link Runs#simulate} and {@link Metrics#ALL}. */
final class ModelEngine implements Engine {

    @Override
    public RunFunction runFunction() {
        return (scenario, replication, sink) -> {
            var stats = Runs.simulate(scenario, replication, sink);
            return new ReplicationStats(stats.replication(), stats.masterSeed(), stats.steps(), stats.nanos());
        };
    }

    @Override
    public List<MetricDef> metrics() {
        return Metrics.ALL;
    }
}
