package kozan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.io.IOException;
import java.util.regex.Pattern;
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
                "Prints 'OK <file>' or every problem as file:line:column: path: message. A batch file (top-level "
                        + "'scenarios:' and 'metrics:') is checked as 'kozan batch' checks it before running: its base "
                        + "scenarios, every parameter value and the years."})
final class ValidateCommand implements Callable<Integer> {

    /** Top-level keys only a batch file has. */
    private static final Pattern BATCH_FILE = Pattern.compile("(?m)^scenarios\\s*:");
    private static final Pattern METRICS = Pattern.compile("(?m)^metrics\\s*:");

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
                if (BATCH_FILE.matcher(text).find() && METRICS.matcher(text).find()) {
                    BatchSpecLoader.load(file, ModelRunFunction::known, ModelRunFunction::probe, err::println);
                } else {
                    ScenarioLoader.load(file);
                }
                out.println("OK " + file);
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
}
