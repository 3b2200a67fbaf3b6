package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsDirectoryTest {

    @TempDir
    Path root;

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void resultAppearsOnlyOnCommitAndTempIsASibling() throws IOException {
        Path target = root.resolve("results/baseline/run1");
        try (ResultsDirectory dir = ResultsDirectory.create(target, false)) {
            assertThat(dir.temp().getParent()).isEqualTo(target.getParent());
            assertThat(dir.temp().getFileName().toString()).startsWith(".run1.tmp-");
            Files.writeString(dir.temp().resolve("a.csv"), "x\n");
            assertThat(target).doesNotExist();
            assertThat(dir.commit()).isEqualTo(target);
            assertThat(dir.temp()).doesNotExist();
        }
        assertThat(target.resolve("a.csv")).hasContent("x");
        assertThat(entries(target.getParent())).isEqualTo(1);
    }

    @Test
    void existingTargetIsNotOverwrittenWithoutForce() throws IOException {
        Path target = Files.createDirectories(root.resolve("out"));
        Files.writeString(target.resolve("old.csv"), "old");
        writeRunManifest(target);
        assertThatThrownBy(() -> ResultsDirectory.create(target, false))
                .isInstanceOf(ResultsDirectory.TargetExistsException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("--force");
        assertThat(target.resolve("old.csv")).hasContent("old");
        assertThat(entries(root)).isEqualTo(1); // no temp dir left behind
    }

    @Test
    void targetCreatedMeanwhileIsNotOverwrittenAtCommit() throws IOException {
        Path target = root.resolve("out");
        try (ResultsDirectory dir = ResultsDirectory.create(target, false)) {
            Files.createDirectories(target);
            assertThatThrownBy(dir::commit).isInstanceOf(ResultsDirectory.TargetExistsException.class);
        }
        assertThat(entries(root)).isEqualTo(1);
    }

    /** The smallest manifest.json {@link OutputDirectory#isKozanResults} accepts as a run's. */
    static void writeRunManifest(Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"format\": 1, \"kozan\": {\"version\": \"0.1.0\"}, \"files\": []}\n");
    }

    @Test
    void forceReplacesOldResultAndLeavesNothingAside() throws IOException {
        Path target = Files.createDirectories(root.resolve("out"));
        Files.writeString(target.resolve("old.csv"), "old");
        writeRunManifest(target);
        try (ResultsDirectory dir = ResultsDirectory.create(target, true)) {
            Files.writeString(dir.temp().resolve("new.csv"), "new");
            assertThat(target.resolve("old.csv")).exists(); // old kept until the new one is complete
            dir.commit();
        }
        assertThat(target.resolve("new.csv")).hasContent("new");
        assertThat(target.resolve("old.csv")).doesNotExist();
        assertThat(entries(root)).isEqualTo(1);
    }

    @Test
    void temporaryFoldersOfDeadProcessesAreRemovedAndLiveOnesKept() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path staleTmp = Files.createDirectories(root.resolve(".big.tmp-" + dead + "/charts"));
        Files.writeString(staleTmp.resolve("a.svg"), "<svg/>");
        Path liveTmp = Files.createDirectories(root.resolve(".other.tmp-" + alive));
        Files.createDirectories(root.resolve("done"));
        Path staleOld = Files.createDirectories(root.resolve(".done.old-" + dead)); // replacement arrived: stale
        Path onlyCopy = Files.createDirectories(root.resolve(".lost.old-" + dead)); // "lost" missing: keep it
        Path notOurs = Files.createDirectories(root.resolve(".thesis.tmp-x" + dead));
        try (ResultsDirectory dir = ResultsDirectory.create(root.resolve("run"), false)) {
            assertThat(dir.staleRemoved()).containsExactly(root.resolve(".big.tmp-" + dead),
                    staleOld.toAbsolutePath());
        }
        assertThat(root.resolve(".big.tmp-" + dead)).doesNotExist();
        assertThat(staleOld).doesNotExist();
        assertThat(liveTmp).isDirectory();
        assertThat(onlyCopy).isDirectory();
        assertThat(notOurs).isDirectory();
    }

    @Test
    void lockFilesNobodyHoldsAreRemovedAndHeldOnesKeepTheirLock() throws Exception {
        Path stale = Files.writeString(root.resolve(".killed-run.lock"), "12345\n"); // left by kill -9
        try (OutputLock held = OutputLock.acquire(root.resolve("busy"))) {
            try (ResultsDirectory dir = ResultsDirectory.create(root.resolve("run"), false)) {
                assertThat(dir.staleRemoved()).isEmpty(); // lock files go quietly
            }
            assertThat(stale).doesNotExist();
            assertThat(OutputLock.lockFile(root.resolve("busy"))).exists();
            assertThatThrownBy(() -> OutputLock.acquire(root.resolve("busy"))).isInstanceOf(InputException.class);
        }
    }

    /** The PID of a process that has finished (reused PIDs are unlikely within the test). */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return pid;
    }

    @Test
    void aSecondWriterOfTheSameTargetIsRefusedWithThePid() throws IOException {
        Path target = root.resolve("out");
        try (ResultsDirectory first = ResultsDirectory.create(target, false)) {
            assertThatThrownBy(() -> ResultsDirectory.create(target, false))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("in use by another Kozan process (PID " + ProcessHandle.current().pid() + ")");
            first.commit();
        }
        assertThat(OutputLock.lockFile(target)).doesNotExist();
        assertThat(entries(root)).isEqualTo(1);
    }

    @Test
    void failureBeforeCommitDeletesTempDirectory() throws IOException {
        Path target = root.resolve("out");
        Path temp;
        try (ResultsDirectory dir = ResultsDirectory.create(target, false)) {
            temp = dir.temp();
            Files.createDirectories(temp.resolve("charts"));
            Files.writeString(temp.resolve("charts/a.svg"), "<svg/>");
            // an exception would leave the try block here without commit()
        }
        assertThat(temp).doesNotExist();
        assertThat(target).doesNotExist();
        assertThat(entries(root)).isZero();
    }

    @Test
    void unwritableLocationFailsWithThePathInTheMessage() throws IOException {
        Path blocker = Files.writeString(root.resolve("not-a-dir"), "file");
        assertThatThrownBy(() -> ResultsDirectory.create(blocker.resolve("run"), false))
                .isInstanceOf(IOException.class).hasMessageContaining("not-a-dir");
    }

    @Test
    void defaultTargetUsesUtcTimestampAndScenarioHash() {
        Path p = ResultsDirectory.defaultTarget(Path.of("results"), "baseline",
                Instant.parse("2026-03-04T05:06:07.891Z"), "0123456789abcdef" + "0".repeat(48));
        assertThat(p).isEqualTo(Path.of("results", "baseline", "20260304T050607Z-01234567"));
    }
}
