package kozan.batch;

import java.lang.management.ManagementFactory;

/**
 * Times the run phase of one batch process (first run handed out to last run journalled) and, apart, its warm
 * part: the runs after the first {@link #WARM_UP_RUNS}, which exclude the JIT's warm-up as {@code kozan bench
 * --warmup} does, so a batch's runs/s can be set against bench's in one session (docs/batch.md, "Performance").
 * Loading, the final tables, charts and the JVM's start are outside both. Thread-safe.
 */
public final class RunPhaseClock {

    /**
     * Runs left out of the warm figures: 20, enough for the JIT to compile the model's hot paths (about 1 s), as
     * {@code kozan bench --warmup 20}; {@code -Dkozan.batch.warmUpRuns=N} sets another count, to time a batch against
     * {@code bench --warmup N} once the compiler has finished (scripts/bench-batch-ratio.sh, {@code WARMUP=N}).
     */
    public static final int WARM_UP_RUNS = Math.max(1, Integer.getInteger("kozan.batch.warmUpRuns", 20));

    private final long startNanos = System.nanoTime();
    private int runs;
    private long lastNanos = startNanos;
    private long warmStartNanos;
    private long warmStartCpuNanos;

    /** Counts one journalled run. */
    synchronized void runDone() {
        runs++;
        lastNanos = System.nanoTime();
        if (runs == WARM_UP_RUNS) {
            warmStartNanos = lastNanos;
            warmStartCpuNanos = processCpuNanos();
        }
    }

    /**
     * The figures so far; call once the runs are over (it reads the CPU time used up to now).
     *
     * @param compilerGateRuns runs completed before every worker ran ({@link CompilerWarmUpGate#heldRuns()})
     */
    synchronized RunPhase figures(int compilerGateRuns) {
        long cpu = processCpuNanos();
        int warmRuns = runs - WARM_UP_RUNS;
        if (warmRuns < 1) {
            return new RunPhase(runs, (lastNanos - startNanos) / 1e9, 0, Double.NaN, Double.NaN, compilerGateRuns);
        }
        double warmSeconds = (lastNanos - warmStartNanos) / 1e9;
        double warmCpu = cpu < 0 || warmStartCpuNanos < 0 ? Double.NaN : (cpu - warmStartCpuNanos) / 1e9;
        return new RunPhase(runs, (lastNanos - startNanos) / 1e9, warmRuns, warmSeconds, warmCpu, compilerGateRuns);
    }

    /**
     * What the runs of one process took.
     *
     * @param runs           runs journalled by this process (a resume's earlier runs not counted)
     * @param seconds        wall time of the run phase, s
     * @param warmRuns       runs after the first {@link #WARM_UP_RUNS} (0 when there were not more)
     * @param warmSeconds    wall time from the end of the warm-up run to the last run, s (NaN when no warm runs)
     * @param warmCpuSeconds CPU time of the whole process (every thread, GC and JIT included) over the same span, s
     *                       (NaN when the JVM does not report it)
     * @param compilerGateRuns runs completed while one worker waited for the JIT compiler to quiet
     *                       ({@link CompilerWarmUpGate}; 0 when all workers ran from the start)
     */
    public record RunPhase(int runs, double seconds, int warmRuns, double warmSeconds, double warmCpuSeconds,
                           int compilerGateRuns) {

        /** Warm runs per second of wall time (NaN without warm runs). */
        double warmRunsPerSecond() {
            return warmRuns / warmSeconds;
        }

        /** Process CPU seconds per warm run (NaN when unknown). */
        double warmCpuPerRun() {
            return warmCpuSeconds / warmRuns;
        }
    }

    /** CPU time used by this process so far (every thread), ns, or -1 where the JVM does not report it. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
