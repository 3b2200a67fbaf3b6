package kozan.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.batch.BatchSpec;
import kozan.batch.BatchSpecException;
import kozan.io.InputFile;
import kozan.scenario.Problem;
import kozan.scenario.RecordReader;

/**
 * A checked calibration spec: the batch file giving the base scenario, parameters with bounds, replications and
 * seed, and the targets, each with its weight (1/se^2 or as given).
 *
 * @param batch the batch file, resolved against the spec's folder
 */
public record CalibrationSpec(Path file, Path batch, CalibrationFile.OptimizerName optimizer, int starts,
                              int maxEvaluations, int profilePoints, Long seed, List<Target> targets) {

    /**
     * A target statistic.
     *
     * @param se       its standard error, or NaN when a weight is given instead
     * @param weight   1/se^2, or as given
     * @param baseYear null for a level; else the target is output / (the same metric in this year), run by run
     */
    public record Target(ModelStudy.Output output, double value, double se, double weight, Integer baseYear) {

        /** A level target (no base year). */
        public Target(ModelStudy.Output output, double value, double se, double weight) {
            this(output, value, se, weight, null);
        }

        /** The same metric in the base year (the ratio's denominator); null for a level target. */
        public ModelStudy.Output base() {
            ModelStudy.Output o = output;
            return baseYear == null ? null
                    : new ModelStudy.Output(o.metric(), o.commodity(), o.region(), o.detail(), baseYear);
        }

        /** The target's name as printed: the output, and "/ base year" for a ratio. */
        public String name() {
            return output.name() + (baseYear == null ? "" : " / " + baseYear);
        }
    }

    public static CalibrationSpec load(Path file) throws BatchSpecException {
        String text;
        try {
            text = InputFile.readText(file, InputFile.MAX_TEXT_BYTES);
        } catch (IOException e) {
            throw new BatchSpecException(List.of(new Problem(file.toString(), 0, 0, "",
                    "cannot read the calibration spec: " + e.getMessage())));
        }
        RecordReader.Read<CalibrationFile> read = RecordReader.read(CalibrationFile.class, text, file.toString());
        CalibrationFile f = read.value();
        if (f == null) {
            throw new BatchSpecException(read.problemsInFileOrder());
        }
        Path batch = f.batch() == null ? null : file.toAbsolutePath().getParent().resolve(f.batch());
        if (batch != null && !Files.isRegularFile(batch)) {
            read.report("batch", "no such batch file: " + batch);
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < f.targets().size(); i++) {
            CalibrationFile.TargetEntry t = f.targets().get(i);
            if ((t.se() == null) == (t.weight() == null)) {
                read.report("targets[" + i + "]", "give exactly one of se (standard error) and weight");
                continue;
            }
            if (t.relativeToYear() != null && t.relativeToYear() == t.year()) {
                read.report("targets[" + i + "].relative_to_year", "relative_to_year " + t.relativeToYear()
                        + " is the target's own year; allowed: another year (the ratio's base), or leave it out");
                continue;
            }
            double w = t.se() != null ? 1 / (t.se() * t.se()) : t.weight();
            targets.add(new Target(new ModelStudy.Output(t.metric(), t.commodity(), kozan.io.Csv.region(t.region()),
                    t.detail(), t.year()), t.value(), t.se() != null ? t.se() : Double.NaN, w, t.relativeToYear()));
        }
        if (!read.problems().isEmpty()) {
            throw new BatchSpecException(read.problemsInFileOrder());
        }
        return new CalibrationSpec(file, batch, f.optimizer(), f.starts(), f.maxEvaluations(), f.profilePoints(),
                f.seed(), List.copyOf(targets));
    }

    /**
     * Problems of the spec against its batch file: every target kept by it (metric and year), every parameter a
     * numeric range (its bounds), bobyqa with 2 or more parameters. Reported at the spec's line:column.
     */
    public void check(BatchSpec bs) throws BatchSpecException {
        String text;
        try {
            text = InputFile.readText(file, InputFile.MAX_TEXT_BYTES);
        } catch (IOException e) {
            throw new BatchSpecException(List.of(new Problem(file.toString(), 0, 0, "", e.getMessage())));
        }
        RecordReader.Read<CalibrationFile> read = RecordReader.read(CalibrationFile.class, text, file.toString());
        for (int i = 0; i < targets.size(); i++) {
            ModelStudy.Output o = targets.get(i).output();
            boolean kept = bs.metrics().stream().anyMatch(m -> m.matches(o.metric(), o.commodity(), o.region(),
                    o.detail()));
            if (!kept || !bs.years().contains(o.year())) {
                read.report("targets[" + i + "].metric", "target " + o.name() + " is not kept by the batch file "
                        + batch.getFileName() + " (its metrics: and years: must include it)");
            } else if (targets.get(i).baseYear() != null && !bs.years().contains(targets.get(i).baseYear())) {
                read.report("targets[" + i + "].relative_to_year", "the base year " + targets.get(i).baseYear()
                        + " of target " + o.name() + " is not kept by the batch file " + batch.getFileName()
                        + " (its years: must include it)");
            }
        }
        for (BatchSpec.ParameterSpec p : bs.parameters()) {
            if (!p.isRange() || p.integer()) {
                read.report("batch", "parameter " + p.path() + " of " + batch.getFileName() + ": a calibrated"
                        + " parameter needs a numeric range [min, max] (its bounds), not values or integer");
            }
        }
        if (bs.parameters().isEmpty()) {
            read.report("batch", batch.getFileName() + " varies no parameter: nothing to calibrate");
        }
        if (optimizer == CalibrationFile.OptimizerName.bobyqa && bs.parameters().size() < 2) {
            read.report("optimizer", "bobyqa needs 2 or more parameters; use cmaes (or leave optimizer out)");
        }
        if (bs.scenarios().size() != 1) {
            read.report("batch", "a calibration needs exactly one base scenario in " + batch.getFileName());
        }
        if (!read.problems().isEmpty()) {
            throw new BatchSpecException(read.problemsInFileOrder());
        }
    }
}
