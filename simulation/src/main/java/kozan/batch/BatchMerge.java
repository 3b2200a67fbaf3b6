package kozan.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Combines finished shard folders ({@code batch --shard i/n}) into the results an unsharded batch gives:
 * same inputs (spec hash) and the same n required, every part exactly once, no run twice.
 */
public final class BatchMerge {

    private BatchMerge() {
    }

    public static BatchJob.Result merge(List<Path> dirs, Path out, boolean force, Function<String, String> unitOf)
            throws IOException, BatchUsageException {
        Instant started = Instant.now();
        if (dirs.isEmpty()) {
            throw new BatchUsageException("give the shard folders to merge");
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
        BatchPlan plan = BatchPlan.of(spec, first.specSha256());
        if (plan.runs() != first.runs()) {
            throw new BatchUsageException("the stored batch file gives " + plan.runs() + " runs but the shards say "
                    + first.runs());
        }
        if (Files.exists(out)) {
            if (!force) {
                throw new BatchUsageException(out + " already exists; choose another --out or add --force");
            }
            BatchJob.deleteTree(out);
        }
        Path work = BatchJob.partial(out);
        if (Files.exists(work)) {
            BatchJob.deleteTree(work);
        }
        Files.createDirectories(work);
        Path firstDir = parts.firstEntry().getValue();
        // The state file names the scenario hashes; copy it with the shard set to the whole batch.
        var state = (com.fasterxml.jackson.databind.node.ObjectNode) BatchState.JSON.readTree(
                firstDir.resolve(BatchState.FILE).toFile());
        state.put("shard", Shard.ALL.toString());
        Files.writeString(work.resolve(BatchState.FILE), BatchState.JSON.writeValueAsString(state) + "\n");
        Files.copy(firstDir.resolve("batch.yaml"), work.resolve("batch.yaml"));
        List<Path> journals = new ArrayList<>();
        parts.values().forEach(d -> journals.add(d.resolve(BatchJob.JOURNAL)));
        CanonicalJournal.write(journals, work.resolve(BatchJob.JOURNAL), plan.runs(), r -> true);
        new BatchOutputs(plan, unitOf).write(work.resolve(BatchJob.JOURNAL), work);
        int[] failed = {0};
        Journal.forEach(work.resolve(BatchJob.JOURNAL), r -> failed[0] += r.ok() ? 0 : 1);
        BatchManifest.write(work, plan, Shard.ALL, 0, started, Instant.now(), plan.runs(), failed[0],
                new ArrayList<>(parts.values()));
        Files.move(work, out, StandardCopyOption.ATOMIC_MOVE);
        return new BatchJob.Result(out, plan.runs(), failed[0], true);
    }
}
