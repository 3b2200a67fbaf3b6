package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import kozan.observe.Runs;
import org.junit.jupiter.api.Test;

/** A 35-year monthly run must stay well under half a second of CPU once warm (thread CPU time, not wall time). */
class PerformanceTest {

    @Test
    void warmRunIsFast() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long[] rows = {0};
        for (int k = 0; k < 15; k++) {
            long t0 = mx.getCurrentThreadCpuTime();
            Runs.simulate(TestScenarios.base(), k, (step, metric, commodity, region, detail, value) -> rows[0]++);
            best = Math.min(best, mx.getCurrentThreadCpuTime() - t0);
        }
        assertThat(rows[0]).isPositive();
        assertThat(best / 1e9).as("best CPU seconds per 420-step run").isLessThan(0.25);
    }
}
