package kozan.observe;

import kozan.model.MiningEconomy;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records every metric at the end of each month (ordering 6): calls each definition's reporter in catalogue
 * order, so the row order within a step is fixed and equal runs give identical row streams. It computes
 * nothing itself: the model's national accounts hold value added and the national jobs. Metrics and months the
 * sink says it does not use ({@link RowSink#wantsMetric}, {@link RowSink#wantsMonth}) are not recorded at all: the
 * rows a sink keeps are the same either way.
 */
public final class Recorder implements Steppable {

    private static final long serialVersionUID = 1L;

    private final MonthRows rows;
    private final RowSink sink;
    /** The catalogue's metrics the sink uses ({@link RowSink#wantsMetric}), in catalogue order. */
    private final MetricDef[] metrics;
    /** The impact rows after the metric rows, when the sink takes them (impacts.csv); else null. */
    private final kozan.observe.impacts.ImpactRecorder impacts;

    public Recorder(MiningEconomy economy, RowSink sink) {
        this.rows = new MonthRows(economy, sink);
        this.sink = sink;
        this.metrics = Metrics.ALL.stream().filter(d -> sink.wantsMetric(d.name())).toArray(MetricDef[]::new);
        this.impacts = sink.wantsImpacts() ? new kozan.observe.impacts.ImpactRecorder(economy, sink) : null;
    }

    /** Attaches a recorder writing to {@code sink} at ordering 6 of every (re)start of the economy. */
    public static void attach(MiningEconomy economy, RowSink sink) {
        economy.addStartHook(e -> e.phase(MiningEconomy.ORDERING_OBSERVERS).add(new Recorder(e, sink)));
    }

    @Override
    public void step(SimState state) {
        int step = ((MiningEconomy) state).step();
        if (!sink.wantsMonth(step)) {
            return; // a month the sink drops whole: reporters read the model and keep nothing, so skipping is exact
        }
        rows.begin(step);
        for (MetricDef d : metrics) {
            d.reporter().report(rows, d.name());
        }
        if (impacts != null) {
            impacts.record(step);
        }
    }
}
