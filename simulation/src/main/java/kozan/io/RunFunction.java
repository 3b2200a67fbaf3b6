package kozan.io;

import kozan.observe.RowSink;
import kozan.scenario.Scenario;

/**
 * Runs one replication of a scenario headless, sending every metric row to the sink (in step order), and
 * returns its statistics. The caller owns and closes the sink. The production implementation wraps
 * {@code kozan.observe.Runs.simulate}; tests pass synthetic row streams.
 */
@FunctionalInterface
public interface RunFunction {

    ReplicationStats run(Scenario scenario, int replication, RowSink sink);
}
