package kozan.batch;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Leaves a core to the JIT compiler while it is busy: when a batch has as many workers as the machine has cores,
 * one worker waits until the compiler has quieted, then every worker runs.
 *
 * <p>Why: at the start of a batch the JIT compiles the model (C1, then C2: about 9 s of compiler time for the
 * baseline). With every core running a replication the compiler queues behind the workers, so the code stays
 * interpreted or C1-compiled for longer and C2's work falls into the batch's later runs; on 2 cores the batch
 * compiled for 14 s against 9 s when its first runs went one at a time (docs/batch.md, "Performance"). This is
 * also how {@code kozan bench} warms up (its warm-up runs on one thread), so the two are measured alike.
 *
 * <p>Rule: the compiler is busy while the compilation time it reports (summed over its threads,
 * {@link CompilationMXBean#getTotalCompilationTime()}) grows by at least {@link #BUSY_SHARE} of the wall time over a
 * window of at least {@link #WINDOW_NANOS}. The first window whose share is below that opens the gate for good (no
 * flapping); so does the {@link #MAX_HELD_RUNS}th completed run, whatever the compiler does. With fewer workers than
 * cores, with one worker, or where the JVM does not report compilation time, the gate is open from the start.
 * Only the order and timing of runs change, never their results (each run's seed is its own).
 *
 * <p>Thread-safe: workers call {@link #enter()} before a run and {@link #leave()} after it.
 */
final class CompilerWarmUpGate {

    /** Compiler ms per wall ms (all compiler threads) above which the compiler still needs a core. */
    static final double BUSY_SHARE = 0.5;
    /** The shortest window over which the share is judged: 0.5 s, about ten warm baseline runs on one core. */
    static final long WINDOW_NANOS = 500_000_000L;
    /** Completed runs after which the gate opens even if the compiler is still busy. */
    static final int MAX_HELD_RUNS = 1_000;

    private final Semaphore slots;
    private final int held;
    private final LongSupplier compileMillis;
    private final LongSupplier nanoClock;
    private boolean open;
    private int completed;
    private long windowStartNanos;
    private long windowStartCompileMillis;

    /**
     * @param workers       the batch's worker threads
     * @param cores         the machine's cores
     * @param compileMillis the compiler's total time so far, ms, or null when the JVM does not report it
     * @param nanoClock     wall clock, ns
     */
    CompilerWarmUpGate(int workers, int cores, LongSupplier compileMillis, LongSupplier nanoClock) {
        this.held = workers > 1 && workers >= cores && compileMillis != null ? 1 : 0;
        this.slots = new Semaphore(workers - held);
        this.compileMillis = compileMillis;
        this.nanoClock = nanoClock;
        this.open = held == 0;
        if (!open) {
            windowStartNanos = nanoClock.getAsLong();
            windowStartCompileMillis = compileMillis.getAsLong();
        }
    }

    /** The gate for {@code workers} threads on this machine and JVM. */
    static CompilerWarmUpGate forThisJvm(int workers) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        LongSupplier compile = jit != null && jit.isCompilationTimeMonitoringSupported()
                ? jit::getTotalCompilationTime : null;
        return new CompilerWarmUpGate(workers, Runtime.getRuntime().availableProcessors(), compile,
                System::nanoTime);
    }

    /** Waits for a worker's place. */
    void enter() throws InterruptedException {
        slots.acquire();
    }

    /** Gives the place back after a run, and opens the gate once the compiler has quieted. */
    void leave() {
        slots.release();
        synchronized (this) {
            if (open) {
                return;
            }
            completed++;
            long now = nanoClock.getAsLong();
            long elapsed = now - windowStartNanos;
            if (completed < MAX_HELD_RUNS && elapsed < WINDOW_NANOS) {
                return;
            }
            long compiled = compileMillis.getAsLong();
            double share = (compiled - windowStartCompileMillis) / (elapsed / 1e6);
            if (completed >= MAX_HELD_RUNS || share < BUSY_SHARE) {
                open = true;
                slots.release(held);
            } else {
                windowStartNanos = now;
                windowStartCompileMillis = compiled;
            }
        }
    }

    /** Whether every worker may run. */
    synchronized boolean isOpen() {
        return open;
    }

    /** Runs completed while the gate was closed (the count at which it opened, once open). */
    synchronized int heldRuns() {
        return completed;
    }
}
