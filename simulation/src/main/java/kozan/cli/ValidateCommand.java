package kozan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kozan.io.InputException;
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
        description = "Check scenario files; print 'OK <file>' or every problem as file:line:column: path: message.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bad = false;
        for (Path file : files) {
            try {
                InputFile.check(file, InputFile.MAX_TEXT_BYTES); // /dev/zero, a FIFO, a folder: refused at once
                ScenarioLoader.load(file);
                out.println("OK " + file);
            } catch (InputException e) {
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
