package kozan.observe;

import java.util.List;
import kozan.model.MiningEconomy;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records every metric at the end of each month (ordering 6) by running the metric families in catalogue
 * order; the row order within a step is fixed, so equal runs give identical row streams.
 */
public final class Recorder implements Steppable {

    private static final long serialVersionUID = 1L;

    private final RowSink sink;
    private final List<MetricFamily> families;

    public Recorder(MiningEconomy economy, RowSink sink) {
        this.sink = sink;
        this.families = List.of(new CommodityMetrics(), new JobMetrics(economy.regions()), new NationalMetrics());
    }

    /** Attaches a recorder writing to {@code sink} at ordering 6 of every (re)start of the economy. */
    public static void attach(MiningEconomy economy, RowSink sink) {
        economy.addStartHook(e -> e.phase(MiningEconomy.ORDERING_OBSERVERS).add(new Recorder(e, sink)));
    }

    @Override
    public void step(SimState state) {
        MiningEconomy economy = (MiningEconomy) state;
        int step = economy.step();
        for (MetricFamily f : families) {
            f.emit(economy, step, sink);
        }
    }
}
