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
        addIfAnyValue(out, "jobs_by_class", "National jobs by class over time.", rc.jobsByClass());
        addIfAnyValue(out, "jobs_by_region", "Total jobs by region in the target years.", rc.jobsByRegion(rc.targetYears()));
        addIfAnyValue(out, "jobs_by_region_over_time", "Total jobs in each region over time.", rc.jobsByRegionOverTime());
        add(out, Metrics.IMPORT_DEPENDENCE, "Share of supply that is imported, per commodity.", rc.importDependence());
        addIfAnyValue(out, Metrics.SELF_DEVELOPMENT_RATIO, "Share of supply from domestic and Japanese-equity mines, with METI's "
                + "base-metal target.", rc.selfDevelopment());
        for (String c : rc.criticalCommodities()) {
            add(out, "import_sources_" + fileSafe(c), "Where imports of " + rc.labels().commodity(c) + " come from.",
                    rc.importSources(c));
        }
        add(out, "world_prices", "World prices relative to the first year.", rc.worldPrices());
        addIfAnyValue(out, "mine_pipeline", "Mines and prospects by life-cycle stage.", rc.minePipeline());
        addIfAnyValue(out, "environment", "Water, greenhouse gases and land of domestic mining.", rc.environment());
        if (results.annual().replicationCount() > 1) {
            addIfAnyValue(out, "fan_jobs_total", "Uncertainty of total jobs across replications.", rc.jobsFan());
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

    /**
     * The standard charts of a run's folder whose annual table is already in memory (the run that wrote it kept it,
     * {@link kozan.io.AnnualTable}): the same charts as {@link #drawAll(Path)}, without reading annual.csv back.
     *
     * @param annual the table, or null to read annual.csv
     */
    public static List<Path> drawRun(Path dir, kozan.io.SeriesTable annual) throws IOException {
        if (annual == null) {
            return drawAll(dir);
        }
        return write(standard(ResultsReader.read(dir, annual)), dir.resolve("charts"));
    }

    /** Writes comparison charts of two results directories into outDir/charts. */
    public static List<Path> drawComparison(Path baselineDir, Path scenarioDir, Path outDir) throws IOException {
        return write(comparison(ResultsReader.read(baselineDir), ResultsReader.read(scenarioDir)),
                outDir.resolve("charts"));
    }

    /**
     * Writes each chart as PNG and SVG at the default size, the charts on all cores at once (each chart is drawn by
     * one thread, so its bytes do not depend on the others); the files are listed in chart order.
     */
    public static List<Path> write(List<NamedChart> charts, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (NamedChart c : charts) {
            files.add(dir.resolve(c.name() + ".png"));
            files.add(dir.resolve(c.name() + ".svg"));
        }
        int threads = Math.min(charts.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (int i = 0; i < charts.size(); i++) {
                draw(charts.get(i), files.get(2 * i), files.get(2 * i + 1));
            }
            return files;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kozan-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> drawn = new ArrayList<>();
            for (int i = 0; i < charts.size(); i++) {
                int k = i;
                drawn.add(pool.submit(() -> {
                    draw(charts.get(k), files.get(2 * k), files.get(2 * k + 1));
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : drawn) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while drawing charts");
        } catch (java.util.concurrent.ExecutionException e) {
            throw kozan.io.TaskFailure.rethrow(e);
        } finally {
            pool.shutdownNow();
        }
        return files;
    }

    private static void draw(NamedChart c, Path png, Path svg) throws IOException {
        ChartExporter.png(c.chart(), png, ChartExporter.WIDTH, ChartExporter.HEIGHT);
        ChartExporter.svg(c.chart(), svg, ChartExporter.WIDTH, ChartExporter.HEIGHT);
    }

    private static void add(List<NamedChart> out, String name, String caption, JFreeChart chart) {
        if (chart != null) {
            out.add(new NamedChart(name, caption, chart));
        }
    }

    /**
     * As {@link #add}, but a chart of a run whose every plotted value is 0 or missing is left out: a scenario without
     * mines has no jobs, mine pipeline, environment or self-development to show, and a flat zero on an axis of 0 to 0.1 persons
     * only looks like a drawing error (the zeros stay in annual.csv and summary.csv).
     */
    private static void addIfAnyValue(List<NamedChart> out, String name, String caption, JFreeChart chart) {
        if (chart != null && anyNonZero(chart)) {
            add(out, name, caption, chart);
        }
    }

    /** Whether any dataset of the chart (every subplot of a combined plot) holds a value other than 0 or NaN. */
    static boolean anyNonZero(JFreeChart chart) {
        org.jfree.chart.plot.Plot plot = chart.getPlot();
        List<org.jfree.chart.plot.XYPlot> xyPlots = new ArrayList<>();
        if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            xyPlots.addAll(combined.getSubplots());
        } else if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
            xyPlots.add(xy);
        } else if (plot instanceof org.jfree.chart.plot.CategoryPlot cp) {
            for (int d = 0; d < cp.getDatasetCount(); d++) {
                org.jfree.data.category.CategoryDataset data = cp.getDataset(d);
                for (int r = 0; data != null && r < data.getRowCount(); r++) {
                    for (int c = 0; c < data.getColumnCount(); c++) {
                        if (nonZero(data.getValue(r, c))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } else {
            return true; // another kind of plot: drawn as before
        }
        for (org.jfree.chart.plot.XYPlot xy : xyPlots) {
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                org.jfree.data.xy.XYDataset data = xy.getDataset(d);
                for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        if (nonZero(data.getY(s, i))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean nonZero(Number v) {
        return v != null && !Double.isNaN(v.doubleValue()) && v.doubleValue() != 0.0;
    }

    /** Ids become file names: keep letters, digits, '-' and '_'. */
    static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
