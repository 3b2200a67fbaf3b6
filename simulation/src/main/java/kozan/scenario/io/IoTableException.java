package kozan.scenario.io;

/**
 * An IO table could not be read: an unknown name, a missing file, or a malformed or inconsistent one. The scenario
 * loader reports it at the scenario's {@code io_table.table} value, like every other bad input.
 */
public final class IoTableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public IoTableException(String message) {
        super(message);
    }

    public IoTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
