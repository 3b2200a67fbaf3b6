package kozan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kozan.cluster.ShardStatus;
import kozan.cluster.SlurmLayout;
import kozan.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kozan batch status DIR} and {@code kozan sensitivity status DIR}: the progress of every shard of a
 * {@code --slurm} submission. One command under both: a study's shards are batch folders, so either reads either.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the progress of every shard of a '${PARENT-COMMAND-NAME} --slurm' folder.",
                "Per shard: runs done and failed, finished or not, the exit code of its task;",
                "then the merge: its exit code and where the results are."})
final class SlurmStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The --out folder of '${PARENT-COMMAND-NAME} --slurm'.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        try {
            new ShardStatus().print(new SlurmLayout(dir), spec.commandLine().getOut());
            return 0;
        } catch (InputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
