package kozan.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The one rule for every command that writes a folder (run, batch, batch merge, compare): which output paths
 * Kozan may create, and which existing folders {@code --force} may replace. Kozan replaces only what it wrote
 * itself: a folder holding a Kozan {@code manifest.json} (or an empty folder). A file, a symbolic link, any other
 * folder, the current folder or one of its parents, and an empty path are bad input (exit 2), refused before
 * anything is touched. docs/robustness.md lists the guarantees.
 */
public final class OutputDirectory {

    private OutputDirectory() {
    }

    /**
     * Checks an output path before anything is written; touches nothing.
     *
     * @param force whether the user allows replacing an existing Kozan results folder
     * @return the absolute, normalised path
     * @throws InputException naming the path and the reason when Kozan may not write there
     */
    public static Path check(Path target, boolean force) throws InputException {
        Path absolute = checkPath(target);
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return absolute;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(notAFolder(absolute));
        }
        boolean ours = isKozanResults(absolute);
        boolean empty = isEmptyFolder(absolute);
        if (!ours && !empty) {
            throw new InputException(absolute + " exists and is not a Kozan results folder (it has no manifest.json"
                    + " written by Kozan); Kozan never replaces it, not even with --force: choose another --out");
        }
        if (!force) {
            throw new ResultsDirectory.TargetExistsException(absolute);
        }
        return absolute;
    }

    /**
     * The path checks that do not depend on what is at the path itself: not empty, not the current folder or one
     * of its parents, and every existing ancestor a folder.
     */
    public static Path checkPath(Path target) throws InputException {
        if (target.toString().isBlank()) {
            throw new InputException("the output folder is an empty path (\"\"); give a folder name, e.g. --out results/mine");
        }
        Path absolute = target.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (absolute.getParent() == null || cwd.startsWith(absolute) || realCwd().startsWith(real(absolute))) {
            throw new InputException(absolute + " is the current folder or one of its parents; results go into a"
                    + " folder of their own: give a new folder name with --out");
        }
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.exists(p)) {
                    throw new InputException(p + " is a symbolic link to something that does not exist, so "
                            + absolute + " cannot be created; choose another --out");
                }
                if (!Files.isDirectory(p)) {
                    throw new InputException(p + " is a file, not a folder, so " + absolute
                            + " cannot be created inside it; choose another --out");
                }
                break;
            }
        }
        return absolute;
    }

    /** Why an existing non-folder (file, link, device) cannot be an output. */
    public static String notAFolder(Path absolute) {
        if (Files.isSymbolicLink(absolute)) {
            String to;
            try {
                to = String.valueOf(Files.readSymbolicLink(absolute));
            } catch (IOException e) {
                to = "?";
            }
            return absolute + " is a symbolic link (to " + to + (Files.exists(absolute) ? "" : ", which does not exist")
                    + "); Kozan writes only real folders that it creates: give another --out";
        }
        return absolute + " is a file, not a results folder; Kozan never replaces files, not even with --force:"
                + " choose another --out";
    }

    /** Creates the missing parent folders of a checked output path; failures are bad input naming the folder. */
    public static void createParents(Path absolute) throws InputException {
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InputException("cannot create the folder " + parent + " for " + absolute.getFileName() + ": "
                    + describe(e));
        }
        if (!Files.isWritable(parent)) {
            throw new InputException("cannot write into " + parent + " (permission denied); choose another --out");
        }
    }

    /**
     * Whether {@code dir} is a folder Kozan wrote: its manifest.json is a JSON object with the fields of a run
     * manifest ({@code kozan}, {@code files}) or of a batch manifest ({@code kind: batch}, {@code files_sha256}).
     */
    public static boolean isKozanResults(Path dir) {
        Path manifest = dir.resolve(Csv.MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            JsonNode root = InputFile.readJson(manifest, InputFile.MAX_JSON_BYTES);
            return root.isObject() && (root.path("kozan").isObject() && root.has("files")
                    || "batch".equals(root.path("kind").asText()) && root.has("files_sha256"));
        } catch (IOException e) {
            return false;
        }
    }

    /** True for an existing folder with nothing in it (nothing to lose by replacing it). */
    public static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Puts the finished folder {@code from} at {@code target} by atomic renames: an existing target (already
     * checked by {@link #check}) is moved aside first, and deleted only after the new folder is in place; if
     * the second rename fails the old folder is put back, so the two are never both lost.
     */
    public static void replace(Path from, Path target) throws IOException {
        Path aside = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            aside = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
            ResultsDirectory.deleteRecursively(aside);
            move(target, aside);
        }
        try {
            move(from, target);
        } catch (IOException e) {
            if (aside != null) {
                move(aside, target);
            }
            throw e;
        }
        if (aside != null) {
            ResultsDirectory.deleteRecursively(aside);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            throw new IOException("cannot rename " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static Path realCwd() {
        return real(Path.of("").toAbsolutePath());
    }

    /**
     * The path with symbolic links resolved as far as it exists: the real path of its longest existing ancestor
     * plus the rest, so two spellings of one place compare equal even before the place exists.
     */
    public static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path rest = absolute.getFileSystem().getPath("");
        for (Path at = absolute; at != null; at = at.getParent()) {
            try {
                return at.toRealPath().resolve(rest);
            } catch (IOException notThere) {
                rest = at.getFileName().resolve(rest);
            }
        }
        return absolute;
    }

    /** java.nio exceptions often carry only the path as message; say what happened to it. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileAlreadyExistsException x) {
            return x.getFile() + " already exists and is not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
