package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a batch whose non-negative metric (imports_t) came out -1 in one replication and 1 + 2^-50 in the other
 * (model noise around 0) stopped at the end with "cannot write a non-finite number: Infinity" while writing
 * summary.csv: the log-scale interval of a mean of 4.4e-16 with a spread of 1.4 has no finite upper limit.
 */
class NearZeroMetricTest {

    @TempDir
    Path tmp;

    @Test
    void valuesAroundZeroGiveAFiniteSummaryRow() throws Exception {
        Path spec = BatchFixtures.write(tmp, """
                version: 1
                name: near_zero
                scenarios: [base.yaml]
                replications: 2
                seed: 1
                metrics: [imports_t]
                years: [2030]
                """);
        BatchRunner.RunFunction fn = (point, replication, seed) -> {
            SortedMap<MetricKey, Double> out = new TreeMap<>();
            out.put(new MetricKey("imports_t", "copper", "", "", 2030), replication == 0 ? -1.0 : 1 + 4 * Math.ulp(1.0));
            return out;
        };
        BatchJob.Result r = new BatchJob(BatchFixtures.plan(spec), fn, BatchFixtures::unit, BatchProgress.NONE,
                new java.io.PrintWriter(System.err, true)).run(tmp.resolve("out"), 1, false, Shard.ALL, false);
        assertThat(r.complete()).isTrue();
        // mean 2^-51 = 4.4e-16; half width t(0.975, 1) x sd / sqrt(2) = 12.7062047362 x 1.41421356237 / 1.41421356237
        // = 12.7062047362: the t interval clamped at 0 (the upper limit + 4.4e-16 is below the 12 digits written)
        assertThat(Files.readAllLines(tmp.resolve("out/summary.csv")).get(1)).endsWith(",1.41421356237,0,12.7062047362");
    }
}
