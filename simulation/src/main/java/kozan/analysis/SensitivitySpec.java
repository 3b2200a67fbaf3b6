package kozan.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.batch.BatchSpecException;
import kozan.io.InputFile;
import kozan.scenario.Problem;
import kozan.scenario.RecordReader;

/**
 * A sensitivity spec (docs/sensitivity.md): the batch file whose parameter ranges, base scenario, replications,
 * seed, metrics and years the study uses, plus the method and the outputs.
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

    /** The copy of the spec kept in a results folder ({@link #STORED_COPY}). */
    public static final String STORED_COPY = "sensitivity.yaml";

    /** Reads and checks the spec; problems are reported as {@code file:line:column: path: message}. */
    public static SensitivitySpec load(Path file) throws BatchSpecException {
        return load(file, true);
    }

    /**
     * The copy kept in a (shard's) results folder: its {@code batch:} names the user's file, which the folder
     * keeps as batch.yaml, so the batch file is not looked for (batch is null).
     */
    public static SensitivitySpec loadStoredCopy(Path file) throws BatchSpecException {
        return load(file, false);
    }

    private static SensitivitySpec load(Path file, boolean findBatch) throws BatchSpecException {
        String text;
        try {
            text = InputFile.readText(file, InputFile.MAX_TEXT_BYTES);
        } catch (IOException e) {
            throw new BatchSpecException(List.of(new Problem(file.toString(), 0, 0, "",
                    "cannot read the sensitivity spec: " + e.getMessage())));
        }
        RecordReader.Read<SensitivityFile> read = RecordReader.read(SensitivityFile.class, text, file.toString());
        SensitivityFile f = read.value();
        if (f == null) {
            throw new BatchSpecException(read.problemsInFileOrder());
        }
        if (f.levels() % 2 != 0) {
            read.report("levels", "must be even (4 is usual), got " + f.levels());
        }
        Path batch = f.batch() == null || !findBatch ? null : file.toAbsolutePath().getParent().resolve(f.batch());
        if (batch != null && !java.nio.file.Files.isRegularFile(batch)) {
            read.report("batch", "no such batch file: " + batch);
        }
        if (!read.problems().isEmpty()) {
            throw new BatchSpecException(read.problemsInFileOrder());
        }
        List<ModelStudy.Output> outputs = new ArrayList<>();
        for (SensitivityFile.OutputEntry o : f.outputs()) {
            outputs.add(new ModelStudy.Output(o.metric(), o.commodity(), o.region(), o.detail(), o.year()));
        }
        TestFunctionStudy.Method method = f.method() == SensitivityFile.MethodName.morris
                ? TestFunctionStudy.Method.MORRIS : TestFunctionStudy.Method.SOBOL;
        return new SensitivitySpec(file, batch, method, f.samples(),
                f.levels(), f.seed(), List.copyOf(outputs));
    }

    /** The study's settings on its batch file (the seed defaults to the batch file's). */
    public ModelStudy.Settings settings(kozan.batch.BatchSpec bs) {
        return new ModelStudy.Settings(method, samples, levels, seed != null ? seed : bs.seed(), outputs);
    }
}
