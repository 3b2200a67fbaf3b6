package kozan.cli;

import kozan.io.InputException;

/** The user asked for something impossible (missing directory, inconsistent manifest): exit code 2, no trace. */
final class BadInputException extends InputException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
