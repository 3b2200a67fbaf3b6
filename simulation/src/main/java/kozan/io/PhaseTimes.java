package kozan.io;

import java.io.PrintStream;

/**
 * Where a run's wall time goes, for docs/performance.md ("Cold start"): with {@code KOZAN_TIMING=1} in the
 * environment each phase prints one line to stderr, {@code timing: <phase> <ms since the JVM started> (+<ms since the
 * last phase>)}. Off by default, and then free.
 */
public final class PhaseTimes {

    private static final boolean ON = System.getenv("KOZAN_TIMING") != null;
    private static final long START = ON ? startMillis() : 0;
    private static long last = START;

    private PhaseTimes() {
    }

    /** Marks the end of a phase. */
    public static synchronized void mark(String phase) {
        if (ON) {
            long now = System.currentTimeMillis();
            PrintStream err = System.err;
            err.printf(java.util.Locale.ROOT, "timing: %-24s %6d ms (+%d)%n", phase, now - START, now - last);
            last = now;
        }
    }

    /**
     * When the JVM started, ms since the epoch. Not the process's start instant: Linux derives that from the boot time
     * in whole seconds, so it was up to a second early and the "start" phase read 0.97 s where the JVM had run 0.44 s.
     */
    private static long startMillis() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
