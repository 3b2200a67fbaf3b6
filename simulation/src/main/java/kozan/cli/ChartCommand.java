package kozan.cli;

import kozan.chart.ChartSet;
import kozan.chart.NamedChart;
import kozan.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kozan chart DIR}: redraws a results directory's charts from its CSV files without rerunning. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Redraw the charts of a results directory from its CSV files, without rerunning.",
                "Writes DIR/charts/<name>.png and .svg. A run's folder: jobs by class and region, import dependence "
                        + "and sources, world prices, mine pipeline, environment, and fan charts when there are "
                        + "several replications. A compare folder: the paired differences with 95%% confidence "
                        + "intervals (comparison.csv). A batch folder: each swept parameter against each kept "
                        + "metric, with 95%% confidence intervals (summary.csv, design.csv). A sensitivity folder: Sobol' "
                        + "S1/ST bars or Morris mu* bars and the mu*-sigma plane, with 95%% intervals (indices.csv)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:charts written", "1:internal error", "2:DIR is not a results directory (run, compare, batch or sensitivity)"})
public final class ChartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Results directory of run (annual.csv), compare (comparison.csv) batch (summary.csv and design.csv) or sensitivity (indices.csv).")
    Path dir;

    @Option(names = "--baseline", paramLabel = "BASELINE_DIR",
            description = "Also draw differences from this baseline results directory (import reduction, gross and net jobs; "
                    + "paired by replication). Only for a run's folder.")
    Path baseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        try {
            List<NamedChart> charts = ChartSet.forDirectory(dir, baseline);
            Path out = dir.resolve("charts");
            List<Path> files = ChartSet.write(charts, out);
            spec.commandLine().getOut().println("Wrote " + charts.size() + " charts (" + files.size()
                    + " PNG and SVG files) to " + out);
            return 0;
        } catch (InputException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("kozan chart: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("kozan chart: cannot write charts: " + e.getMessage());
            return 1;
        }
    }
}
