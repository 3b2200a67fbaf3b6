package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run-phase clock counts the runs after the warm-up apart (manifest.json's run_phase). */
class RunPhaseClockTest {

    @Test
    void warmFiguresStartAfterTheWarmUpRuns() throws Exception {
        RunPhaseClock clock = new RunPhaseClock();
        for (int i = 0; i < RunPhaseClock.WARM_UP_RUNS; i++) {
            clock.runDone();
        }
        Thread.sleep(20);
        for (int i = 0; i < 5; i++) {
            clock.runDone();
        }
        RunPhaseClock.RunPhase p = clock.figures(7);
        assertThat(p.runs()).isEqualTo(25);
        assertThat(p.compilerGateRuns()).isEqualTo(7);
        assertThat(p.warmRuns()).isEqualTo(5);
        // the 20 ms pause lies after the 20th run, inside the warm span
        assertThat(p.warmSeconds()).isGreaterThanOrEqualTo(0.02).isLessThanOrEqualTo(p.seconds());
        assertThat(p.warmRunsPerSecond()).isEqualTo(5 / p.warmSeconds());
    }

    @Test
    void withoutRunsBeyondTheWarmUpThereAreNoWarmFigures() {
        RunPhaseClock clock = new RunPhaseClock();
        for (int i = 0; i < RunPhaseClock.WARM_UP_RUNS; i++) {
            clock.runDone();
        }
        RunPhaseClock.RunPhase p = clock.figures(3);
        assertThat(p.runs()).isEqualTo(20);
        assertThat(p.compilerGateRuns()).isEqualTo(3);
        assertThat(p.warmRuns()).isZero();
        assertThat(p.warmRunsPerSecond()).isNaN();
        assertThat(p.warmCpuPerRun()).isNaN();
    }
}
