package kozan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kozan.observe.MetricDef;
import kozan.observe.RowSink;
import kozan.observe.Units;
import kozan.scenario.Scenario;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs the replications of a scenario on a thread pool and writes a complete results directory:
 * timeseries.csv, annual.csv, impacts.csv, scenario.yaml, summary.csv, summary.json and, last, manifest.json.
 *
 * <p>Each replication streams its rows into its own part files; the parts are appended to the final files in
 * replication order (and deleted) as soon as every earlier replication is done. So the bytes do not depend on the
 * thread count or on which replication finishes first, and no run's table is ever held in memory: only the annual
 * values of the target years, which the summaries are made of (in replication order, as they would be read back
 * from annual.csv, so summary.csv does not need a second pass over annual.csv).
 */
public final class RunWriter {

    /**
     * @param scenario       the scenario to run (replications and base seed from {@code scenario.run()})
     * @param resolvedYaml   the resolved scenario text (every default filled), written as scenario.yaml
     * @param sourceFile     the scenario file the run came from, as given by the user (for the manifest)
     * @param scenarioSha256 sha256 of the scenario file's bytes
     * @param threads        worker threads (at least 1; more than the replications is pointless and capped)
     * @param annualOnly     leave out timeseries.csv (the monthly rows) and say so in the manifest: annual.csv and
     *                       the summaries are unchanged, and a results directory becomes small enough for git
     */
    public record Request(Scenario scenario, String resolvedYaml, String sourceFile, String scenarioSha256,
                          int threads, boolean annualOnly) {
        public Request {
            Objects.requireNonNull(scenario);
            Objects.requireNonNull(resolvedYaml);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
        }

        /** Every output, monthly rows included. */
        public Request(Scenario scenario, String resolvedYaml, String sourceFile, String scenarioSha256, int threads) {
            this(scenario, resolvedYaml, sourceFile, scenarioSha256, threads, false);
        }
    }

    /** Told after each finished replication (from a worker thread). */
    @FunctionalInterface
    public interface Progress {
        void replicationDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** Adds derived files (charts) to a finished results directory before the manifest hashes it. */
    @FunctionalInterface
    public interface DerivedFiles {
        /**
         * @param annual the run's annual values as reading annual.csv back gives them ({@link AnnualTable}), or null
         *               when the run was too large to keep them (then read the file)
         */
        void write(Path directory, SeriesTable annual) throws IOException;

        DerivedFiles NONE = (directory, annual) -> { };
    }

    private static final String PARTS = ".parts";

    /** Replications queued per worker beyond the oldest unfinished one. */
    private static final int AHEAD_PER_THREAD = 4;

    private final RunFunction runFunction;
    private final Map<String, MetricDef> metrics = new LinkedHashMap<>();

    public RunWriter(RunFunction runFunction, List<MetricDef> metricDefs) {
        this.runFunction = Objects.requireNonNull(runFunction);
        metricDefs.forEach(m -> metrics.put(m.name(), m));
    }

    /**
     * Writes all result files into {@code directory} (normally {@link ResultsDirectory#temp()}).
     *
     * @return the manifest that was written
     * @throws IOException          disk errors, with the path in the message
     * @throws InterruptedException when interrupted while waiting for replications
     */
    public Manifest write(Request request, Path directory, Progress progress) throws IOException, InterruptedException {
        return write(request, directory, progress, DerivedFiles.NONE);
    }

    /** As {@link #write(Request, Path, Progress)}, then {@code derived} adds files (charts) before the manifest. */
    public Manifest write(Request request, Path directory, Progress progress, DerivedFiles derived)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        Scenario scenario = request.scenario();
        int replications = scenario.run().replications();
        int threads = Math.min(request.threads(), replications);
        Path parts = Files.createDirectories(directory.resolve(PARTS));
        List<ReplicationStats> stats = new ArrayList<>(replications);
        Set<Integer> targetYears = new TreeSet<>(scenario.run().targetYears());
        AnnualTable annualTable = derived == DerivedFiles.NONE ? null : new AnnualTable();
        SummaryWriter summary = new SummaryWriter(targetYears, Units.of(scenario, List.copyOf(metrics.values())));

        boolean monthly = !request.annualOnly();
        // The large tables are hashed for the manifest as they are written (by this thread, while the workers run)
        // instead of being read back at the end: 36 MB for the baseline's 10 replications.
        Map<String, MessageDigest> digests = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try (OutputStream timeseries = monthly ? hashed(directory, Csv.TIMESERIES, digests)
                : OutputStream.nullOutputStream();
             OutputStream annual = hashed(directory, Csv.ANNUAL, digests);
             OutputStream impacts = hashed(directory, ImpactsCsv.FILE, digests)) {
            timeseries.write(headerBytes(Csv.TIMESERIES_HEADER));
            annual.write(headerBytes(Csv.ANNUAL_HEADER));
            impacts.write(headerBytes(ImpactsCsv.HEADER));
            AtomicInteger done = new AtomicInteger();
            // Submit at most a window of replications ahead of the oldest unfinished one: queued tasks and part
            // files waiting for an earlier replication stay bounded however many replications there are.
            int window = threads * AHEAD_PER_THREAD;
            Deque<Future<Replication>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int r = 0; r < replications; r++) {
                while (submitted < replications && submitted < r + window) {
                    int replication = submitted++;
                    pending.add(pool.submit(() -> {
                        Replication s = runOne(scenario, replication, parts, monthly, targetYears, annualTable);
                        progress.replicationDone(done.incrementAndGet(), replications);
                        return s;
                    }));
                }
                Replication finished = await(pending.removeFirst());
                stats.add(finished.stats());
                finished.summaryRows().replay(summary); // in replication order, as annual.csv is written
                if (monthly) {
                    appendAndDelete(timeseriesPart(parts, r), timeseries);
                }
                appendAndDelete(annualPart(parts, r), annual);
                appendAndDelete(impactsPart(parts, r), impacts);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        ResultsDirectory.deleteRecursively(parts);
        Map<String, String> knownSha256 = new LinkedHashMap<>();
        digests.forEach((file, digest) -> knownSha256.put(file, Hashes.hex(digest)));
        PhaseTimes.mark("replications written");

        Files.writeString(directory.resolve(Csv.SCENARIO), request.resolvedYaml(), StandardCharsets.UTF_8);
        summary.write(directory);
        PhaseTimes.mark("summaries");
        derived.write(directory, annualTable == null ? null : annualTable.table());
        PhaseTimes.mark("charts");
        Manifest manifest = new Manifest(scenario.metadata().name(), request.sourceFile(), request.scenarioSha256(),
                request.resolvedYaml(), scenario.run().seed(), threads, List.copyOf(stats), VersionInfo.current(),
                start, Instant.now(), request.annualOnly(),
                scenario.resolved() == null ? List.of() : scenario.resolved().sources());
        manifest.write(directory, knownSha256);
        PhaseTimes.mark("manifest");
        return manifest;
    }

    /** A finished replication: its statistics and its annual rows of the target years (for the summaries). */
    private record Replication(ReplicationStats stats, AnnualOutputs summaryRows) {
    }

    private Replication runOne(Scenario scenario, int replication, Path parts, boolean monthly,
                               Set<Integer> targetYears, AnnualTable annualTable) throws IOException {
        var start = scenario.calendar().start();
        Units units = Units.of(scenario, List.copyOf(metrics.values()));
        AnnualOutputs summaryRows = new AnnualOutputs(targetYears,
                new AnnualCsvWriter(annualPart(parts, replication), false, units), annualTable);
        try (RowSink timeseries = monthly ? new TimeseriesCsvSink(timeseriesPart(parts, replication), replication,
                start, false, units) : DISCARD;
             AnnualAggregator annual = new AnnualAggregator(replication, start, metrics, summaryRows);
             ImpactsAggregator impacts = ImpactsAggregator.of(replication, scenario,
                     new ImpactsCsv(impactsPart(parts, replication), false))) {
            // without monthly rows, no third sink for each of the run's ~300,000 rows to pass through
            RowSink tables = new Tee(annual, impacts);
            ReplicationStats stats = runFunction.run(scenario, replication,
                    monthly ? new Tee(timeseries, tables) : tables);
            return new Replication(stats, summaryRows);
        }
    }

    /** Unwraps a replication's failure: model errors and disk errors keep their type and message. */
    private static <T> T await(Future<T> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw TaskFailure.rethrow(e); // keeps "writing <file>: <reason>"
        }
    }

    /** Takes the monthly rows of an annual-only run. */
    private static final RowSink DISCARD = (step, metric, commodity, region, detail, value) -> { };

    /** A new file of the run, hashed as it is written: its digest is put in {@code digests} under its name. */
    private static OutputStream hashed(Path directory, String file, Map<String, MessageDigest> digests)
            throws IOException {
        MessageDigest digest = Hashes.newDigest();
        OutputStream out = new DigestOutputStream(Files.newOutputStream(directory.resolve(file)), digest);
        digests.put(file, digest);
        return out;
    }

    private static void appendAndDelete(Path part, OutputStream out) throws IOException {
        Files.copy(part, out);
        Files.delete(part);
    }

    private static Path timeseriesPart(Path parts, int replication) {
        return parts.resolve(String.format(java.util.Locale.ROOT, "timeseries-%06d.csv", replication));
    }

    private static Path annualPart(Path parts, int replication) {
        return parts.resolve(String.format(java.util.Locale.ROOT, "annual-%06d.csv", replication));
    }

    /** Region ids in scenario order (none for a scenario without regions). */
    private static Path impactsPart(Path parts, int replication) {
        return parts.resolve(String.format(java.util.Locale.ROOT, "impacts-%06d.csv", replication));
    }

    private static byte[] headerBytes(List<String> header) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, Csv.FORMAT)) {
            printer.printRecord(header);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Daemon workers, so a Ctrl-C or an error in the main thread never waits for a long replication. */
    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kozan-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Sends every row to two sinks. It also stops a replication whose run was cancelled (another replication
     * failed): the model does not poll interrupts, but it emits rows every month.
     */
    private record Tee(RowSink a, RowSink b) implements RowSink {
        @Override
        public void accept(int step, String metric, String commodity, String region, String detail, double value) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("run cancelled");
            }
            a.accept(step, metric, commodity, region, detail, value);
            b.accept(step, metric, commodity, region, detail, value);
        }

        @Override
        public boolean wantsImpacts() {
            return a.wantsImpacts() || b.wantsImpacts();
        }

        @Override
        public void impact(int step, String region, String industry, String effect, double employment,
                           double labourIncomeYen, double valueAddedYen, double outputYen) {
            a.impact(step, region, industry, effect, employment, labourIncomeYen, valueAddedYen, outputYen);
            b.impact(step, region, industry, effect, employment, labourIncomeYen, valueAddedYen, outputYen);
        }
    }
}
