package kozan.analysis;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.batch.BatchJob;
import kozan.batch.BatchSpec;
import kozan.batch.RunRecord;
import kozan.batch.Shard;

/**
 * The files a model study adds to its batch results folder (docs/sensitivity.md): a copy of the spec (every part,
 * so that shards can be merged), and for the whole study indices.csv, convergence.csv (Sobol') and noise.csv,
 * computed from the canonical journal, so the same runs give the same bytes however they were run (threads, shards
 * and merge).
 */
public final class StudyFiles {

    private StudyFiles() {
    }

    /**
     * @param dir  the results folder being written, holding the canonical runs.jsonl
     * @param part the part written: indices only for {@link Shard#ALL}
     */
    public static void write(Path dir, Path specFile, BatchSpec bs, ModelStudy.Settings settings, Shard part, PrintWriter err) throws IOException {
        Path copy = dir.resolve(SensitivitySpec.STORED_COPY);
        if (!Files.exists(copy)) {
            Files.copy(specFile, copy);
        }
        if (part.count() > 1) {
            return; // a shard holds only some runs: the indices come from 'kozan sensitivity merge'
        }
        List<RunRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(BatchJob.JOURNAL), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(RunRecord.parse(line));
            }
        }
        if (records.stream().anyMatch(rec -> !rec.ok())) {
            err.println("some runs failed: no indices written (they need every run of the design)");
            return;
        }
        ModelStudy.Result result = ModelStudy.analyse(bs, settings, bs.replications(), records);
        IndicesCsv.writeIndices(dir.resolve(IndicesCsv.INDICES), result.indices());
        if (settings.method() == TestFunctionStudy.Method.SOBOL) {
            IndicesCsv.writeConvergence(dir.resolve(IndicesCsv.CONVERGENCE), result.convergence());
        }
        IndicesCsv.writeNoise(dir.resolve(IndicesCsv.NOISE), result.noise());
    }
}
