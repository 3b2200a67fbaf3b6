package kozan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kozan.analysis.BatchCases;
import kozan.analysis.Discovery;
import kozan.analysis.Prim;
import kozan.analysis.WhereExpression;
import kozan.chart.ChartSet;
import kozan.chart.DiscoveryCharts;
import kozan.io.Csv;
import kozan.io.Hashes;
import kozan.io.InputException;
import kozan.io.Json;
import kozan.io.ResultsDirectory;
import kozan.io.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kozan discover BATCHDIR --where EXPR}: scenario discovery by PRIM (docs/sensitivity.md). */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery by PRIM: which ranges of a batch's parameters lead to the runs meeting"
                        + " --where (peeling, pasting, coverage-density trajectory).",
                "BATCHDIR: a finished kozan batch or kozan sensitivity SPEC folder.",
                "Writes trajectory.csv, box.csv, charts/prim_trajectory.png and .svg and",
                "manifest.json into --out DIR. Expression syntax: docs/sensitivity.md, e.g.",
                "  --where 'import_dependence[commodity=rare_earths,year=2040] > 0.8'"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:box found and written", "1:internal error",
                "2:bad input (folder, expression with its column, options, existing --out)"})
public final class DiscoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BATCHDIR", description = "A finished batch or sensitivity folder.")
    Path batchDir;

    @Option(names = "--where", required = true, paramLabel = "EXPR",
            description = "Which runs are of interest, e.g. 'jobs_direct[year=2040] < 20000 and"
                    + " import_dependence[commodity=gold,year=2040] > 0.9'.")
    String where;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Share of the box's runs cut by one peel (and added by one paste), 0 < A < 0.5"
                    + " (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--min-support", paramLabel = "S", defaultValue = "0.05",
            description = "Stop peeling below this share of all runs in the box (default: ${DEFAULT-VALUE}).")
    double minSupport;

    @Option(names = "--threshold", paramLabel = "D", defaultValue = "0.8",
            description = "Choose the box of most coverage with density >= D, else the densest (default:"
                    + " ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: <results-root>/discover/<batch folder name>).")
    Path out;

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (!(alpha > 0 && alpha < 0.5)) {
                throw new BadInputException("--alpha must be between 0 and 0.5 (0.05 is usual), got " + alpha);
            }
            if (!(minSupport >= 0 && minSupport < 1)) {
                throw new BadInputException("--min-support must be in [0, 1), got " + minSupport);
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new BadInputException("--threshold must be in (0, 1], got " + threshold);
            }
            WhereExpression expr;
            BatchCases cases = BatchCases.read(batchDir);
            try {
                expr = WhereExpression.parse(where);
                expr.check(cases.kept(), cases.years());
            } catch (WhereExpression.ExpressionException e) {
                throw new BadInputException("--where: " + e.explain(where));
            }
            cases.requireLearnable(batchDir);
            Discovery d = Discovery.run(cases, expr, alpha, minSupport, threshold);
            if (d.prim().ofInterest() == 0) {
                throw new BadInputException("no run of " + batchDir + " meets --where " + where
                        + ": nothing to discover (check the threshold against summary.csv)");
            }
            Path target = out != null ? out
                    : output.folder("discover", batchDir.toAbsolutePath().normalize().getFileName().toString());
            Path written = write(target, d, cases);
            print(stdout, d, cases, written);
            return Errors.OK;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return Errors.BAD_INPUT;
        }
    }

    private Path write(Path target, Discovery d, BatchCases cases) throws IOException {
        String headless = System.getProperty("java.awt.headless");
        System.setProperty("java.awt.headless", "true");
        try (ResultsDirectory dir = ResultsDirectory.create(target, output.force)) {
            Path tmp = dir.temp();
            d.writeTrajectory(tmp.resolve(Discovery.TRAJECTORY));
            d.writeBox(tmp.resolve(Discovery.BOX));
            ChartSet.write(List.of(DiscoveryCharts.trajectory(d, where)), tmp.resolve("charts"));
            ObjectNode m = Json.object();
            m.put("kind", "discover");
            VersionInfo.putCurrent(m);
            m.put("batch_dir", batchDir.toAbsolutePath().normalize().toString());
            m.put("runs_csv_sha256", Hashes.sha256(batchDir.resolve(BatchCases.RUNS)));
            m.put("where", where);
            m.put("alpha", alpha);
            m.put("min_support", minSupport);
            m.put("threshold", threshold);
            m.put("runs", cases.x().size());
            m.put("failed_runs_left_out", cases.failed());
            m.put("runs_without_parameter_values_left_out", cases.unrecorded());
            m.put("runs_of_interest", d.prim().ofInterest());
            m.put("chosen_step", d.chosen().step());
            m.put("coverage", d.chosen().coverage());
            m.put("density", d.chosen().density());
            ObjectNode files = m.putObject("files");
            files.put(Discovery.TRAJECTORY, Hashes.sha256(tmp.resolve(Discovery.TRAJECTORY)));
            files.put(Discovery.BOX, Hashes.sha256(tmp.resolve(Discovery.BOX)));
            Json.write(tmp.resolve(Csv.MANIFEST), m);
            return dir.commit();
        } finally {
            if (headless == null) {
                System.clearProperty("java.awt.headless");
            } else {
                System.setProperty("java.awt.headless", headless);
            }
        }
    }

    private static void print(PrintWriter o, Discovery d, BatchCases cases, Path written) {
        Prim.Step c = d.chosen();
        o.printf(Locale.ROOT, "%d of %d runs meet the condition (%.1f%%)%s%n", d.prim().ofInterest(),
                cases.x().size(), 100.0 * d.prim().ofInterest() / cases.x().size(),
                cases.failed() > 0 ? "; " + cases.failed() + " failed runs left out" : "");
        if (cases.unrecorded() > 0) {
            o.printf(Locale.ROOT, "%d runs left out: an empty parameter cell (an added baseline's unlisted"
                    + " parameters keep the scenario's own values, not recorded in runs.csv)%n", cases.unrecorded());
        }
        o.printf(Locale.ROOT, "chosen box (peeling step %d of %d, then pasted): coverage %.1f%%, density %.1f%%,"
                        + " %d runs%n", c.step(), d.trajectory().size() - 1, 100 * c.coverage(), 100 * c.density(),
                c.cases());
        double[] min = d.prim().min();
        double[] max = d.prim().max();
        List<Integer> restricted = d.restricted(c.box());
        if (restricted.isEmpty()) {
            o.println("  no parameter restricted: the runs of interest are spread over the whole design");
        }
        for (int j : restricted) {
            o.printf(Locale.ROOT, "  %s in [%s, %s] (of [%s, %s])%n", cases.parameters().get(j),
                    g(c.box().low()[j]), g(c.box().high()[j]), g(min[j]), g(max[j]));
        }
        if (!cases.skipped().isEmpty()) {
            o.println("  not numeric, not used: " + String.join(", ", cases.skipped()));
        }
        o.println("results: " + written);
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
