package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bench --threads N times the runs on an N-thread pool only, as a batch with --threads N runs them. */
class BenchCommandTest {

    private static String minimal() throws Exception {
        return Path.of(BenchCommandTest.class.getResource("/scenarios/valid-minimal.yaml").toURI()).toString();
    }

    @Test
    void threadsTimesThePoolAloneWithCpuPerRun() throws Exception {
        RealRuns.Outcome o = RealRuns.kozan("bench", minimal(), "--warmup", "1", "--runs", "3", "--threads", "2");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).containsPattern("(?m)^2 threads: [0-9.]+ runs/s \\(3 runs in [0-9.]+ s\\), [0-9.]+ CPU s per run$")
                .contains("scenario: ").doesNotContain("single thread", "all cores");
    }

    @Test
    void withoutThreadsOneThreadThenAllCores() throws Exception {
        RealRuns.Outcome o = RealRuns.kozan("bench", minimal(), "--warmup", "0", "--runs", "1");
        assertThat(o.code()).as(o.err()).isZero();
        int cores = Runtime.getRuntime().availableProcessors();
        // at least one run per thread: max(1 run, cores)
        assertThat(o.out()).containsPattern("(?m)^single thread: .*, [0-9.]+ CPU s per run$")
                .contains("all cores (" + cores + " threads): ").contains("(" + cores + " runs in ");
    }

    @Test
    void threadsBelowOneIsBadInput() throws Exception {
        RealRuns.Outcome o = RealRuns.kozan("bench", minimal(), "--threads", "0");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--threads must be at least 1, got 0");
    }
}
