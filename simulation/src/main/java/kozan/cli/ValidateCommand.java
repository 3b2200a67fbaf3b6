package kozan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.io.IOException;
import java.util.regex.Pattern;
import java.util.Locale;
import kozan.batch.BatchPlan;
import kozan.batch.BatchSpec;
import kozan.batch.BatchSpecException;
import kozan.batch.BatchSpecLoader;
import kozan.batch.ModelRunFunction;
import kozan.io.InputFile;
import kozan.scenario.Problem;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kozan validate FILE...}: every problem of every file, without running anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files and batch files without running anything.",
                "Prints 'OK <file> (scenario)', 'OK <file> (batch file: P design points x R replications = N runs)' "
                        + "or every problem as file:line:column: path: message. A batch file (top-level "
                        + "'scenarios:' and 'metrics:') is checked as 'kozan batch' checks it before running: its base "
                        + "scenarios, every parameter path and value, and the years. A sensitivity study ('batch:' and "
                        + "'method:') and a calibration spec ('batch:' and 'targets:') are checked as 'kozan sensitivity' "
                        + "and 'kozan calibrate' check them, the study's batch file included."})
final class ValidateCommand implements Callable<Integer> {

    /** Top-level keys only a batch file has. */
    private static final Pattern BATCH_FILE = Pattern.compile("(?m)^scenarios\\s*:");
    private static final Pattern METRICS = Pattern.compile("(?m)^metrics\\s*:");
    /** Top-level keys of a sensitivity study (batch: and method:) and of a calibration spec (batch: and targets:). */
    private static final Pattern STUDY_BATCH = Pattern.compile("(?m)^batch\\s*:");
    private static final Pattern METHOD = Pattern.compile("(?m)^method\\s*:");
    private static final Pattern TARGETS = Pattern.compile("(?m)^targets\\s*:");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or batch YAML files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bad = false;
        for (Path file : files) {
            try {
                String text = InputFile.readText(file, InputFile.MAX_TEXT_BYTES); // /dev/zero, a FIFO: refused at once
                if (key(text, "batch", STUDY_BATCH) && key(text, "method", METHOD)) {
                    kozan.analysis.SensitivitySpec ss = kozan.analysis.SensitivitySpec.load(file);
                    BatchSpec bs = BatchSpecLoader.loadForStudy(ss.batch(), ModelRunFunction::known, ModelRunFunction::probe);
                    out.println("OK " + file + " (sensitivity study: " + ss.method().name().toLowerCase(Locale.ROOT)
                            + " over the " + bs.parameters().size() + " parameters of " + ss.batch().getFileName() + ")");
                } else if (key(text, "batch", STUDY_BATCH) && key(text, "targets", TARGETS)) {
                    kozan.analysis.CalibrationSpec cs = kozan.analysis.CalibrationSpec.load(file);
                    BatchSpecLoader.loadForStudy(cs.batch(), ModelRunFunction::known, ModelRunFunction::probe);
                    out.println("OK " + file + " (calibration spec over " + cs.batch().getFileName() + ")");
                } else if (key(text, "scenarios", BATCH_FILE) && key(text, "metrics", METRICS)) {
                    BatchSpec bs = BatchSpecLoader.load(file, ModelRunFunction::known, ModelRunFunction::probe);
                    out.println("OK " + file + " (" + describe(BatchPlan.of(bs, "")) + ")");
                } else {
                    ScenarioLoader.load(file, text); // read above: a national-size file is decoded once
                    out.println("OK " + file + " (scenario)");
                }
            } catch (BatchSpecException e) {
                bad = true;
                e.problems().forEach(err::println);
            } catch (IOException e) {
                bad = true;
                err.println(e.getMessage());
            } catch (ScenarioException e) {
                bad = true;
                for (Problem p : e.problems()) {
                    err.println(p);
                }
            }
        }
        out.flush();
        err.flush();
        return bad ? Errors.BAD_INPUT : Errors.OK;
    }

    /**
     * Whether {@code text} has the top-level key {@code pattern} matches; first, as plain searches, whether
     * {@code word} (the key) begins a line at all: a line-anchored pattern is slow over a 5 MB scenario, and the
     * key's word may well occur inside one (issue 18's load time).
     */
    private static boolean key(String text, String word, Pattern pattern) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || "\n\r\u0085\u2028\u2029".indexOf(text.charAt(at - 1)) >= 0) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }

    /** What a valid batch file would run, and whether 'kozan batch' will ask for --yes. */
    static String describe(BatchPlan plan) {
        long runs = (long) plan.points().size() * plan.replications(); // can pass int's range: refused by batch
        return String.format(Locale.ROOT, "batch file: %,d design point%s x %,d replication%s = %,d runs%s",
                plan.points().size(), plan.points().size() == 1 ? "" : "s", plan.replications(),
                plan.replications() == 1 ? "" : "s", runs, runs > BatchCommand.LARGE_DESIGN_RUNS
                        ? "; more than " + String.format(Locale.ROOT, "%,d", BatchCommand.LARGE_DESIGN_RUNS)
                        + ", so 'kozan batch' needs --yes" : "");
    }
}
