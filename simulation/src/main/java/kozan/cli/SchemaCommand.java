package kozan.cli;

import java.util.concurrent.Callable;
import kozan.batch.BatchFile;
import kozan.scenario.JsonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kozan schema}: the JSON Schema of scenario files (or, with --batch, of batch files), for editors and validators. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of the scenario format (for editor completion and validation).",
                "With --batch, print the JSON Schema of batch files instead (kozan batch, docs/batch.md)."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--batch", description = "Print the schema of batch files (docs/batch.md) instead of scenarios.")
    boolean batch;

    @Override
    public Integer call() {
        String schema = batch ? BatchFile.jsonSchema() : JsonSchema.generate();
        spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
        spec.commandLine().getOut().flush();
        return Errors.OK;
    }
}
