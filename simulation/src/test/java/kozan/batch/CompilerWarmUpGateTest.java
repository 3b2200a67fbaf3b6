package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The batch leaves a core to the JIT compiler while it is busy, and only then (CompilerWarmUpGate). */
class CompilerWarmUpGateTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong compileMs = new AtomicLong(5_000);
    private final AtomicLong nanos = new AtomicLong(1_000 * MS);

    private CompilerWarmUpGate gate(int workers, int cores) {
        return new CompilerWarmUpGate(workers, cores, compileMs::get, nanos::get);
    }

    /** How many workers may be inside at once: enters until one would wait (the places stay taken). */
    private static int places(CompilerWarmUpGate g) throws InterruptedException {
        int n = 0;
        while (n < 64 && tryEnter(g)) {
            n++;
        }
        return n;
    }

    private static boolean tryEnter(CompilerWarmUpGate g) throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                g.enter();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        t.join(200);
        if (t.isAlive()) {
            t.interrupt();
            t.join();
            return false;
        }
        return true;
    }

    /** A run of {@code ms} wall time during which the compiler worked {@code compiledMs}. */
    private void run(CompilerWarmUpGate g, long ms, long compiledMs) throws InterruptedException {
        g.enter();
        nanos.addAndGet(ms * MS);
        compileMs.addAndGet(compiledMs);
        g.leave();
    }

    @Test
    void withAWorkerPerCoreOneWaitsWhileTheCompilerIsBusy() throws Exception {
        CompilerWarmUpGate g = gate(2, 2);
        assertThat(g.isOpen()).isFalse();
        assertThat(places(g)).isEqualTo(1);
    }

    @Test
    void opensForGoodOnceTheCompilerUsesLessThanHalfTheWallTime() throws Exception {
        CompilerWarmUpGate g = gate(4, 4);
        for (int i = 0; i < 10; i++) {
            run(g, 100, 60); // 0.6 of the wall: busy
        }
        assertThat(g.isOpen()).isFalse();
        assertThat(g.heldRuns()).isEqualTo(10);
        for (int i = 0; i < 5; i++) {
            run(g, 100, 40); // 0.4 over the next 0.5 s window: quiet
        }
        assertThat(g.isOpen()).isTrue();
        assertThat(g.heldRuns()).isEqualTo(15);
        run(g, 100, 1_000); // busy again: stays open, counts no more
        assertThat(g.isOpen()).isTrue();
        assertThat(g.heldRuns()).isEqualTo(15);
        assertThat(places(g)).isEqualTo(4); // the places taken here are not given back: last
    }

    @Test
    void judgesTheShareOverWindowsOfHalfASecondAtLeast() throws Exception {
        CompilerWarmUpGate g = gate(2, 2);
        run(g, 100, 0); // a quiet first run is not yet a quiet compiler
        run(g, 300, 0);
        assertThat(g.isOpen()).isFalse();
        run(g, 99, 0); // 499 ms
        assertThat(g.isOpen()).isFalse();
        run(g, 1, 0); // 500 ms, nothing compiled
        assertThat(g.isOpen()).isTrue();
    }

    @Test
    void aBusyWindowStartsTheNextWindowAfresh() throws Exception {
        CompilerWarmUpGate g = gate(2, 2);
        run(g, 500, 500); // busy window
        run(g, 400, 0); // alone: quiet, but only 0.4 s since the busy window ended
        assertThat(g.isOpen()).isFalse();
        run(g, 100, 0); // 0.5 s of quiet
        assertThat(g.isOpen()).isTrue();
    }

    @Test
    void exactlyHalfIsStillBusy() throws Exception {
        CompilerWarmUpGate g = gate(2, 2);
        run(g, 500, 250);
        assertThat(g.isOpen()).isFalse();
        run(g, 500, 249);
        assertThat(g.isOpen()).isTrue();
    }

    @Test
    void opensAfterTheMostHeldRunsWhateverTheCompilerDoes() throws Exception {
        CompilerWarmUpGate g = gate(2, 2);
        for (int i = 1; i < CompilerWarmUpGate.MAX_HELD_RUNS; i++) {
            run(g, 1_000, 1_000);
        }
        assertThat(g.isOpen()).isFalse();
        run(g, 1_000, 1_000);
        assertThat(g.isOpen()).isTrue();
        assertThat(g.heldRuns()).isEqualTo(CompilerWarmUpGate.MAX_HELD_RUNS);
    }

    @Test
    void openFromTheStartWithACoreToSpareOneWorkerOrNoCompilerFigures() throws Exception {
        for (CompilerWarmUpGate g : new CompilerWarmUpGate[] {gate(1, 2), gate(1, 1), gate(3, 4),
                new CompilerWarmUpGate(2, 2, null, nanos::get)}) {
            assertThat(g.isOpen()).isTrue();
            assertThat(g.heldRuns()).isZero();
        }
        assertThat(places(gate(3, 4))).isEqualTo(3);
        assertThat(places(gate(1, 1))).isEqualTo(1);
    }

    @Test
    void moreWorkersThanCoresAlsoLeaveOneOut() throws Exception {
        assertThat(places(gate(4, 2))).isEqualTo(3);
    }
}
