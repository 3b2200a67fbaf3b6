package kozan.cli;

import kozan.chart.report.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import kozan.io.InputException;
import kozan.io.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code kozan report DIR}: writes one self-contained HTML report of a results directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write DIR/report.html: one self-contained file (charts as inline SVG, no scripts, no network) "
                + "with the scenario's description and levers, headline numbers with 95%% confidence intervals, "
                + "charts, tables of the target years and the manifest's provenance. Opens offline in any browser.",
                "DIR may also be a compare folder (the paired differences with 95%% intervals) or a batch folder "
                        + "(the design points and sweep charts) or a sensitivity folder (the indices with their intervals, the "
                        + "noise share and the index charts)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "1:internal error", "2:DIR is not a results directory (run, compare, batch or sensitivity)"})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Results directory of run (annual.csv), compare (comparison.csv) batch (summary.csv and design.csv) or sensitivity (indices.csv).")
    Path dir;

    @Option(names = "--baseline", paramLabel = "BASELINE_DIR",
            description = "Compare with this baseline results directory: gross and net jobs, fiscal cost per job-year and import reduction, paired by "
                    + "replication; the lever table compares with it. Only for a run's folder. Without it, levers are"
                    + " compared with the scenario's extends parent, else with the format's defaults.")
    Path baseline;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Report file (default: DIR/report.html).")
    Path out;

    @Spec
    CommandSpec spec;

    /** The start of every report Kozan writes ({@code <title>Kozan report: ...}). */
    private static final String MARK = "<title>Kozan report: ";

    /**
     * An existing report file is replaced only when Kozan wrote it (its title says so), as --force does for
     * folders (docs/robustness.md): a file of the user's given as -o is never overwritten.
     */
    static void checkReplaceable(Path file) throws InputException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            OutputDirectory.checkPath(file);
            return;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(file + " is not a regular file (a folder or a link); choose another -o FILE");
        }
        String head;
        try (var in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read it to check that Kozan wrote it: " + e.getMessage());
        }
        if (!head.contains(MARK)) {
            throw new InputException(file + " exists and is not a Kozan report; Kozan never replaces it: choose"
                    + " another -o FILE");
        }
    }

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        Path file = out != null ? out : dir.resolve("report.html");
        try {
            checkReplaceable(file);
            HtmlReport.write(dir, baseline, file);
            spec.commandLine().getOut().println("Wrote " + file);
            return 0;
        } catch (InputException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("kozan report: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("kozan report: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
