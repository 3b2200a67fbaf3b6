package kozan.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results directory that appears complete or not at all. Files are written into a temporary sibling
 * {@code .<name>.tmp-<pid>}; {@link #commit()} renames it into place atomically. An existing target is an error
 * unless {@code force}: then the old directory is moved aside and deleted only after the new one is in place.
 * {@link #close()} without a commit (an exception, or Ctrl-C via the shutdown hook) deletes the temporary directory.
 */
public final class ResultsDirectory implements AutoCloseable {

    /** The target exists and {@code force} was not given: bad input (exit code 2), not an internal error. */
    public static final class TargetExistsException extends IOException {
        public TargetExistsException(Path target) {
            super("results directory already exists: " + target + " (use --force to replace it, or --out DIR)");
        }
    }

    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path target;
    private final Path temp;
    private final boolean force;
    private final Thread cleanupHook;
    private volatile boolean committed;

    private ResultsDirectory(Path target, Path temp, boolean force) {
        this.target = target;
        this.temp = temp;
        this.force = force;
        this.cleanupHook = new Thread(() -> {
            if (!committed) {
                deleteQuietly(this.temp);
            }
        }, "kozan-results-cleanup");
    }

    /** {@code results/<scenario-name>/<yyyyMMdd'T'HHmmss'Z'>-<first 8 hex of the scenario sha256>}. */
    public static Path defaultTarget(Path resultsRoot, String scenarioName, Instant start, String scenarioSha256) {
        return resultsRoot.resolve(scenarioName).resolve(RUN_ID_TIME.format(start) + "-" + scenarioSha256.substring(0, 8));
    }

    /**
     * Creates the temporary sibling of {@code target} (and missing parents) and registers the Ctrl-C cleanup.
     *
     * @throws TargetExistsException when target exists and force is false
     * @throws IOException           when the parent is not writable (the message names the path)
     */
    public static ResultsDirectory create(Path target, boolean force) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !force) {
            throw new TargetExistsException(absolute);
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve("." + absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        deleteRecursively(temp); // left over from a killed process that had the same pid
        Files.createDirectory(temp);
        ResultsDirectory dir = new ResultsDirectory(absolute, temp, force);
        Runtime.getRuntime().addShutdownHook(dir.cleanupHook);
        return dir;
    }

    /** Where files are written until {@link #commit()}. */
    public Path temp() {
        return temp;
    }

    /** Where the results appear after {@link #commit()}. */
    public Path target() {
        return target;
    }

    /** Atomically renames the temporary directory to the target; with force, replaces an existing target. */
    public synchronized Path commit() throws IOException {
        if (committed) {
            return target;
        }
        Path aside = null;
        if (Files.exists(target)) {
            if (!force) {
                throw new TargetExistsException(target);
            }
            aside = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
            deleteRecursively(aside);
            move(target, aside);
        }
        try {
            move(temp, target);
        } catch (IOException e) {
            if (aside != null) {
                move(aside, target); // put the previous results back: never lose both
            }
            throw e;
        }
        committed = true;
        if (aside != null) {
            deleteRecursively(aside);
        }
        return target;
    }

    /** Deletes the temporary directory unless committed, and removes the Ctrl-C hook. */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook itself cleans up
        }
        if (!committed) {
            deleteRecursively(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            throw new IOException("cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a file or directory tree; a missing path is fine. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException | RuntimeException e) {
            System.err.println("warning: could not delete " + path + ": " + e.getMessage());
        }
    }
}
