package kozan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import kozan.io.InputException;
import kozan.io.OutputDirectory;
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
        } else if (ex instanceof InputException) {
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
        return OutputDirectory.describe(e);
    }
}
