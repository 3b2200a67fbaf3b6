package kozan.chart;

import kozan.io.Results;
import kozan.io.ResultsReader;
import kozan.observe.Metrics;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard set of charts for a results directory (and for a comparison), written as
 * {@code charts/<name>.png} and {@code charts/<name>.svg}. Commands call {@link #drawAll(Path)} after a run and
 * {@code kozan chart DIR} calls it to redraw from the CSV files without rerunning.
 */
public final class ChartSet {

    private ChartSet() {
    }

    /** Charts of one run: jobs, import dependence and sources, prices, pipeline, environment, and fans. */
    public static List<NamedChart> standard(Results results) {
        ResultCharts rc = new ResultCharts(results);
        List<NamedChart> out = new ArrayList<>();
        add(out, "jobs_by_class", "National jobs by class over time.", rc.jobsByClass());
        add(out, "jobs_by_region", "Total jobs by region in the target years.", rc.jobsByRegion(rc.targetYears()));
        add(out, "jobs_by_region_over_time", "Total jobs in each region over time.", rc.jobsByRegionOverTime());
        add(out, Metrics.IMPORT_DEPENDENCE, "Share of supply that is imported, per commodity.", rc.importDependence());
        add(out, Metrics.SELF_DEVELOPMENT_RATIO, "Share of supply from domestic and Japanese-equity mines, with METI's "
                + "base-metal target.", rc.selfDevelopment());
        for (String c : rc.criticalCommodities()) {
            add(out, "import_sources_" + fileSafe(c), "Where imports of " + rc.labels().commodity(c) + " come from.",
                    rc.importSources(c));
        }
        add(out, "world_prices", "World prices relative to the first year.", rc.worldPrices());
        add(out, "mine_pipeline", "Mines and prospects by life-cycle stage.", rc.minePipeline());
        add(out, "environment", "Water, greenhouse gases and land of domestic mining.", rc.environment());
        if (results.annual().replicationCount() > 1) {
            add(out, "fan_jobs_total", "Uncertainty of total jobs across replications.", rc.jobsFan());
            for (String c : rc.criticalCommodities()) {
                add(out, "fan_import_dependence_" + fileSafe(c), "Uncertainty of the import dependence of "
                        + rc.labels().commodity(c) + " across replications.", rc.importDependenceFan(c));
            }
        }
        return out;
    }

    /** Charts of a scenario against its baseline (paired by replication). */
    public static List<NamedChart> comparison(Results baseline, Results scenario) {
        ComparisonCharts cc = new ComparisonCharts(baseline, scenario);
        List<NamedChart> out = new ArrayList<>();
        add(out, "compare_import_dependence", "Fall in import dependence against the baseline.",
                cc.importDependenceReduction());
        add(out, "compare_imports_yen", "Value of imports avoided against the baseline.", cc.importReductionYen());
        add(out, "compare_net_jobs", "Gross jobs (change in direct + indirect + induced) and net jobs (change in"
                + " employed) against the baseline.", cc.grossAndNetJobs());
        return out;
    }

    /**
     * The charts of any Kozan output folder ({@link OutputKind}): a run's standard charts (and, with a baseline
     * results folder, the comparison charts), a compare folder's paired differences, a batch folder's sweeps.
     *
     * @param baselineDir a baseline results folder for a run, or null; refused for compare and batch folders
     */
    public static List<NamedChart> forDirectory(Path dir, Path baselineDir) throws IOException {
        OutputKind kind = OutputKind.of(dir);
        if (kind != OutputKind.RUN && baselineDir != null) {
            throw new kozan.io.InputException("--baseline is for a run's results folder; " + dir + " is a "
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + " folder, which holds its own comparison");
        }
        return switch (kind) {
            case RUN -> {
                Results results = ResultsReader.read(dir);
                List<NamedChart> charts = new ArrayList<>(standard(results));
                if (baselineDir != null) {
                    charts.addAll(comparison(ResultsReader.read(baselineDir), results));
                }
                yield charts;
            }
            case COMPARE -> new ComparisonTableCharts(dir).charts();
            case BATCH -> new SweepTableCharts(dir).charts();
            case SENSITIVITY -> new SensitivityCharts(dir).charts();
        };
    }

    /** Reads any Kozan output folder and writes its charts into DIR/charts; returns the files written. */
    public static List<Path> drawAll(Path dir) throws IOException {
        return write(forDirectory(dir, null), dir.resolve("charts"));
    }

    /** Writes comparison charts of two results directories into outDir/charts. */
    public static List<Path> drawComparison(Path baselineDir, Path scenarioDir, Path outDir) throws IOException {
        return write(comparison(ResultsReader.read(baselineDir), ResultsReader.read(scenarioDir)),
                outDir.resolve("charts"));
    }

    /** Writes each chart as PNG and SVG at the default size. */
    public static List<Path> write(List<NamedChart> charts, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (NamedChart c : charts) {
            Path png = dir.resolve(c.name() + ".png");
            Path svg = dir.resolve(c.name() + ".svg");
            ChartExporter.png(c.chart(), png, ChartExporter.WIDTH, ChartExporter.HEIGHT);
            ChartExporter.svg(c.chart(), svg, ChartExporter.WIDTH, ChartExporter.HEIGHT);
            files.add(png);
            files.add(svg);
        }
        return files;
    }

    private static void add(List<NamedChart> out, String name, String caption, JFreeChart chart) {
        if (chart != null) {
            out.add(new NamedChart(name, caption, chart));
        }
    }

    /** Ids become file names: keep letters, digits, '-' and '_'. */
    static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
