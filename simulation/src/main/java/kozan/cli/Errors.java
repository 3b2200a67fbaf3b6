package kozan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import kozan.io.ResultsDirectory;
import kozan.scenario.Problem;
import kozan.scenario.ScenarioException;

/** Turns exceptions into one clear message and an exit code; stack traces only with --debug. */
final class Errors {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int BAD_INPUT = 2;

    private Errors() {
    }

    static int report(Exception ex, PrintWriter err, boolean debug) {
        int code;
        if (ex instanceof ScenarioException se) {
            for (Problem p : se.problems()) {
                err.println(p);
            }
            code = BAD_INPUT;
        } else if (ex instanceof BadInputException || ex instanceof ResultsDirectory.TargetExistsException) {
            err.println("error: " + ex.getMessage());
            code = BAD_INPUT;
        } else if (ex instanceof IOException io) {
            err.println("error: " + describe(io));
            code = INTERNAL;
        } else if (ex instanceof UncheckedIOException u) {
            err.println("error: " + describe(u.getCause()));
            code = INTERNAL;
        } else {
            err.println("error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            if (!debug) {
                err.println("(run again with --debug for the stack trace)");
            }
            code = INTERNAL;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** java.nio exceptions often carry only the path as message; say what happened to it. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException x) {
            return x.getFile() + " already exists (and is not a directory where one is needed)";
        }
        if (e instanceof java.nio.file.NotDirectoryException x) {
            return x.getFile() + " is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
