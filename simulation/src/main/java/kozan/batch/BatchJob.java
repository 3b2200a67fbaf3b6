package kozan.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import kozan.io.InputFile;
import kozan.io.OutputDirectory;
import kozan.io.OutputLock;

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
    private boolean allowMixedVersions;
    private volatile boolean stopRequested;

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

    /**
     * Runs (or resumes) the part {@code shard} into {@code out}. The folder is checked by {@link OutputDirectory}'s
     * rule and locked ({@link OutputLock}) for the whole run; its work folder {@code out.partial} must be one this
     * class wrote (with batch-state.json); resuming requires the same inputs, shard and code version (unless
     * {@link #allowMixedVersions}), and a journal whose runs all belong to this part, all checked before any run.
     */
    public Result run(Path out, int threads, boolean resume, Shard shard, boolean force)
            throws IOException, InterruptedException {
        Path target = OutputDirectory.checkPath(out);
        OutputDirectory.createParents(target);
        try (OutputLock lock = OutputLock.acquire(target)) {
            return runLocked(target, threads, resume, shard, force);
        }
    }

    private Result runLocked(Path out, int threads, boolean resume, Shard shard, boolean force)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        BatchManifest.resetPeakHeap();
        Path work = partial(out);
        boolean workExists = Files.exists(work, LinkOption.NOFOLLOW_LINKS);
        if (workExists) {
            checkWorkFolder(work);
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            OutputDirectory.check(out, true); // a file, link or folder Kozan did not write: refused, even with --force
            if (resume && !force && !workExists) {
                return finished(out, shard);
            }
            if (!force) {
                throw new BatchUsageException(out + " already exists (" + (OutputDirectory.isEmptyFolder(out)
                        ? "an empty folder" : "finished results") + "); choose another --out or add --force to replace it");
            }
            deleteTree(out);
        }
        BatchState state = BatchState.of(plan, shard);
        if (workExists) {
            if (force && !resume) {
                deleteTree(work);
            } else if (!resume) {
                throw new BatchUsageException("an interrupted batch is in " + work + "; add --resume to continue it"
                        + " or --force to start over");
            } else if (OutputDirectory.isEmptyFolder(work)) {
                throw new BatchUsageException(work + " is empty: there is nothing to resume; start over with --force");
            } else {
                checkResumable(work, state, shard);
            }
        }
        if (!Files.exists(work)) {
            Files.createDirectories(work);
            state.write(work, plan);
            Files.copy(plan.spec().file(), work.resolve("batch.yaml"));
        }
        Path journalFile = work.resolve(JOURNAL);
        Journal.Contents contents = Journal.recover(journalFile, plan.runs(), shard::contains);
        checkCodes(journalFile, contents.codes(), state.codeVersion());
        if (contents.records() > 0) {
            log.println("resuming: " + contents.records() + " run(s) already done in " + work);
        }
        BatchExecutor.Outcome outcome;
        try (Journal journal = Journal.append(journalFile, state.codeVersion())) {
            executor = new BatchExecutor(threads);
            if (stopRequested) {
                executor.abort();
            }
            outcome = executor.execute(plan, fn, journal, shard, contents.done(), contents.failed(), progress);
        }
        if (outcome.aborted()) {
            return new Result(work, outcome.total(), contents.failed() + outcome.failed(), false);
        }
        int failed = contents.failed() + outcome.failed();
        Set<String> codes = finish(List.of(journalFile), work, shard);
        extraOutputs.accept(work);
        BatchManifest.write(work, plan, shard, threads, started, Instant.now(), outcome.total(), failed, List.of(),
                codes, allowMixedVersions, outcome.runPhase());
        Files.move(work, out, StandardCopyOption.ATOMIC_MOVE);
        return new Result(out, outcome.total(), failed, true);
    }

    /** A work folder is Kozan's when it holds batch-state.json (or nothing); anything else is never touched. */
    static void checkWorkFolder(Path work) throws BatchUsageException {
        if (!Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(work.resolve(BatchState.FILE)) && !OutputDirectory.isEmptyFolder(work)) {
            throw new BatchUsageException(work + " is in the way: it is not an interrupted Kozan batch (no "
                    + BatchState.FILE + "); Kozan never replaces it, not even with --force: move it or choose"
                    + " another --out");
        }
    }

    private void checkResumable(Path work, BatchState state, Shard shard) throws IOException {
        BatchState found = BatchState.read(work);
        if (!found.specSha256().equals(state.specSha256()) || !found.shard().equals(shard)) {
            throw new BatchUsageException("cannot resume " + work + ": it was started with "
                    + (found.shard().equals(shard) ? "a different batch file or scenarios (sha256 "
                    + abbreviate(found.specSha256()) + " vs " + abbreviate(state.specSha256()) + ")"
                    : "--shard " + found.shard() + ", not " + shard)
                    + "; use --force to start over");
        }
        if (!found.codeVersion().equals(state.codeVersion()) && !allowMixedVersions) {
            throw new BatchUsageException("cannot resume " + work + ": its runs were made by Kozan "
                    + found.codeVersion() + ", this is " + state.codeVersion() + "; mixing code versions in one"
                    + " batch mixes results of different models. Resume with the jar that started it, start over"
                    + " with --force, or add --allow-mixed-versions (recorded in the manifest)");
        }
    }

    /** Refuses a journal holding runs of another code version, unless mixing is allowed. */
    private void checkCodes(Path journal, Set<String> codes, String current) throws BatchUsageException {
        Set<String> others = new TreeSet<>(codes);
        others.remove(current);
        if (!others.isEmpty() && !allowMixedVersions) {
            throw new BatchUsageException(journal + " holds runs made by Kozan " + others + ", not by this "
                    + current + "; resume with that jar, start over with --force, or add --allow-mixed-versions");
        }
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    private Result finished(Path out, Shard shard) throws IOException {
        // Nothing left to resume: report the finished batch (same inputs required).
        BatchState found = BatchState.read(out);
        if (!found.specSha256().equals(plan.specHash()) || !found.shard().equals(shard)) {
            throw new BatchUsageException(out + " holds a finished batch of other inputs or another shard;"
                    + " choose another --out or add --force");
        }
        var manifest = InputFile.readJson(out.resolve(BatchManifest.FILE), InputFile.MAX_JSON_BYTES);
        log.println("already finished: " + out + " (nothing to resume)");
        return new Result(out, manifest.path("runs").asInt(), manifest.path("failed_runs").asInt(), true);
    }

    /**
     * Lets a resume continue a batch started by another code version ({@code --allow-mixed-versions}); the
     * manifest records it and every code version involved.
     */
    public BatchJob allowMixedVersions(boolean allow) {
        this.allowMixedVersions = allow;
        return this;
    }

    /**
     * Writes further files into the results folder once the tables are written and before the manifest
     * (which lists their hashes), e.g. the compare command's comparison.csv.
     */
    public BatchJob withExtraOutputs(Journal.IoConsumer<Path> writer) {
        this.extraOutputs = writer;
        return this;
    }

    /**
     * Stops the batch as soon as possible (Ctrl-C): no further run starts, runs in flight are dropped, and
     * {@link #run} returns an incomplete result; the finished runs stay in the journal for --resume.
     */
    public void stop() {
        stopRequested = true;
        BatchExecutor e = executor;
        if (e != null) {
            e.abort();
        }
    }

    /** The executor of the running batch (tests abort it to mimic a killed process). */
    public BatchExecutor executor() {
        return executor;
    }

    /** Canonical journal plus tables in {@code work}; returns the code versions of its runs. */
    Set<String> finish(List<Path> journals, Path work, Shard shard) throws IOException {
        Set<String> codes = CanonicalJournal.write(journals, work.resolve(JOURNAL), plan.runs(), shard::contains);
        new BatchOutputs(plan, unitOf).write(work.resolve(JOURNAL), work);
        return codes;
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
