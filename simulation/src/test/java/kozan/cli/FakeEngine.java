package kozan.cli;

import java.util.List;
import kozan.io.ReplicationStats;
import kozan.io.RunFunction;
import kozan.observe.Aggregation;
import kozan.observe.MetricDef;
import kozan.scenario.CommoditySpec;

/** A deterministic stand-in for the model: a few metrics per commodity, varying with replication and step. */
final class FakeEngine implements Engine {

    private final double offset;
    private final RuntimeException failure;

    FakeEngine(double offset) {
        this(offset, null);
    }

    FakeEngine(double offset, RuntimeException failure) {
        this.offset = offset;
        this.failure = failure;
    }

    @Override
    public List<MetricDef> metrics() {
        return List.of(
                MetricDef.of("imports_t", "t", Aggregation.SUM, "[commodity]", "imports"),
                MetricDef.of("supply_t", "t", Aggregation.SUM, "[commodity]", "supply"),
                MetricDef.ratio("import_dependence", "imports_t", "supply_t", "[commodity]", "import share"),
                MetricDef.of("domestic_refined_output_t", "t", Aggregation.SUM, "[commodity]", "refined output"),
                MetricDef.of("jobs_direct", "persons", Aggregation.MEAN, "[region, detail=stage]", "mine jobs"));
    }

    @Override
    public RunFunction runFunction() {
        return (scenario, replication, sink) -> {
            if (failure != null) {
                throw failure;
            }
            for (int step = 0; step < scenario.steps(); step++) {
                for (CommoditySpec c : scenario.commodities()) {
                    double domestic = offset + replication + step / 12.0;
                    sink.accept(step, "imports_t", c.id(), "", "", 100);
                    sink.accept(step, "supply_t", c.id(), "", "", 100 + domestic);
                    sink.accept(step, "import_dependence", c.id(), "", "", 100 / (100 + domestic));
                    sink.accept(step, "domestic_refined_output_t", c.id(), "", "", domestic);
                }
                sink.accept(step, "jobs_direct", "", "tohoku", "OPERATION", 100 + replication);
                sink.accept(step, "jobs_direct", "", "kyushu", "OPERATION", 50);
            }
            return new ReplicationStats(replication, 7000 + replication, scenario.steps(), 1000);
        };
    }
}
