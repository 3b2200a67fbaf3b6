package kozan.validation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kozan.io.TimeseriesCsvSink;
import kozan.observe.Metrics;
import kozan.observe.Runs;
import kozan.observe.Units;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;

/**
 * Issue 18's national-size scenarios: generates the synthetic scenario at several sizes ({@link LargeScenarioGenerator}
 * with N copies of each baseline agent; 100 copies is scenarios/large.yaml, 1,000 a file ten times its size), then
 * for each loads it from a file, runs one replication over a short horizon and writes its monthly rows
 * (timeseries.csv), timing each phase in CPU time of the whole process (so garbage collection and compilation count)
 * and wall time. One line per size, tab-separated, for {@link NationalScaleTest} and docs/performance.md:
 * {@code copies chars agents steps load_cpu_s load_wall_s run_cpu_s run_wall_s written_bytes}.
 * Run with {@code java -Xmx4g -cp ... kozan.validation.NationalScale ROOT WORKDIR YEARS COPIES...}; the first size
 * is loaded and run once untimed first, so that compilation of the loader and the model is not billed to it.
 */
public final class NationalScale {

    private NationalScale() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int years = Integer.parseInt(args[2]);
        boolean warm = false;
        for (int i = 3; i < args.length; i++) {
            int copies = Integer.parseInt(args[i]);
            Path file = work.resolve("national-" + copies + ".yaml");
            String text = LargeScenarioGenerator.generate(root, copies);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            long chars = text.codePointCount(0, text.length());
            text = null; // not kept while loading
            if (!warm) {
                measure(file, work, years); // warm-up: the JIT compiles the loader and the model
                warm = true;
            }
            System.gc();
            long[] m = measure(file, work, years);
            Files.delete(file);
            System.out.println(copies + "\t" + chars + "\t" + m[0] + "\t" + m[1] + "\t" + seconds(m[2]) + "\t"
                    + seconds(m[3]) + "\t" + seconds(m[4]) + "\t" + seconds(m[5]) + "\t" + m[6]);
        }
    }

    /** agents, steps, load CPU ns, load wall ns, run CPU ns, run wall ns, bytes written. */
    private static long[] measure(Path file, Path work, int years) throws IOException, kozan.scenario.ScenarioException {
        long c0 = cpu();
        long w0 = System.nanoTime();
        Scenario full = ScenarioLoader.load(file);
        long c1 = cpu();
        long w1 = System.nanoTime();
        Scenario s = ScaleBenchmark.withHorizon(full, years);
        Path csv = work.resolve("timeseries.csv");
        try (TimeseriesCsvSink sink = new TimeseriesCsvSink(csv, 1, s.calendar().start(), true,
                Units.of(s, Metrics.ALL))) {
            Runs.simulate(s, 0, sink);
        }
        long c2 = cpu();
        long w2 = System.nanoTime();
        long bytes = Files.size(csv);
        Files.delete(csv);
        return new long[] {ScaleBenchmark.agents(s), s.steps(), c1 - c0, w1 - w0, c2 - c1, w2 - w1, bytes};
    }

    private static String seconds(long ns) {
        return String.format(java.util.Locale.ROOT, "%.3f", ns / 1e9);
    }

    /** CPU time of the whole process (every thread, the collector's and the compiler's too), ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Sizes measured by the test: the committed large scenario's, and ten times it. */
    static final List<Integer> SIZES = List.of(LargeScenarioGenerator.COPIES, 10 * LargeScenarioGenerator.COPIES);
}
