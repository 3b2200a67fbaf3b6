package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output folder; the second is told the holder's PID; a dead holder's file blocks no one. */
class OutputLockTest {

    @TempDir
    Path root;

    @Test
    void theSecondLockerIsRefusedWithTheHoldersPidAndTheLockIsFreedOnClose() throws Exception {
        Path target = root.resolve("out");
        try (OutputLock first = OutputLock.acquire(target)) {
            assertThat(Files.readString(OutputLock.lockFile(target)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThatThrownBy(() -> OutputLock.acquire(target))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(target + " is in use by another Kozan process (PID "
                            + ProcessHandle.current().pid() + ")");
            try (OutputLock other = OutputLock.acquire(root.resolve("other"))) {
                assertThat(other).isNotNull(); // locks are per folder
            }
        }
        assertThat(OutputLock.lockFile(target)).doesNotExist();
        try (OutputLock again = OutputLock.acquire(target)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aLockFileLeftByAKilledProcessDoesNotBlock() throws Exception {
        Path target = root.resolve("out");
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(OutputLock.lockFile(target), p.pid() + "\n", StandardCharsets.US_ASCII);
        try (OutputLock lock = OutputLock.acquire(target)) {
            assertThat(Files.readString(OutputLock.lockFile(target)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
