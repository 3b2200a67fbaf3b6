package kozan.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import kozan.io.InputFile;
import kozan.io.OutputDirectory;
import kozan.io.OutputLock;
import kozan.io.ResultsDirectory;

/**
 * Combines finished shard folders ({@code batch --shard i/n}) into the results an unsharded batch gives:
 * same inputs (spec hash) and the same n required, every part exactly once, no run twice.
 */
public final class BatchMerge {

    private BatchMerge() {
    }

    public static BatchJob.Result merge(List<Path> dirs, Path out, boolean force, Function<String, String> unitOf)
            throws IOException {
        return merge(dirs, out, force, false, unitOf);
    }

    /**
     * @param allowMixedVersions merge shards made by different code versions (recorded in the manifest)
     * @throws BatchUsageException when the parts do not form one batch, the output is, contains or sits inside
     *                             an input, or the output may not be written ({@link OutputDirectory})
     */
    public static BatchJob.Result merge(List<Path> dirs, Path out, boolean force, boolean allowMixedVersions,
                                        Function<String, String> unitOf) throws IOException {
        return merge(dirs, out, force, allowMixedVersions, unitOf, PlanSource.BATCH, dir -> { });
    }

    /**
     * How the merged runs' design points are known again from the first shard folder: a plain batch expands its
     * stored batch file ({@link #BATCH}); a study that makes its own design points (kozan sensitivity) rebuilds them
     * from what it stored beside it.
     */
    @FunctionalInterface
    public interface PlanSource {
        PlanSource BATCH = (firstShard, spec, specSha256) -> BatchPlan.of(spec, specSha256);

        BatchPlan plan(Path firstShard, BatchSpec storedSpec, String specSha256) throws IOException;
    }

    /**
     * As {@link #merge(List, Path, boolean, boolean, Function)}, with the plan rebuilt by {@code planSource} and
     * {@code extraOutputs} written into the merged folder before its manifest (as {@link BatchJob#withExtraOutputs}).
     */
    public static BatchJob.Result merge(List<Path> dirs, Path out, boolean force, boolean allowMixedVersions,
                                        Function<String, String> unitOf, PlanSource planSource,
                                        Journal.IoConsumer<Path> extraOutputs) throws IOException {
        Instant started = Instant.now();
        if (dirs.isEmpty()) {
            throw new BatchUsageException("give the shard folders to merge");
        }
        Path target = OutputDirectory.checkPath(out);
        Path work = BatchJob.partial(target);
        for (Path d : dirs) {
            Path input = real(d);
            for (Path written : List.of(target, work)) {
                Path w = real(written);
                if (w.equals(input) || w.startsWith(input) || input.startsWith(w)) {
                    throw new BatchUsageException("--out " + out + " " + (w.equals(input) ? "is" : w.startsWith(input)
                            ? "sits inside" : "contains") + " the input " + d + "; merging would overwrite an input:"
                            + " choose an --out outside the shard folders");
                }
            }
        }
        TreeMap<Integer, Path> parts = new TreeMap<>();
        BatchState first = null;
        for (Path d : dirs) {
            if (!Files.exists(d.resolve(BatchManifest.FILE))) {
                throw new BatchUsageException(d + " is not a finished batch folder (no manifest.json); finish it"
                        + " with batch --resume first");
            }
            BatchState s = BatchState.read(d);
            if (first == null) {
                first = s;
            } else if (!s.specSha256().equals(first.specSha256())) {
                throw new BatchUsageException(d + " comes from different inputs than " + dirs.get(0)
                        + " (spec sha256 " + s.specSha256().substring(0, 12) + " vs "
                        + first.specSha256().substring(0, 12) + "); only shards of one batch can be merged");
            } else if (s.shard().count() != first.shard().count()) {
                throw new BatchUsageException(d + " is shard " + s.shard() + " but " + dirs.get(0) + " is shard "
                        + first.shard() + "; all parts must split the batch the same way");
            } else if (!s.codeVersion().equals(first.codeVersion()) && !allowMixedVersions) {
                throw new BatchUsageException(d + " was made by Kozan " + s.codeVersion() + " but " + dirs.get(0)
                        + " by " + first.codeVersion() + "; merging would mix results of different code. Rerun the"
                        + " shard with one jar, or add --allow-mixed-versions (recorded in the manifest)");
            }
            Path previous = parts.put(s.shard().index(), d);
            if (previous != null) {
                throw new BatchUsageException("shard " + s.shard() + " is given twice: " + previous + " and " + d);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= first.shard().count(); i++) {
            if (!parts.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            throw new BatchUsageException("missing shard(s) " + missing + " of " + first.shard().count());
        }
        BatchSpec spec;
        try {
            spec = BatchSpecLoader.loadStoredCopy(parts.firstEntry().getValue().resolve("batch.yaml"));
        } catch (BatchSpecException e) {
            throw new BatchUsageException("cannot read the stored batch file: " + e.getMessage());
        }
        BatchPlan plan = planSource.plan(parts.firstEntry().getValue(), spec, first.specSha256());
        if (plan.runs() != first.runs()) {
            throw new BatchUsageException("the stored batch file gives " + plan.runs() + " runs but the shards say "
                    + first.runs());
        }
        OutputDirectory.createParents(target);
        try (OutputLock lock = OutputLock.acquire(target)) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                OutputDirectory.check(target, true);
                if (!force) {
                    throw new BatchUsageException(target + " already exists; choose another --out or add --force");
                }
            }
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                BatchJob.checkWorkFolder(work);
                BatchJob.deleteTree(work); // left by a merge that was stopped: merging starts over
            }
            Files.createDirectories(work);
            try {
                int failed = write(parts, work, plan, unitOf, allowMixedVersions, started, extraOutputs);
                OutputDirectory.replace(work, target);
                return new BatchJob.Result(target, plan.runs(), failed, true);
            } catch (IOException | RuntimeException e) {
                ResultsDirectory.deleteRecursively(work);
                throw e;
            }
        }
    }

    private static int write(TreeMap<Integer, Path> parts, Path work, BatchPlan plan, Function<String, String> unitOf,
                             boolean allowMixedVersions, Instant started, Journal.IoConsumer<Path> extraOutputs)
            throws IOException {
        Path firstDir = parts.firstEntry().getValue();
        // The state file names the scenario hashes; copy it with the shard set to the whole batch.
        var state = (com.fasterxml.jackson.databind.node.ObjectNode) InputFile.readJson(
                firstDir.resolve(BatchState.FILE), InputFile.MAX_JSON_BYTES);
        state.put("shard", Shard.ALL.toString());
        Files.writeString(work.resolve(BatchState.FILE), BatchState.JSON.writeValueAsString(state) + "\n");
        Files.copy(firstDir.resolve("batch.yaml"), work.resolve("batch.yaml"));
        List<Path> journals = new ArrayList<>();
        parts.values().forEach(d -> journals.add(d.resolve(BatchJob.JOURNAL)));
        Set<String> codes = CanonicalJournal.write(journals, work.resolve(BatchJob.JOURNAL), plan.runs(), r -> true);
        if (codes.size() > 1 && !allowMixedVersions) {
            throw new BatchUsageException("the shards' journals hold runs of several code versions " + codes
                    + "; add --allow-mixed-versions to merge them anyway (recorded in the manifest)");
        }
        new BatchOutputs(plan, unitOf).write(work.resolve(BatchJob.JOURNAL), work);
        int[] failed = {0};
        Journal.forEach(work.resolve(BatchJob.JOURNAL), r -> failed[0] += r.ok() ? 0 : 1);
        extraOutputs.accept(work);
        BatchManifest.write(work, plan, Shard.ALL, 0, started, Instant.now(), plan.runs(), failed[0],
                new ArrayList<>(parts.values()), codes, allowMixedVersions, null);
        return failed[0];
    }

    private static Path real(Path p) {
        return OutputDirectory.real(p);
    }
}
