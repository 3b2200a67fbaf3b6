package kozan.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a batch: the first one asks the command to stop (runs in flight are dropped,
 * finished ones stay in the journal) so it returns its documented exit code 4 instead of the JVM's 130 or 143;
 * a second one stops the process at once, still with 4. Without this the JVM exits from its shutdown hooks and
 * the exit code is 128 + the signal number. The previous handlers are restored on {@link #close()}.
 */
final class StopSignals implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final List<Signal> installed = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private volatile boolean stopped;

    private StopSignals() {
    }

    /** Installs the handlers; {@code onStop} runs (on a signal thread) at the first signal. */
    static StopSignals install(Runnable onStop) {
        StopSignals s = new StopSignals();
        SignalHandler handler = sig -> {
            if (s.stopped) {
                Runtime.getRuntime().halt(BatchCommand.INCOMPLETE);
            }
            s.stopped = true;
            onStop.run();
        };
        for (String name : SIGNALS) {
            try {
                Signal sig = new Signal(name);
                s.previous.add(Signal.handle(sig, handler));
                s.installed.add(sig);
            } catch (IllegalArgumentException unavailable) {
                // The platform or the JVM (-Xrs) does not let us handle it: the default behaviour stays.
            }
        }
        return s;
    }

    /** Whether a stop signal arrived. */
    boolean stopped() {
        return stopped;
    }

    @Override
    public void close() {
        for (int i = 0; i < installed.size(); i++) {
            Signal.handle(installed.get(i), previous.get(i));
        }
    }
}
