package kozan.cli;

import java.io.IOException;
import kozan.chart.ChartSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kozan.io.Hashes;
import kozan.io.InputException;
import kozan.io.InputFile;
import kozan.io.ResultsDirectory;
import kozan.io.RunWriter;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioWriter;
import kozan.stats.ReplicationCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kozan run SCENARIO}: all replications of one scenario into one results directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write results/<scenario-name>/<run-id>/ (or --out DIR).",
                "Files: annual.csv, impacts.csv, summary.csv, summary.json, scenario.yaml, manifest.json and charts/;"
                        + " timeseries.csv (the monthly rows) only with --monthly.",
                "Replications: the scenario's run.replications (10 unless it says otherwise), on all cores."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Base seed (overrides run.seed).")
    Long seed;

    @Option(names = "--replications", paramLabel = "R", description = "Monte Carlo replications (overrides run.replications,"
            + " whose default is " + ReplicationCount.DEFAULT + "; 95%% intervals need at least 2).")
    Integer replications;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default 0: all cores).")
    int threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR itself (must not exist unless --force).")
    Path out;

    @Option(names = "--force", description = {"Replace an existing results directory (after the new one is complete).",
            "Only a folder Kozan wrote (with its manifest.json) or an empty one is replaced; files and other folders never."})
    boolean force;

    @Option(names = "--no-charts", description = "Do not draw charts/*.png and charts/*.svg (faster; redraw later with 'kozan chart DIR').")
    private boolean noCharts;

    @Option(names = "--monthly", description = {"Also write timeseries.csv: every metric every month (about 18 MB per"
            + " replication of the baseline; annual.csv and the summaries are the same either way).",
            "Without it the manifest records that the monthly rows were left out; 'kozan reproduce' follows it."})
    boolean monthly;

    @Option(names = "--annual-only", description = "Accepted and ignored, for old command lines: leaving out"
            + " timeseries.csv is now the default (--monthly writes it).")
    boolean annualOnly;

    @Option(names = "--results-root", paramLabel = "DIR", defaultValue = "results",
            description = "Root of results/<scenario-name>/<run-id> (default: ${DEFAULT-VALUE}).")
    Path resultsRoot;

    @Override
    public Integer call() throws Exception {
        if (threads < 0) {
            throw new BadInputException("--threads must be 0 (all cores) or more, got " + threads);
        }
        kozan.io.PhaseTimes.mark("start");
        List<ScenarioLoader.Override> overrides = new ArrayList<>();
        if (seed != null) {
            overrides.add(new ScenarioLoader.Override("run.seed", seed));
        }
        if (replications != null) {
            overrides.add(new ScenarioLoader.Override("run.replications", replications));
        }
        InputFile.readText(scenarioFile, InputFile.MAX_TEXT_BYTES); // not a device, not too large, no huge line
        Scenario scenario = ScenarioLoader.load(scenarioFile, overrides); // bad input: exit 2 before any directory exists
        String sha256 = Hashes.sha256(InputFile.readBytes(scenarioFile, InputFile.MAX_TEXT_BYTES));
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Path target = out != null ? out
                : ResultsDirectory.defaultTarget(resultsRoot, scenario.metadata().name(), Instant.now(), sha256);

        kozan.io.PhaseTimes.mark("load");
        String few = ReplicationCount.runNote(scenario.run().replications());
        if (few != null) { // said before the run, so it can be stopped and started again with more
            spec.commandLine().getErr().println("warning: " + few);
            spec.commandLine().getErr().flush();
        }
        Engine engine = main.engine();
        RunWriter.Request request = new RunWriter.Request(scenario, ScenarioWriter.toYaml(scenario),
                scenarioFile.toString(), sha256, workers, !monthly);
        Path written;
        kozan.io.SeriesTable[] annual = new kozan.io.SeriesTable[1]; // the run's annual table, for the printed table
        RunWriter.DerivedFiles charts = (d, table) -> {
            annual[0] = table;
            if (!noCharts) {
                ChartSet.drawRun(d, table);
            }
        };
        try (ResultsDirectory dir = ResultsDirectory.create(target, force);
             ProgressReporter progress = ProgressReporter.create(spec.commandLine().getErr(),
                     "run " + scenario.metadata().name(), scenario.run().replications())) {
            dir.staleRemoved().forEach(p -> spec.commandLine().getErr().println("removed " + p
                    + ": a temporary folder left by a Kozan process that no longer runs (killed?)"));
            new RunWriter(engine.runFunction(), engine.metrics()).write(request, dir.temp(), progress,
                    charts);
            written = dir.commit();
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot write results to " + target.toAbsolutePath() + ": " + Errors.describe(e), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("results: " + written);
        ResultTable.print(written, annual[0], scenario, stdout);
        kozan.io.PhaseTimes.mark("table printed");
        return Errors.OK;
    }
}
