package kozan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --force} and {@code --results-root} of the commands that write one results folder with
 * {@link kozan.io.ResultsDirectory} (sensitivity, calibrate, discover), declared once. Each command declares
 * {@code --out} itself: its default folder differs. (batch has its own --force: it also replaces an interrupted
 * batch.)
 */
final class OutputOptions {

    @Option(names = "--force", description = "Replace an existing results folder (only one Kozan wrote).")
    boolean force;

    @Mixin
    ResultsRootOption root;

    /** The default results folder {@code <results-root>/FIRST/MORE...}. */
    Path folder(String first, String... more) {
        return root.folder(first, more);
    }
}
