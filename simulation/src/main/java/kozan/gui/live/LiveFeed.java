package kozan.gui.live;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import kozan.observe.RowSink;

/**
 * The GUI's row sink: collects the rows the Recorder emits during a month and, when the GUI's after-step hook
 * calls {@link #endOfStep}, publishes them as one {@link Snapshot} to every listener (on the model thread;
 * listeners that touch Swing hand over with SwingUtilities.invokeLater). It only reads rows, so attaching it
 * never changes results.
 */
public final class LiveFeed implements RowSink {

    private final YearMonth start;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private Map<RowKey, Double> pending = new LinkedHashMap<>();
    private int pendingStep = -1;
    private volatile Snapshot latest;

    /** @param start the scenario's first month (step 0) */
    public LiveFeed(YearMonth start) {
        this.start = start;
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    @Override
    public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        if (step != pendingStep && !pending.isEmpty()) {
            publish();
        }
        pendingStep = step;
        pending.put(new RowKey(metric, commodity, region, detail), value);
    }

    /** Publishes the rows of the month just stepped, if any. */
    public void endOfStep() {
        if (!pending.isEmpty()) {
            publish();
        }
    }

    private void publish() {
        Snapshot s = new Snapshot(pendingStep, start.plusMonths(pendingStep), pending);
        pending = new LinkedHashMap<>();
        latest = s;
        for (Consumer<Snapshot> l : listeners) {
            l.accept(s);
        }
    }

    /** The last published month, or null before the first. */
    public Snapshot latest() {
        return latest;
    }

    /** Forgets the pending rows and the latest snapshot (a new run starts). */
    public void reset() {
        pending = new LinkedHashMap<>();
        pendingStep = -1;
        latest = null;
    }
}
