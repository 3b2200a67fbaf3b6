package kozan.scenario;

/**
 * One thing wrong with a scenario, with its position. Line and column are 1-based; 0 means the problem has no
 * position in the file (e.g. an override given on the command line, or an unreadable file).
 */
public record Problem(String file, int line, int column, String path, String message) {

    /** {@code file:line:column: path: message}; the position is left out when unknown, the path when empty. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
