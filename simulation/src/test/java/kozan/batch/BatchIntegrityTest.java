package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import kozan.io.InputException;
import kozan.io.OutputLock;
import kozan.io.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches never destroy data or mix code (issue 19, docs/robustness.md): --force replaces only Kozan's own folders,
 * merge never writes over an input, resume and merge refuse another code version unless allowed (and then say so
 * in the manifest), one process per folder, and a journal that does not belong is refused before any run.
 */
class BatchIntegrityTest {

    @TempDir
    Path tmp;

    private final AtomicInteger runs = new AtomicInteger();

    private BatchJob job(Path spec) throws Exception {
        FakeModel counting = new FakeModel() {
            @Override
            public SortedMap<MetricKey, Double> run(DesignPoint p, int k, long seed) throws Exception {
                runs.incrementAndGet();
                return super.run(p, k, seed);
            }
        };
        return new BatchJob(BatchFixtures.plan(spec), counting, BatchFixtures::unit, BatchProgress.NONE,
                new PrintWriter(System.err, true));
    }

    private Path spec() throws IOException {
        return BatchFixtures.write(tmp, BatchFixtures.GRID_OK); // 3 points x 8 replications = 24 runs
    }

    @Test
    void forceNeverReplacesAFileOrAFolderKozanDidNotWrite() throws Exception {
        Path spec = spec();
        Path thesis = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter.tex"), "mine");
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> job(spec).run(thesis, 1, false, Shard.ALL, true))
                .isInstanceOf(InputException.class).hasMessageContaining("is not a Kozan results folder");
        assertThatThrownBy(() -> job(spec).run(notes, 1, false, Shard.ALL, true))
                .isInstanceOf(InputException.class).hasMessageContaining(notes + " is a file, not a results folder");
        assertThatThrownBy(() -> job(spec).run(notes, 1, true, Shard.ALL, false)) // not "a finished batch"
                .isInstanceOf(InputException.class).hasMessageContaining("is a file");
        assertThatThrownBy(() -> job(spec).run(Path.of(""), 1, false, Shard.ALL, true))
                .isInstanceOf(InputException.class).hasMessageContaining("empty path");
        // A folder in the way of the work folder out.partial is not Kozan's either.
        Path userPartial = Files.createDirectories(tmp.resolve("out.partial"));
        Files.writeString(userPartial.resolve("data.csv"), "mine");
        assertThatThrownBy(() -> job(spec).run(tmp.resolve("out"), 1, false, Shard.ALL, true))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("not an interrupted Kozan batch");
        assertThat(runs.get()).isZero();
        assertThat(thesis.resolve("chapter.tex")).hasContent("mine");
        assertThat(notes).hasContent("mine");
        assertThat(userPartial.resolve("data.csv")).hasContent("mine");
        // A finished batch is Kozan's: --force replaces it.
        Path done = tmp.resolve("done");
        job(spec).run(done, 1, false, Shard.ALL, false);
        assertThat(job(spec).run(done, 1, false, Shard.ALL, true).complete()).isTrue();
    }

    @Test
    void resumingAnEmptyWorkFolderIsBadInput() throws Exception {
        Path spec = spec();
        Files.createDirectories(tmp.resolve("out.partial"));
        assertThatThrownBy(() -> job(spec).run(tmp.resolve("out"), 1, true, Shard.ALL, false))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("is empty: there is nothing to resume");
    }

    @Test
    void mergeRefusesAnOutputThatIsContainsOrSitsInsideAnInput() throws Exception {
        Path spec = spec();
        Path p1 = tmp.resolve("p1");
        Path p2 = tmp.resolve("p2");
        job(spec).run(p1, 1, false, new Shard(1, 2), false);
        job(spec).run(p2, 1, false, new Shard(2, 2), false);
        byte[] before = Files.readAllBytes(p1.resolve("runs.jsonl"));
        for (Path out : List.of(p1, p1.resolve("merged"), tmp, tmp.resolve("p1/../p2"))) {
            assertThatThrownBy(() -> BatchMerge.merge(List.of(p1, p2), out, true, BatchFixtures::unit)).as(out.toString())
                    .isInstanceOf(BatchUsageException.class).hasMessageContaining("merging would overwrite an input");
        }
        assertThat(Files.readAllBytes(p1.resolve("runs.jsonl"))).isEqualTo(before);
        assertThat(tmp.resolve("p1.partial")).doesNotExist();
        assertThat(BatchMerge.merge(List.of(p1, p2), tmp.resolve("merged"), false, BatchFixtures::unit).complete()).isTrue();
    }

    @Test
    void resumeWithAnotherCodeVersionIsRefusedUnlessAllowedAndThenRecorded() throws Exception {
        Path spec = spec();
        Path out = tmp.resolve("out");
        Path work = BatchJob.partial(out);
        // An interrupted batch started by an older jar: its state and first run say so.
        Files.createDirectories(work);
        BatchPlan plan = BatchFixtures.plan(spec);
        BatchState old = BatchState.of(plan, Shard.ALL);
        new BatchState(old.name(), old.specSha256(), old.shard(), old.designPoints(), old.replications(), old.runs(),
                "0.0.9+0123456789ab").write(work, plan);
        Files.copy(spec, work.resolve("batch.yaml"));
        try (Journal j = Journal.append(work.resolve(BatchJob.JOURNAL), "0.0.9+0123456789ab")) {
            FakeModel m = new FakeModel();
            j.write(RunRecord.ok(0, 0, 0, m.masterSeed(7, 0), m.run(plan.points().get(0), 0, 7)));
        }
        assertThatThrownBy(() -> job(spec).run(out, 1, true, Shard.ALL, false))
                .isInstanceOf(BatchUsageException.class)
                .hasMessageContaining("its runs were made by Kozan 0.0.9+0123456789ab, this is "
                        + VersionInfo.current().codeId())
                .hasMessageContaining("--allow-mixed-versions");
        assertThat(runs.get()).isZero();

        BatchJob.Result r = job(spec).allowMixedVersions(true).run(out, 1, true, Shard.ALL, false);
        assertThat(r.complete()).isTrue();
        assertThat(runs.get()).isEqualTo(23);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"allow_mixed_versions\" : true")
                .contains("\"0.0.9+0123456789ab\"").contains("\"" + VersionInfo.current().codeId() + "\"");
        // Every journal line names the code that ran it.
        List<String> lines = Files.readAllLines(out.resolve("runs.jsonl"));
        assertThat(lines.get(0)).endsWith(",\"code\":\"0.0.9+0123456789ab\"}");
        assertThat(lines.get(1)).endsWith(",\"code\":\"" + VersionInfo.current().codeId() + "\"}");
    }

    @Test
    void mergeRefusesShardsOfAnotherCodeVersionUnlessAllowed() throws Exception {
        Path spec = spec();
        Path p1 = tmp.resolve("p1");
        Path p2 = tmp.resolve("p2");
        job(spec).run(p1, 1, false, new Shard(1, 2), false);
        job(spec).run(p2, 1, false, new Shard(2, 2), false);
        Path state = p2.resolve(BatchState.FILE);
        Files.writeString(state, Files.readString(state).replace(VersionInfo.current().codeId(), "0.0.9+0123456789ab"));
        assertThatThrownBy(() -> BatchMerge.merge(List.of(p1, p2), tmp.resolve("m"), false, BatchFixtures::unit))
                .isInstanceOf(BatchUsageException.class)
                .hasMessageContaining(p2 + " was made by Kozan 0.0.9+0123456789ab but " + p1 + " by "
                        + VersionInfo.current().codeId());
        assertThat(tmp.resolve("m")).doesNotExist();
        // Journal lines of another version are caught too, even when the states agree.
        Files.writeString(state, Files.readString(state).replace("0.0.9+0123456789ab", VersionInfo.current().codeId()));
        Path journal = p2.resolve("runs.jsonl");
        Files.writeString(journal, Files.readString(journal).replaceFirst(
                "\"code\":\"[^\"]*\"", "\"code\":\"0.0.9+0123456789ab\""));
        assertThatThrownBy(() -> BatchMerge.merge(List.of(p1, p2), tmp.resolve("m"), false, BatchFixtures::unit))
                .isInstanceOf(BatchUsageException.class).hasMessageContaining("several code versions");
        assertThat(tmp.resolve("m")).doesNotExist();
        assertThat(tmp.resolve("m.partial")).doesNotExist();
        BatchJob.Result m = BatchMerge.merge(List.of(p1, p2), tmp.resolve("m"), false, true, BatchFixtures::unit);
        assertThat(m.complete()).isTrue();
        assertThat(Files.readString(tmp.resolve("m/manifest.json"))).contains("\"allow_mixed_versions\" : true")
                .contains("\"0.0.9+0123456789ab\"");
    }

    @Test
    void aDamagedShardJournalIsBadInputNamingTheLine() throws Exception {
        Path spec = spec();
        Path p1 = tmp.resolve("p1");
        Path p2 = tmp.resolve("p2");
        job(spec).run(p1, 1, false, new Shard(1, 2), false);
        job(spec).run(p2, 1, false, new Shard(2, 2), false);
        Path journal = p2.resolve("runs.jsonl");
        List<String> lines = Files.readAllLines(journal);
        lines.set(2, lines.get(2).substring(0, 20)); // line 3 cut short
        Files.write(journal, lines);
        assertThatThrownBy(() -> BatchMerge.merge(List.of(p1, p2), tmp.resolve("m"), false, BatchFixtures::unit))
                .isInstanceOf(InputException.class).hasMessageStartingWith(journal + ":3: ");
        assertThat(tmp.resolve("m")).doesNotExist();
        assertThat(tmp.resolve("m.partial")).doesNotExist();
    }

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedWithThePid() throws Exception {
        Path spec = spec();
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.acquire(out)) {
            assertThatThrownBy(() -> job(spec).run(out, 1, true, Shard.ALL, false))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("in use by another Kozan process (PID " + ProcessHandle.current().pid());
            assertThatThrownBy(() -> BatchMerge.merge(List.of(tmp.resolve("x")), out, false, BatchFixtures::unit))
                    .isInstanceOf(BatchUsageException.class); // no manifest in x: refused before the lock
        }
        assertThat(runs.get()).isZero();
        assertThat(BatchJob.partial(out)).doesNotExist();
    }

    @Test
    void aJournalWithRunsOutsideTheDesignIsRefusedBeforeAnyRun() throws Exception {
        Path spec = spec();
        Path out = tmp.resolve("out");
        BatchJob.Result first = job(spec).run(out, 1, false, new Shard(1, 2), false);
        assertThat(first.complete()).isTrue();
        // Make it interrupted again, with a foreign line: run 99 of a 24-run batch.
        Path work = BatchJob.partial(out);
        Files.move(out, work);
        Files.delete(work.resolve("manifest.json"));
        List<String> lines = Files.readAllLines(work.resolve("runs.jsonl"));
        Files.writeString(work.resolve("runs.jsonl"), lines.get(0) + "\n"
                + lines.get(1).replaceFirst("\"run\":\\d+", "\"run\":99") + "\n", StandardCharsets.UTF_8);
        runs.set(0);
        assertThatThrownBy(() -> job(spec).run(out, 1, true, new Shard(1, 2), false))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(work.resolve("runs.jsonl") + ":2: run 99 is not part of this batch (it has runs 0 to 23)");
        // Run 1 belongs to shard 2/2, not 1/2.
        Files.writeString(work.resolve("runs.jsonl"), lines.get(0).replaceFirst("\"run\":\\d+", "\"run\":1") + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        assertThatThrownBy(() -> job(spec).run(out, 1, true, new Shard(1, 2), false))
                .isInstanceOf(InputException.class).hasMessageContaining(":1: run 1 is not part of this batch part");
        assertThat(runs.get()).isZero();
    }
}
