package kozan.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import kozan.batch.RunPhaseClock;
import kozan.io.RunFunction;
import kozan.observe.RowSink;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kozan bench}: how fast one replication runs once the JIT is warm, on one thread and on all cores (or
 * {@code --threads}). Rows are counted and dropped, so the numbers measure the model, not the disk. Writes no files.
 * The CPU time per run (the whole process: GC and JIT threads too) is what a loaded machine distorts least; a
 * batch's manifest.json reports the same figures for its warm runs (docs/batch.md, "Performance").
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time warm runs of a scenario (no files written): per-run median and min, runs/s and CPU s per "
                + "run on one thread and on all cores, peak heap.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Untimed warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", description = {"Time the runs on a pool of N threads only (after"
            + " the warm-up on one thread), as a batch with --threads N runs them (default: one thread, then all"
            + " cores)."})
    Integer threads;

    /** Counts rows so the JIT cannot drop the work of producing them. */
    private static final class CountingSink implements RowSink {
        final LongAdder rows = new LongAdder();

        @Override
        public void accept(int step, String metric, String commodity, String region, String detail, double value) {
            rows.increment();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || runs < 1) {
            throw new BadInputException("--warmup must be >= 0 and --runs >= 1, got " + warmup + " and " + runs);
        }
        if (threads != null && threads < 1) {
            throw new BadInputException("--threads must be at least 1, got " + threads);
        }
        kozan.io.InputFile.readText(scenarioFile, kozan.io.InputFile.MAX_TEXT_BYTES); // a device or FIFO: refused at once
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        RunFunction fn = main.engine().runFunction();
        PrintWriter out = spec.commandLine().getOut();
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), %s %s %s, max heap %d MiB%n", cores,
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();

        CountingSink sink = new CountingSink();
        int replication = 0;
        for (int i = 0; i < warmup; i++) {
            fn.run(scenario, replication++, sink);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        if (threads == null) {
            replication = timeOneThread(scenario, fn, replication, sink, out);
            out.println("all cores (" + cores + " threads): " + timePool(scenario, fn, replication, cores, sink));
        } else {
            long before = sink.rows.sum();
            String line = timePool(scenario, fn, replication, threads, sink);
            out.printf(Locale.ROOT, "scenario: %s (%d steps, %d rows per run)%n", scenario.metadata().name(),
                    scenario.steps(), (sink.rows.sum() - before) / Math.max(runs, threads));
            out.println(threads + (threads == 1 ? " thread: " : " threads: ") + line);
        }
        out.flush();
        long peak = 0;
        for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool2.getType() == MemoryType.HEAP && pool2.getPeakUsage() != null) {
                peak += pool2.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "heap used: at most %d MiB (sum of heap pool peaks during the runs)%n", peak >> 20);
        out.flush();
        return Errors.OK;
    }

    /** The timed runs one after another on this thread; returns the next replication number. */
    private int timeOneThread(Scenario scenario, RunFunction fn, int replication, CountingSink sink, PrintWriter out) {
        long before = sink.rows.sum();
        long cpu0 = RunPhaseClock.processCpuNanos();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            fn.run(scenario, replication++, sink);
            nanos[i] = System.nanoTime() - t0;
        }
        long cpu1 = RunPhaseClock.processCpuNanos();
        long rowsPerRun = (sink.rows.sum() - before) / runs;
        long total = Arrays.stream(nanos).sum();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2.0;
        out.printf(Locale.ROOT, "scenario: %s (%d steps, %d rows per run)%n", scenario.metadata().name(),
                scenario.steps(), rowsPerRun);
        out.printf(Locale.ROOT, "single thread: median %.3f s, min %.3f s per run, %.2f runs/s, %s CPU s per run%n",
                median / 1e9, sorted[0] / 1e9, runs / (total / 1e9), cpuPerRun(cpu0, cpu1, runs));
        out.flush();
        return replication;
    }

    /**
     * The timed runs (at least one per thread) on a fixed pool of {@code poolThreads}, timed from the first hand-over
     * to the last run's end, as a batch's run phase; returns the figures as text.
     */
    private String timePool(Scenario scenario, RunFunction fn, int replication, int poolThreads, CountingSink sink)
            throws Exception {
        int parallelRuns = Math.max(runs, poolThreads);
        ExecutorService pool = Executors.newFixedThreadPool(poolThreads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            long c0 = RunPhaseClock.processCpuNanos();
            long t0 = System.nanoTime();
            for (int i = 0; i < parallelRuns; i++) {
                int r = replication++;
                futures.add(pool.submit(() -> {
                    CountingSink own = new CountingSink(); // one per run: the threads share no counter
                    fn.run(scenario, r, own);
                    sink.rows.add(own.rows.sum());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            long c1 = RunPhaseClock.processCpuNanos();
            return String.format(Locale.ROOT, "%.2f runs/s (%d runs in %.2f s), %s CPU s per run",
                    parallelRuns / wall, parallelRuns, wall, cpuPerRun(c0, c1, parallelRuns));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String cpuPerRun(long from, long to, int runs) {
        return from < 0 || to < 0 ? "unknown" : String.format(Locale.ROOT, "%.4f", (to - from) / 1e9 / runs);
    }
}
