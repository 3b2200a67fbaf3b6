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

    @Test
    void forceReplacesOldResultAndLeavesNothingAside() throws IOException {
        Path target = Files.createDirectories(root.resolve("out"));
        Files.writeString(target.resolve("old.csv"), "old");
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
