package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files are regular files under a cap, refused at once otherwise (no OutOfMemoryError, no hang). */
class InputFileTest {

    @TempDir
    Path root;

    @Test
    void devicesFifosAndFoldersAreRefusedPromptly() throws Exception {
        long start = System.nanoTime();
        assertThatThrownBy(() -> InputFile.readText(Path.of("/dev/zero"), InputFile.MAX_TEXT_BYTES))
                .isInstanceOf(InputException.class).hasMessage("/dev/zero is not a regular file (a device, FIFO or"
                        + " socket); Kozan reads only regular files");
        Path fifo = root.resolve("fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertThatThrownBy(() -> InputFile.readText(fifo, InputFile.MAX_TEXT_BYTES))
                .isInstanceOf(InputException.class).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> InputFile.readText(root, InputFile.MAX_TEXT_BYTES))
                .isInstanceOf(InputException.class).hasMessageContaining("is a folder, not a file");
        assertThatThrownBy(() -> InputFile.readText(root.resolve("none.yaml"), 10))
                .isInstanceOf(InputException.class).hasMessageContaining("none.yaml: no such file");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theCapIsInclusiveAndNamesTheFile() throws Exception {
        Path f = Files.write(root.resolve("a.yaml"), new byte[3 << 20]);
        assertThat(InputFile.readBytes(f, 3 << 20)).hasSize(3 << 20);
        assertThatThrownBy(() -> InputFile.readBytes(f, (3 << 20) - 1))
                .isInstanceOf(InputException.class).hasMessageStartingWith(f + " is larger than the limit of 2 MiB");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumber() throws Exception {
        // 65,536 characters is the limit: line 2 with exactly that many passes, line 3 with one more does not.
        Path ok = Files.writeString(root.resolve("ok.yaml"), "a: 1\n" + "b".repeat(InputFile.MAX_LINE_CHARS) + "\n");
        assertThat(InputFile.readText(ok, InputFile.MAX_TEXT_BYTES)).hasSize(5 + InputFile.MAX_LINE_CHARS + 1);
        Path f = Files.writeString(root.resolve("long.yaml"), "a: 1\nb: 2\n" + "c".repeat(InputFile.MAX_LINE_CHARS + 1));
        assertThatThrownBy(() -> InputFile.readText(f, InputFile.MAX_TEXT_BYTES))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ":3: the line has 65537 characters, more than the limit of 65536; break it into"
                        + " several lines");
    }

    @Test
    void truncatedJsonIsBadInputWithFileLineAndColumn() throws Exception {
        Path f = Files.writeString(root.resolve("manifest.json"), "{\n  \"format\": 1,\n  \"kozan\": {\"ver");
        assertThatThrownBy(() -> InputFile.readJson(f, InputFile.MAX_JSON_BYTES))
                .isInstanceOf(InputException.class).hasMessageStartingWith(f + ":3:")
                .hasMessageContaining("not valid JSON");
        Path empty = Files.writeString(root.resolve("empty.json"), "");
        assertThatThrownBy(() -> InputFile.readJson(empty, InputFile.MAX_JSON_BYTES))
                .isInstanceOf(InputException.class).hasMessageContaining("is empty");
        Path bad = Files.write(root.resolve("bad.yaml"), new byte[] {'a', (byte) 0xff});
        assertThatThrownBy(() -> InputFile.readText(bad, 100))
                .isInstanceOf(InputException.class).hasMessageContaining("not valid UTF-8");
    }
}
