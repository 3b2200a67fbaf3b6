package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --out / --force rule (docs/robustness.md): Kozan creates new folders, replaces only folders it wrote (a
 * Kozan manifest.json) or empty ones, and refuses everything else with a message naming the path, touching
 * nothing.
 */
class OutputDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aNewPathIsAllowedAndItsParentsAreCreatedOnRequest() throws IOException {
        Path target = root.resolve("a/b/run");
        assertThat(OutputDirectory.check(target, false)).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(root.resolve("a")).doesNotExist(); // check touches nothing
        OutputDirectory.createParents(target);
        assertThat(root.resolve("a/b")).isDirectory();
    }

    @Test
    void anEmptyPathTheCurrentFolderAndItsParentsAreRefusedEvenWithForce() {
        assertThatThrownBy(() -> OutputDirectory.check(Path.of(""), true))
                .isInstanceOf(InputException.class).hasMessageContaining("empty path");
        for (String p : new String[] {".", "..", Path.of("").toAbsolutePath().toString(), "/"}) {
            assertThatThrownBy(() -> OutputDirectory.check(Path.of(p), true)).as(p)
                    .isInstanceOf(InputException.class).hasMessageContaining("current folder or one of its parents");
        }
    }

    @Test
    void aFileIsNeverReplacedNorUsedAsAParent() throws IOException {
        Path file = Files.writeString(root.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> OutputDirectory.check(file, true))
                .isInstanceOf(InputException.class).hasMessageContaining(file + " is a file, not a results folder");
        assertThatThrownBy(() -> OutputDirectory.check(file.resolve("sub"), false))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file + " is a file, not a folder, so " + file.resolve("sub") + " cannot be created");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aFolderKozanDidNotWriteIsNeverReplaced() throws IOException {
        Path thesis = Files.createDirectories(root.resolve("thesis"));
        Files.writeString(thesis.resolve("chapter1.tex"), "text");
        for (boolean force : new boolean[] {false, true}) {
            assertThatThrownBy(() -> OutputDirectory.check(thesis, force))
                    .isInstanceOf(InputException.class).isNotInstanceOf(ResultsDirectory.TargetExistsException.class)
                    .hasMessageContaining(thesis + " exists and is not a Kozan results folder")
                    .hasMessageContaining("not even with --force");
        }
        // A manifest.json that is not Kozan's (or is damaged) does not make the folder Kozan's.
        Files.writeString(thesis.resolve("manifest.json"), "{\"name\": \"my web app\"}");
        assertThatThrownBy(() -> OutputDirectory.check(thesis, true)).isInstanceOf(InputException.class);
        Files.writeString(thesis.resolve("manifest.json"), "{\"kozan\": {\"version\": \"0.1");
        assertThatThrownBy(() -> OutputDirectory.check(thesis, true)).isInstanceOf(InputException.class);
        assertThat(thesis.resolve("chapter1.tex")).hasContent("text");
    }

    @Test
    void kozanRunAndBatchFoldersAndEmptyFoldersNeedForce() throws IOException {
        Path run = Files.createDirectories(root.resolve("run"));
        ResultsDirectoryTest.writeRunManifest(run);
        Path batch = Files.createDirectories(root.resolve("batch"));
        Files.writeString(batch.resolve("manifest.json"), "{\"kind\": \"batch\", \"files_sha256\": {}}");
        Path empty = Files.createDirectories(root.resolve("empty"));
        for (Path p : new Path[] {run, batch, empty}) {
            assertThatThrownBy(() -> OutputDirectory.check(p, false)).as(p.toString())
                    .isInstanceOf(ResultsDirectory.TargetExistsException.class).hasMessageContaining("--force");
            assertThat(OutputDirectory.check(p, true)).isEqualTo(p);
        }
    }

    @Test
    void symbolicLinksAreRefusedDanglingOrNot() throws IOException {
        Path run = Files.createDirectories(root.resolve("run"));
        ResultsDirectoryTest.writeRunManifest(run);
        Path link = Files.createSymbolicLink(root.resolve("link"), run);
        Path dangling = Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nowhere"));
        assertThatThrownBy(() -> OutputDirectory.check(link, true))
                .isInstanceOf(InputException.class).hasMessageContaining(link + " is a symbolic link (to " + run + ")");
        assertThatThrownBy(() -> OutputDirectory.check(dangling, false))
                .isInstanceOf(InputException.class).hasMessageContaining("which does not exist");
        assertThatThrownBy(() -> OutputDirectory.check(dangling.resolve("sub"), false))
                .isInstanceOf(InputException.class).hasMessageContaining(dangling + " is a symbolic link to something"
                        + " that does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(run.resolve("manifest.json")).exists();
    }

    @Test
    void replaceKeepsTheOldFolderUntilTheNewOneIsInPlace() throws IOException {
        Path target = Files.createDirectories(root.resolve("out"));
        Files.writeString(target.resolve("old.csv"), "old");
        Path fresh = Files.createDirectories(root.resolve(".out.tmp-1"));
        Files.writeString(fresh.resolve("new.csv"), "new");
        OutputDirectory.replace(fresh, target);
        assertThat(target.resolve("new.csv")).hasContent("new");
        try (var s = Files.list(root)) {
            assertThat(s.toList()).containsExactly(target);
        }
    }
}
