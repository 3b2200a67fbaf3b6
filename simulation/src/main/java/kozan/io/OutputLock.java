package kozan.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An exclusive lock on one output folder, held while a command (run, batch, batch merge, compare) writes it, so
 * two processes never write the same folder: the second one stops at once with exit 2 and the holder's PID.
 * The lock is an OS file lock on the sibling {@code .<name>.lock}, which holds the PID; the OS releases it when
 * the process dies, even by kill -9, so a stale lock file never blocks anyone. The file is deleted on
 * {@link #close()}.
 */
public final class OutputLock implements AutoCloseable {

    private static final int ATTEMPTS = 20;
    /**
     * Lock files this JVM holds. Never opened again while held: closing any descriptor of a file releases the
     * process's POSIX lock on it.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder: {@code .<name>.lock} beside it. */
    public static Path lockFile(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}'s folder, whose parent must exist, without waiting.
     *
     * @throws InputException when another process (or this one) holds it, naming its PID
     */
    public static OutputLock acquire(Path target) throws IOException {
        Path file = lockFile(target);
        if (HELD.contains(file)) {
            throw inUse(target, Long.toString(ProcessHandle.current().pid()));
        }
        String me = Long.toString(ProcessHandle.current().pid());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object before = fileKey(file);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(ch);
                ch.close();
                throw inUse(target, holder);
            }
            // The previous holder deletes the file on release; if it did so between our open and our lock, we
            // locked a deleted file, and the path now names another one: try again. (Compared by file key from
            // stat, never by opening the file: closing any descriptor of a file drops this process's lock on it.)
            if (before != null && before.equals(fileKey(file))) {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                ch.force(false);
                HELD.add(file);
                return new OutputLock(file, ch, lock);
            }
            lock.release();
            ch.close();
        }
        throw new InputException("cannot lock " + target + ": its lock file " + file + " keeps changing");
    }

    private static InputException inUse(Path target, String holder) {
        return new InputException(target.toAbsolutePath().normalize() + " is in use by another Kozan process"
                + (holder.isEmpty() ? "" : " (PID " + holder + ")") + "; wait for it to finish or stop it"
                + " (two processes writing one folder would corrupt it)");
    }

    /**
     * Deletes a lock file nobody holds (left by a process killed with kill -9); a held one, or one this JVM
     * holds, is left alone.
     *
     * @return whether it was deleted
     */
    static boolean removeIfFree(Path file) {
        Object before = fileKey(file);
        if (before == null || HELD.contains(file.toAbsolutePath().normalize())) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return false;
            }
            try {
                if (before.equals(fileKey(file))) {
                    Files.delete(file);
                    return true;
                }
                return false;
            } finally {
                lock.release();
            }
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    /** The file's identity (device and inode on Unix), null when it does not exist. */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            lock.release();
            channel.close();
            HELD.remove(file);
        }
    }
}
