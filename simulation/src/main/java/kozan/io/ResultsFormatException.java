package kozan.io;

import java.io.IOException;

/** A results directory or file that does not follow the results-file contract (bad input, not an internal error). */
public class ResultsFormatException extends IOException {

    public ResultsFormatException(String message) {
        super(message);
    }
}
