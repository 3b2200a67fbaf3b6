package kozan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a synthetic scenario ten times the size of scenarios/large.yaml (1,000 copies of every baseline agent,
 * about 54 MB, generated here and deleted, never committed) loads, runs and writes, at a cost linear in its size:
 * per character loaded and per agent-month simulated and written, the large one costs at most twice what
 * scenarios/large.yaml costs (linear would be 1; the factor 2 absorbs a loaded machine's noise, while a cost
 * quadratic in size would be 10). Runs {@link NationalScale} in its own JVM with a 4 GB heap (the tests' JVM has
 * 2 GB); about 1-2 minutes on 2 cores. Tagged {@code scale}: leave it out with {@code -DexcludedGroups=scale}.
 */
@Tag("scale")
class NationalScaleTest {

    @Test
    void tenTimesLargeLoadsRunsAndWritesAtLinearCost(@TempDir Path work) throws Exception {
        Path root = ValidationRuns.repositoryRoot();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx4g", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), NationalScale.class.getName(), root.toString(),
                work.toString(), "1"));
        NationalScale.SIZES.forEach(n -> command.add(Integer.toString(n)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("finished").isTrue();
        String out = Files.readString(work.resolve("out.txt"));
        System.out.println("NationalScale (copies chars agents steps load_cpu_s load_wall_s run_cpu_s run_wall_s bytes):\n"
                + out);
        assertThat(p.exitValue()).as(out).isZero();
        List<double[]> rows = new ArrayList<>();
        for (String line : out.lines().filter(l -> l.matches("\\d+\t.*")).toList()) {
            rows.add(java.util.Arrays.stream(line.split("\t")).mapToDouble(Double::parseDouble).toArray());
        }
        assertThat(rows).as(out).hasSize(2);
        double[] large = rows.get(0);
        double[] tenfold = rows.get(1);
        // columns: copies chars agents steps load_cpu load_wall run_cpu run_wall written_bytes
        assertThat(tenfold[1] / large[1]).as("characters, 10x").isBetween(9.0, 11.0);
        assertThat(tenfold[2] / large[2]).as("agents, about 10x (regions and commodities do not multiply)")
                .isBetween(8.0, 11.0);
        double loadPerChar = (tenfold[4] / tenfold[1]) / (large[4] / large[1]);
        double runPerAgentStep = (tenfold[6] / (tenfold[2] * tenfold[3])) / (large[6] / (large[2] * large[3]));
        assertThat(loadPerChar).as("load CPU per character, 10x against 1x\n" + out).isLessThan(2.0);
        assertThat(runPerAgentStep).as("run and write CPU per agent-month, 10x against 1x\n" + out).isLessThan(2.0);
        assertThat(tenfold[8]).as("timeseries.csv written").isPositive();
    }
}
