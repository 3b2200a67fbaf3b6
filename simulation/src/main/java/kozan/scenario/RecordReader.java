package kozan.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads YAML into @{@link Field}-annotated records other than the scenario (batch files) through the scenario
 * loader's path: the same parsing limits and checks ({@link YamlTree}), the same binder, the same problems
 * ({@code file:line:column: path: message}, did-you-mean for unknown keys). Semantic checks are the caller's;
 * {@link Read#at} places their problems at the value they concern.
 */
public final class RecordReader {

    private RecordReader() {
    }

    /**
     * The outcome of reading: the bound record and every problem found. Reading is lenient: an optional value
     * that is wrong is reported and replaced by its default, a wrong list entry is reported and left out, so
     * the record exists (for the caller's checks) unless a required value is wrong; it is usable only when
     * there are no problems.
     *
     * @param <T> the record type
     */
    public static final class Read<T> {
        private final T value;
        private final List<Problem> problems;
        private final Map<String, Mark> marks;
        private final Set<String> leftOut;
        private final String file;

        Read(T value, List<Problem> problems, Map<String, Mark> marks, Set<String> leftOut, String file) {
            this.value = value;
            this.problems = problems;
            this.marks = marks;
            this.leftOut = leftOut;
            this.file = file;
        }

        /** The record (possibly with defaults in place of wrong values, see above), or null. */
        public T value() {
            return value;
        }

        /** Problems found so far (mutable: callers add their semantic problems with {@link #report}). */
        public List<Problem> problems() {
            return problems;
        }

        /**
         * A problem positioned at the value of {@code path} (e.g. {@code parameters[1].path}; list elements by
         * index), or at its nearest enclosing value that was in the file, or at the top of the file.
         */
        public Problem at(String path, String message) {
            for (String p = path; ; p = parent(p)) {
                Mark m = marks.get(p);
                if (m != null) {
                    return YamlTree.at(file, m, path, message);
                }
                if (p.isEmpty()) {
                    return new Problem(file, 1, 1, path, message);
                }
            }
        }

        /** The problems in file order (line, column; discovery order for ties), as the scenario loader reports. */
        public List<Problem> problemsInFileOrder() {
            List<Problem> out = new ArrayList<>(problems);
            out.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            return out;
        }

        /**
         * Whether the file wrote {@code path} (list elements by index), possibly without a value: tells an
         * explicit empty value of a nullable field from an absent key.
         */
        public boolean given(String path) {
            return marks.containsKey(path);
        }

        /**
         * The index in the file of entry {@code bound} of the bound list at {@code list} (e.g. "parameters"): the
         * entries left out before it are counted, so the caller's problems about the entries that follow a
         * malformed one are put at their own place, not at the place of the entry before them.
         */
        public int inFile(String list, int bound) {
            int kept = -1;
            for (int i = 0; given(list + "[" + i + "]"); i++) {
                if (!leftOut.contains(list + "[" + i + "]") && ++kept == bound) {
                    return i;
                }
            }
            return bound; // not from the file (a default): nothing was left out before it
        }

        /** Adds {@link #at}{@code (path, message)} to the problems. */
        public void report(String path, String message) {
            problems.add(at(path, message));
        }

        private static String parent(String path) {
            int dot = path.lastIndexOf('.');
            int bracket = path.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            return cut < 0 ? "" : path.substring(0, cut);
        }
    }

    /** Parses and binds {@code text} (named {@code file} in problems) to {@code type}. */
    public static <T> Read<T> read(Class<T> type, String text, String file) {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlTree.parse(text, file, problems);
        if (root == null) {
            return new Read<>(null, problems, Map.of(), Set.of(), file);
        }
        Binder binder = new Binder(file, problems, new Origin()).lenient();
        return new Read<>(binder.bindRoot(type, root), problems, binder.marks(), binder.leftOut(), file);
    }
}
