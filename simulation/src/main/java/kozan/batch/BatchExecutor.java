package kozan.batch;

import java.io.IOException;
import java.util.BitSet;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a batch part on a fixed pool of threads. Runs are handed out in canonical order through a bounded
 * window (at most 2 x threads queued or running), each finished run is appended to the journal at once,
 * and nothing else about a run stays in memory: memory does not grow with the number of runs.
 * A run that throws is journalled as failed and the batch goes on.
 */
public final class BatchExecutor {

    private final int threads;
    private volatile boolean aborted;
    private volatile Journal journal;
    private volatile ExecutorService pool;

    public BatchExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Counts for one execution.
     *
     * @param runPhase how long this process's runs took (manifest.json's run_phase)
     */
    public record Outcome(int total, int ran, int skipped, int failed, boolean aborted,
                          RunPhaseClock.RunPhase runPhase) {
    }

    /**
     * Runs every run of {@code shard} that {@code done} does not already hold.
     *
     * @param done runs found in the journal (resume), skipped here
     */
    public Outcome execute(BatchPlan plan, BatchRunner.RunFunction fn, Journal journal, Shard shard, BitSet done,
                           int alreadyFailed, BatchProgress progress) throws IOException, InterruptedException {
        this.journal = journal;
        int total = 0;
        int skipped = 0;
        for (int run = 0; run < plan.runs(); run++) {
            if (shard.contains(run)) {
                total++;
                if (done.get(run)) {
                    skipped++;
                }
            }
        }
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<IOException> ioFailure = new AtomicReference<>();
        Semaphore window = new Semaphore(2 * threads);
        pool = Executors.newFixedThreadPool(threads, daemonThreads());
        progress.start(total, skipped, alreadyFailed);
        RunPhaseClock clock = new RunPhaseClock();
        CompilerWarmUpGate gate = CompilerWarmUpGate.forThisJvm(threads);
        try {
            for (int run = 0; run < plan.runs() && !aborted && ioFailure.get() == null; run++) {
                if (!shard.contains(run) || done.get(run)) {
                    continue;
                }
                if (!acquire(window)) {
                    break; // aborted
                }
                final int r = run;
                Runnable task = () -> {
                    try {
                        gate.enter();
                        RunRecord rec;
                        try {
                            rec = runOne(plan, fn, r);
                        } finally {
                            gate.leave();
                        }
                        journal.write(rec);
                        if (!aborted) {
                            ran.incrementAndGet();
                            clock.runDone();
                            if (!rec.ok()) {
                                failed.incrementAndGet();
                            }
                            progress.runDone(rec.ok());
                        }
                    } catch (IOException e) {
                        ioFailure.compareAndSet(null, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // abort() while waiting at the gate: the run never started
                    } finally {
                        window.release();
                    }
                };
                try {
                    pool.execute(task);
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    if (!aborted) {
                        throw stopped;
                    }
                    break; // abort() shut the pool between the check and the hand-over
                }
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (aborted) {
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        if (ioFailure.get() != null) {
            throw new IOException("cannot write the journal: " + ioFailure.get().getMessage(), ioFailure.get());
        }
        return new Outcome(total, ran.get(), skipped, failed.get(), aborted, clock.figures(gate.heldRuns()));
    }

    /**
     * Takes a place in the window, or returns false once the batch is aborted. Waits in short slices rather than
     * blocking: abort() drops the queued runs (shutdownNow), whose places are then never given back, so a plain
     * acquire() could wait for ever (a SIGTERM once hung a batch here).
     */
    private boolean acquire(Semaphore window) throws InterruptedException {
        while (!window.tryAcquire(50, TimeUnit.MILLISECONDS)) {
            if (aborted) {
                return false;
            }
        }
        if (aborted) {
            window.release();
            return false;
        }
        return true;
    }

    /**
     * Stops at once, as a killed process would: no further run starts and runs in flight are not journalled.
     * The journal is left as it is (tests then add a torn line to mimic kill -9 in mid-write).
     */
    public void abort() {
        aborted = true;
        Journal j = journal;
        if (j != null) {
            j.abandon();
        }
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
        }
    }

    private static RunRecord runOne(BatchPlan plan, BatchRunner.RunFunction fn, int run) {
        int point = plan.pointOf(run);
        int rep = plan.replicationOf(run);
        long seed = fn.masterSeed(plan.spec().seed(), rep);
        try {
            SortedMap<MetricKey, Double> values = fn.run(plan.points().get(point), rep, plan.spec().seed());
            for (var e : values.entrySet()) {
                if (!Double.isFinite(e.getValue())) {
                    return RunRecord.failed(run, point, rep, seed, "non-finite value " + e.getValue() + " for "
                            + e.getKey().column());
                }
            }
            return RunRecord.ok(run, point, rep, seed, values);
        } catch (VirtualMachineError e) {
            if (e instanceof StackOverflowError) {
                return RunRecord.failed(run, point, rep, seed, describe(e));
            }
            throw e;
        } catch (Exception | LinkageError | AssertionError e) {
            return RunRecord.failed(run, point, rep, seed, describe(e));
        }
    }

    /** One line: the exception type and message (and the cause's), enough to find the problem. */
    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            b.append(": ").append(e.getMessage());
        }
        if (e.getCause() != null && e.getCause() != e) {
            b.append(" (caused by ").append(e.getCause().getClass().getSimpleName());
            if (e.getCause().getMessage() != null) {
                b.append(": ").append(e.getCause().getMessage());
            }
            b.append(')');
        }
        return b.toString().replace('\n', ' ').replace('\r', ' ');
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kozan-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
