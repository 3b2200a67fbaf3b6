package kozan.batch;

import java.util.List;
import java.util.stream.Collectors;

/** A batch file that cannot be used, with every problem found (bad input: exit code 2). */
public class BatchSpecException extends Exception {

    /** One problem; toString() is {@code file:line:column: path: message}. */
    public record Problem(String file, int line, int column, String path, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
        }
    }

    private final transient List<Problem> problems;

    public BatchSpecException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
