package kozan.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kozan.io.InputException;
import kozan.io.InputFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A sensitivity spec file (docs/sensitivity.md): the batch file whose parameter ranges, base scenario,
 * replications, seed, metrics and years the study uses, plus the method and the outputs.
 *
 * <pre>
 * batch: sa-batch.yaml        # a batch file (docs/batch.md); every parameter a range min..max
 * method: morris              # or sobol
 * samples: 10                 # Morris trajectories r, or Sobol' base sample size N
 * levels: 4                   # Morris only (default 4)
 * seed: 1                     # Morris trajectories and bootstrap (default: the batch seed)
 * outputs:                    # commodity, region, detail default to "" (national total row)
 *   - {metric: jobs_direct, year: 2040}
 *   - {metric: import_dependence, commodity: rare_earths, year: 2040}
 * </pre>
 *
 * @param batch the batch file, resolved against the spec's folder
 * @param seed  null: the batch file's seed
 */
public record SensitivitySpec(Path file, Path batch, TestFunctionStudy.Method method, int samples, int levels,
                              Long seed, List<ModelStudy.Output> outputs) {

    private static final Set<String> KEYS = Set.of("batch", "method", "samples", "levels", "seed", "outputs");
    private static final Set<String> OUTPUT_KEYS = Set.of("metric", "commodity", "region", "detail", "year");

    /** Reads and checks the spec; every problem is an {@link InputException} naming the file and the key. */
    public static SensitivitySpec load(Path file) throws InputException {
        String text;
        try {
            text = InputFile.readText(file, InputFile.MAX_TEXT_BYTES);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the sensitivity spec: " + e.getMessage());
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new InputException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new InputException(file + ": expected keys batch, method, samples, outputs");
        }
        for (Object key : m.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InputException(file + ": unknown key '" + key + "'; allowed: batch, method, samples,"
                        + " levels, seed, outputs");
            }
        }
        String batch = text(file, m, "batch");
        String method = text(file, m, "method");
        TestFunctionStudy.Method meth = switch (method) {
            case "morris" -> TestFunctionStudy.Method.MORRIS;
            case "sobol" -> TestFunctionStudy.Method.SOBOL;
            default -> throw new InputException(file + ": method: '" + method + "' is not allowed; use morris or sobol");
        };
        int samples = integer(file, m, "samples", null);
        if (samples < 2) {
            throw new InputException(file + ": samples: must be at least 2, got " + samples);
        }
        int levels = integer(file, m, "levels", 4);
        if (levels < 2 || levels % 2 != 0) {
            throw new InputException(file + ": levels: must be an even number >= 2 (4 is usual), got " + levels);
        }
        Long seed = m.get("seed") == null ? null : (long) integer(file, m, "seed", null);
        if (!(m.get("outputs") instanceof List<?> list) || list.isEmpty()) {
            throw new InputException(file + ": outputs: give a list of {metric, commodity, region, year}");
        }
        List<ModelStudy.Output> outputs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "outputs[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> o)) {
                throw new InputException(file + ": " + where + ": expected {metric: .., year: ..}");
            }
            for (Object key : o.keySet()) {
                if (!OUTPUT_KEYS.contains(String.valueOf(key))) {
                    throw new InputException(file + ": " + where + ": unknown key '" + key
                            + "'; allowed: metric, commodity, region, detail, year");
                }
            }
            outputs.add(new ModelStudy.Output(text(file, o, "metric", where),
                    o.get("commodity") == null ? "" : text(file, o, "commodity", where),
                    o.get("region") == null ? "" : text(file, o, "region", where),
                    o.get("detail") == null ? "" : text(file, o, "detail", where),
                    integer(file, o, "year", null)));
        }
        Path dir = file.toAbsolutePath().getParent();
        return new SensitivitySpec(file, dir.resolve(batch), meth, samples, levels, seed, List.copyOf(outputs));
    }

    private static String text(Path file, Map<?, ?> m, String key) throws InputException {
        return text(file, m, key, null);
    }

    private static String text(Path file, Map<?, ?> m, String key, String where) throws InputException {
        Object v = m.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new InputException(file + ": " + (where == null ? "" : where + ".") + key + ": "
                    + (v == null ? "missing" : "expected text, got " + v));
        }
        return s;
    }

    private static int integer(Path file, Map<?, ?> m, String key, Integer fallback) throws InputException {
        Object v = m.get(key);
        if (v == null && fallback != null) {
            return fallback;
        }
        if (!(v instanceof Integer i)) {
            throw new InputException(file + ": " + key + ": " + (v == null ? "missing" : "expected a whole number, got "
                    + v));
        }
        return i;
    }
}
