package kozan.cli;

import java.util.List;
import kozan.io.RunFunction;
import kozan.observe.MetricDef;

/** What the commands need from the model: how to run one replication and which metrics it emits. */
public interface Engine {

    RunFunction runFunction();

    List<MetricDef> metrics();
}
