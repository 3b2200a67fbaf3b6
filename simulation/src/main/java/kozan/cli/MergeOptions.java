package kozan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of every {@code merge} subcommand (batch and sensitivity shards), declared once. */
final class MergeOptions {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard results folders.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Merged results folder.")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out folder (only one Kozan wrote).")
    boolean force;

    @Option(names = "--allow-mixed-versions", description = "Merge shards made by different Kozan code versions"
            + " (recorded in the manifest).")
    boolean allowMixedVersions;
}
