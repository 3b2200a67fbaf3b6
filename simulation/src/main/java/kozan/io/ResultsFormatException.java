package kozan.io;

/** A results directory or file that does not follow the results-file contract (bad input, not an internal error). */
public class ResultsFormatException extends InputException {
    private static final long serialVersionUID = 1L;

    public ResultsFormatException(String message) {
        super(message);
    }
}
