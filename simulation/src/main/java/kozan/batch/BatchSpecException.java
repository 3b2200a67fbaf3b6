package kozan.batch;

import java.util.List;
import java.util.stream.Collectors;
import kozan.scenario.Problem;

/**
 * A batch file that cannot be used, with every problem found (bad input: exit code 2). Problems are the
 * scenario loader's: {@code file:line:column: path: message}.
 */
public class BatchSpecException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public BatchSpecException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
