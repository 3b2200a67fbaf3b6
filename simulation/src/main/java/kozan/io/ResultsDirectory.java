package kozan.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A results directory that appears complete or not at all. Files are written into a temporary sibling
 * {@code .<name>.tmp-<pid>}; {@link #commit()} renames it into place atomically. Which targets may be written or
 * replaced is {@link OutputDirectory}'s rule (an existing target needs {@code force} and must be a Kozan results
 * folder); the old directory is moved aside and deleted only after the new one is in place. The target is locked
 * ({@link OutputLock}) from creation to {@link #close()}. {@link #close()} without a commit (an exception, or
 * Ctrl-C via the shutdown hook) deletes the temporary directory; temporary directories left by killed processes
 * (kill -9, power cut) are deleted by the next {@link #create} in the same folder, see {@link #staleRemoved()}.
 */
public final class ResultsDirectory implements AutoCloseable {

    /** The target exists and {@code force} was not given: bad input (exit code 2), not an internal error. */
    public static final class TargetExistsException extends InputException {
        private static final long serialVersionUID = 1L;

        public TargetExistsException(Path target) {
            super("results directory already exists: " + target + " (use --force to replace it, or --out DIR)");
        }
    }

    /** {@code .<name>.tmp-<pid>} and {@code .<name>.old-<pid>}: the temporary names this class and commit use. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\.(.+)\\.(tmp|old)-(\\d+)");

    /** {@code .<name>.lock}: {@link OutputLock}'s files. */
    private static final Pattern LOCK_NAME = Pattern.compile("\\..+\\.lock");

    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path target;
    private final Path temp;
    private final boolean force;
    private final OutputLock lock;
    private final List<Path> staleRemoved;
    private final Thread cleanupHook;
    private volatile boolean committed;

    private ResultsDirectory(Path target, Path temp, boolean force, OutputLock lock, List<Path> staleRemoved) {
        this.target = target;
        this.temp = temp;
        this.force = force;
        this.lock = lock;
        this.staleRemoved = staleRemoved;
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
     * Checks {@code target} ({@link OutputDirectory#check}), creates its missing parents, locks it, deletes
     * temporary directories of dead processes beside it, creates the temporary sibling and registers the
     * Ctrl-C cleanup.
     *
     * @throws TargetExistsException when target exists and force is false
     * @throws InputException        when Kozan may not write there, or another process is writing it
     */
    public static ResultsDirectory create(Path target, boolean force) throws IOException {
        Path absolute = OutputDirectory.check(target, force);
        OutputDirectory.createParents(absolute);
        OutputLock lock = OutputLock.acquire(absolute);
        try {
            OutputDirectory.check(absolute, force); // again under the lock: nobody else changes it from now on
            List<Path> stale = removeStaleTemps(absolute.getParent());
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            deleteRecursively(temp); // left over from a killed process that had the same pid
            Files.createDirectory(temp);
            ResultsDirectory dir = new ResultsDirectory(absolute, temp, force, lock, stale);
            Runtime.getRuntime().addShutdownHook(dir.cleanupHook);
            return dir;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Deletes the temporary directories ({@code .<name>.tmp-<pid>}, {@code .<name>.old-<pid>}) in {@code folder}
     * whose process is no longer running, and lock files nobody holds: what kill -9 or a power cut leaves behind. An {@code .old-<pid>} copy is
     * kept when its folder is missing (the process died between the two renames of a replacement).
     *
     * @return the directories deleted (the caller says so)
     */
    public static List<Path> removeStaleTemps(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> candidates;
        try (Stream<Path> s = Files.list(folder)) {
            candidates = s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path lock : s.filter(p -> LOCK_NAME.matcher(p.getFileName().toString()).matches()
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                OutputLock.removeIfFree(lock); // a killed process's lock file; quietly, it holds no data
            }
        }
        for (Path p : candidates) {
            Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
            // An old copy whose replacement never arrived (killed between the two renames) is the only copy: kept.
            boolean keep = m.matches() && m.group(2).equals("old") && !Files.exists(folder.resolve(m.group(1)));
            if (m.matches() && !keep && !alive(Long.parseLong(m.group(3)))) {
                deleteRecursively(p);
                removed.add(p);
            }
        }
        return removed;
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Temporary directories of dead processes that {@link #create} deleted. */
    public List<Path> staleRemoved() {
        return staleRemoved;
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
        OutputDirectory.check(target, force); // created meanwhile by hand: the same rule as at the start
        OutputDirectory.replace(temp, target);
        committed = true;
        return target;
    }

    /** Deletes the temporary directory unless committed, removes the Ctrl-C hook and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook itself cleans up
        }
        try {
            if (!committed) {
                deleteRecursively(temp);
            }
        } finally {
            lock.close();
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
