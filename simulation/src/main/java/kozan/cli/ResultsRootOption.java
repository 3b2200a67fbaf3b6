package kozan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --results-root}, declared once for every command whose results folder has a default under it (batch,
 * sensitivity, calibrate, discover, compare).
 */
final class ResultsRootOption {

    @Option(names = "--results-root", paramLabel = "DIR", defaultValue = "results",
            description = "Root of the default results folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** The default results folder {@code <results-root>/FIRST/MORE...}, e.g. {@code results/calibrate/NAME}. */
    Path folder(String first, String... more) {
        Path p = dir.resolve(first);
        for (String m : more) {
            p = p.resolve(m);
        }
        return p;
    }
}
