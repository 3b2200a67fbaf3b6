package kozan.cli;

import java.util.concurrent.Callable;
import kozan.scenario.JsonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kozan schema}: the JSON Schema of scenario files, for editors and external validators. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of the scenario format (for editor completion and validation).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String schema = JsonSchema.generate();
        spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
        spec.commandLine().getOut().flush();
        return Errors.OK;
    }
}
