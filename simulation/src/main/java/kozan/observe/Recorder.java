package kozan.observe;

import kozan.model.MiningEconomy;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records every metric at the end of each month (ordering 6): calls each definition's reporter in catalogue
 * order, so the row order within a step is fixed and equal runs give identical row streams. It computes
 * nothing itself: the model's national accounts hold value added and the national jobs.
 */
public final class Recorder implements Steppable {

    private static final long serialVersionUID = 1L;

    private final MonthRows rows;
    private final MetricDef[] metrics = Metrics.ALL.toArray(new MetricDef[0]);
    /** The impact rows after the metric rows, when the sink takes them (impacts.csv); else null. */
    private final kozan.observe.impacts.ImpactRecorder impacts;

    public Recorder(MiningEconomy economy, RowSink sink) {
        this.rows = new MonthRows(economy, sink);
        this.impacts = sink.wantsImpacts() ? new kozan.observe.impacts.ImpactRecorder(economy, sink) : null;
    }

    /** Attaches a recorder writing to {@code sink} at ordering 6 of every (re)start of the economy. */
    public static void attach(MiningEconomy economy, RowSink sink) {
        economy.addStartHook(e -> e.phase(MiningEconomy.ORDERING_OBSERVERS).add(new Recorder(e, sink)));
    }

    @Override
    public void step(SimState state) {
        rows.begin(((MiningEconomy) state).step());
        for (MetricDef d : metrics) {
            d.reporter().report(rows, d.name());
        }
        if (impacts != null) {
            impacts.record(((MiningEconomy) state).step());
        }
    }
}
