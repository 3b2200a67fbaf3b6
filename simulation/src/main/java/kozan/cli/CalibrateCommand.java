package kozan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import kozan.analysis.Calibration;
import kozan.analysis.CalibrationFiles;
import kozan.analysis.CalibrationSpec;
import kozan.batch.BatchRunner;
import kozan.batch.BatchSpec;
import kozan.batch.BatchSpecException;
import kozan.batch.BatchSpecLoader;
import kozan.batch.ModelRunFunction;
import kozan.io.Csv;
import kozan.io.Hashes;
import kozan.io.InputException;
import kozan.io.Json;
import kozan.io.OutputDirectory;
import kozan.io.ResultsDirectory;
import kozan.io.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kozan calibrate SPEC}: fit parameters to target statistics by simulated moments (docs/sensitivity.md). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit scenario parameters to target statistics by simulated moments (common random numbers,"
                        + " bounded BOBYQA or CMA-ES from several starts).",
                "SPEC names a batch file (base scenario, parameters with bounds, replications,",
                "seed) and lists the targets (metric, commodity, region, year, value, se).",
                "Writes best.csv (estimates, standard errors, identified or not), trace.csv,",
                "fit.csv, profile.csv, fitted.yaml (the base scenario extended with the fit)",
                "and manifest.json into --out DIR. See docs/sensitivity.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:fit written", "1:internal error", "2:bad input (spec, options, existing folder)"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Seams for tests, as in {@link BatchCommand}. */
    Function<BatchSpec, BatchRunner.RunFunction> runFunction = ModelRunFunction::new;
    BatchSpecLoader.ScenarioProbe probe = ModelRunFunction::probe;

    @Parameters(index = "0", paramLabel = "SPEC", description = "Calibration spec (docs/sensitivity.md).")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: <results-root>/calibrate/<batch name>).")
    Path out;

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            CalibrationSpec cs = CalibrationSpec.load(specFile);
            BatchSpec bs = BatchSpecLoader.loadForStudy(cs.batch(), BatchCommand.knownMetric, probe);
            cs.check(bs);
            Path target = out != null ? out : output.folder("calibrate", bs.name());
            OutputDirectory.checkPath(target);
            try (ResultsDirectory dir = ResultsDirectory.create(target, output.force)) {
                stdout.println("calibrate " + bs.name() + ": " + bs.parameters().size() + " parameter(s), "
                        + cs.targets().size() + " target(s), " + bs.replications() + " replications per evaluation, "
                        + cs.starts() + " start(s) of up to " + cs.maxEvaluations() + " evaluations -> " + target);
                stdout.flush();
                long seed = cs.seed() != null ? cs.seed() : bs.seed();
                Calibration.Result r = new Calibration(bs, cs, runFunction.apply(bs)).run(seed);
                Path tmp = dir.temp();
                CalibrationFiles.write(tmp, r, bs.parameters().stream().map(BatchSpec.ParameterSpec::path).toList(),
                        bs.scenarios().get(0).file());
                ObjectNode m = Json.object();
                m.put("kind", "calibrate");
                VersionInfo.putCurrent(m);
                m.put("spec", specFile.toAbsolutePath().normalize().toString());
                m.put("spec_sha256", Hashes.sha256(specFile));
                m.put("batch_sha256", Hashes.sha256(cs.batch()));
                m.put("objective", r.objective());
                m.put("evaluations", r.trace().size());
                m.put("runs", r.runs());
                m.put("replications", bs.replications());
                m.put("seed", seed);
                ObjectNode files = m.putObject("files");
                for (String f : new String[] {CalibrationFiles.BEST, CalibrationFiles.TRACE, CalibrationFiles.FIT,
                        CalibrationFiles.PROFILE, CalibrationFiles.FRAGMENT}) {
                    files.put(f, Hashes.sha256(tmp.resolve(f)));
                }
                Json.write(tmp.resolve(Csv.MANIFEST), m);
                Path written = dir.commit();
                print(stdout, r, written);
            }
            return Errors.OK;
        } catch (BatchSpecException e) {
            e.problems().forEach(err::println);
            return Errors.BAD_INPUT;
        } catch (InputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Errors.BAD_INPUT;
        }
    }

    private static void print(PrintWriter o, Calibration.Result r, Path written) {
        o.printf(Locale.ROOT, "best fit: Q = %.6g after %d evaluations (%d model runs)%n", r.objective(),
                r.trace().size(), r.runs());
        for (Calibration.Estimate e : r.estimates()) {
            o.printf(Locale.ROOT, "  %s = %.6g%s%s%n", e.parameter(), e.value(),
                    Double.isNaN(e.se()) ? "" : String.format(Locale.ROOT, " (se %.3g)", e.se()),
                    e.identified() ? "" : "  " + e.note());
        }
        for (Calibration.Fit f : r.fit()) {
            o.printf(Locale.ROOT, "  %s: simulated %.6g, target %.6g%s%n", f.target().name(), f.simulated(),
                    f.target().value(), Double.isNaN(f.z()) ? "" : String.format(Locale.ROOT, " (z %.2f)", f.z()));
        }
        o.println("results: " + written + " (scenario with the fit: " + written.resolve(CalibrationFiles.FRAGMENT)
                + ")");
    }
}
