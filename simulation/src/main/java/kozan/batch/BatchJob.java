package kozan.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One batch (or one shard of it) from start to finished results folder. Work happens in a sibling folder
 * {@code DIR.partial} holding batch-state.json, batch.yaml and the journal runs.jsonl; when every run of the
 * part is journalled, the journal is rewritten in canonical order, the tables and manifest are written and
 * the folder is renamed to DIR in one step, so a folder named DIR is always complete.
 */
public final class BatchJob {

    public static final String JOURNAL = "runs.jsonl";

    private final BatchPlan plan;
    private final BatchRunner.RunFunction fn;
    private final Function<String, String> unitOf;
    private final BatchProgress progress;
    private final PrintWriter log;
    private volatile BatchExecutor executor;
    private Journal.IoConsumer<Path> extraOutputs = dir -> { };

    public BatchJob(BatchPlan plan, BatchRunner.RunFunction fn, Function<String, String> unitOf,
                    BatchProgress progress, PrintWriter log) {
        this.plan = plan;
        this.fn = fn;
        this.unitOf = unitOf;
        this.progress = progress;
        this.log = log;
    }

    /**
     * @param complete false when the batch was aborted; the partial folder can then be resumed
     * @param dir      the finished results folder (or the partial one when not complete)
     */
    public record Result(Path dir, int total, int failed, boolean complete) {
    }

    public Result run(Path out, int threads, boolean resume, Shard shard, boolean force)
            throws IOException, InterruptedException, BatchUsageException {
        Instant started = Instant.now();
        BatchManifest.resetPeakHeap();
        Path work = partial(out);
        if (Files.exists(out) && resume && !force && !Files.exists(work)) {
            // Nothing left to resume: report the finished batch (same inputs required).
            BatchState found = BatchState.read(out);
            if (!found.specSha256().equals(plan.specHash()) || !found.shard().equals(shard)) {
                throw new BatchUsageException(out + " holds a finished batch of other inputs or another shard;"
                        + " choose another --out or add --force");
            }
            var manifest = BatchState.JSON.readTree(out.resolve(BatchManifest.FILE).toFile());
            log.println("already finished: " + out + " (nothing to resume)");
            return new Result(out, manifest.path("runs").asInt(), manifest.path("failed_runs").asInt(), true);
        }
        if (Files.exists(out)) {
            if (!force) {
                throw new BatchUsageException(out + " already exists (a finished batch); choose another --out or add"
                        + " --force to replace it");
            }
            deleteTree(out);
        }
        BatchState state = BatchState.of(plan, shard);
        if (Files.exists(work)) {
            if (force && !resume) {
                deleteTree(work);
            } else if (!resume) {
                throw new BatchUsageException("an interrupted batch is in " + work + "; add --resume to continue it"
                        + " or --force to start over");
            } else {
                BatchState found = BatchState.read(work);
                if (!found.specSha256().equals(state.specSha256()) || !found.shard().equals(shard)) {
                    throw new BatchUsageException("cannot resume " + work + ": it was started with "
                            + (found.shard().equals(shard) ? "a different batch file or scenarios (sha256 "
                            + found.specSha256().substring(0, 12) + " vs " + state.specSha256().substring(0, 12) + ")"
                            : "--shard " + found.shard() + ", not " + shard)
                            + "; use --force to start over");
                }
            }
        }
        if (!Files.exists(work)) {
            Files.createDirectories(work);
            state.write(work, plan);
            Files.copy(plan.spec().file(), work.resolve("batch.yaml"));
        }
        Path journalFile = work.resolve(JOURNAL);
        Journal.Contents contents = Journal.recover(journalFile);
        if (contents.records() > 0) {
            log.println("resuming: " + contents.records() + " run(s) already done in " + work);
        }
        BatchExecutor.Outcome outcome;
        try (Journal journal = Journal.append(journalFile)) {
            executor = new BatchExecutor(threads);
            outcome = executor.execute(plan, fn, journal, shard, contents.done(), contents.failed(), progress);
        }
        if (outcome.aborted()) {
            return new Result(work, outcome.total(), contents.failed() + outcome.failed(), false);
        }
        int failed = contents.failed() + outcome.failed();
        finish(List.of(journalFile), work, shard);
        extraOutputs.accept(work);
        BatchManifest.write(work, plan, shard, threads, started, Instant.now(), outcome.total(), failed, List.of());
        Files.move(work, out, StandardCopyOption.ATOMIC_MOVE);
        return new Result(out, outcome.total(), failed, true);
    }

    /**
     * Writes further files into the results folder once the tables are written and before the manifest
     * (which lists their hashes), e.g. the compare command's comparison.csv.
     */
    public BatchJob withExtraOutputs(Journal.IoConsumer<Path> writer) {
        this.extraOutputs = writer;
        return this;
    }

    /** The executor of the running batch (tests abort it to mimic a killed process). */
    public BatchExecutor executor() {
        return executor;
    }

    /** Canonical journal plus tables in {@code work}. */
    void finish(List<Path> journals, Path work, Shard shard) throws IOException {
        CanonicalJournal.write(journals, work.resolve(JOURNAL), plan.runs(), shard::contains);
        new BatchOutputs(plan, unitOf).write(work.resolve(JOURNAL), work);
    }

    public static Path partial(Path out) {
        return out.resolveSibling(out.getFileName() + ".partial");
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
