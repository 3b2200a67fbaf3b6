package kozan.cli;

import kozan.chart.ChartSet;
import kozan.chart.NamedChart;
import kozan.io.Results;
import kozan.io.InputException;
import kozan.io.ResultsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kozan chart DIR}: redraws a results directory's charts from its CSV files without rerunning. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Redraw the charts of a results directory from its CSV files, without rerunning.",
                "Writes DIR/charts/<name>.png and .svg: jobs by class and region, import dependence and sources, "
                        + "world prices, mine pipeline, environment, and fan charts when there are several "
                        + "replications."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:charts written", "1:internal error", "2:DIR is not a results directory"})
public final class ChartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Results directory (holds annual.csv).")
    Path dir;

    @Option(names = "--baseline", paramLabel = "BASELINE_DIR",
            description = "Also draw differences from this baseline results directory (import reduction, gross and net jobs; "
                    + "paired by replication).")
    Path baseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        try {
            Results results = ResultsReader.read(dir);
            List<NamedChart> charts = new ArrayList<>(ChartSet.standard(results));
            if (baseline != null) {
                charts.addAll(ChartSet.comparison(ResultsReader.read(baseline), results));
            }
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
