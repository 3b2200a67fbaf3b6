package kozan.io;

import java.io.IOException;

/**
 * The user asked for something Kozan refuses (an output folder it may not replace, an input that is not a
 * readable regular file, a folder in use): bad input, exit code 2, with a message naming the cause. An
 * IOException so it passes through the IO layers unchanged; the CLI maps it to exit 2 without a stack trace.
 */
public class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
