package kozan.chart;

import kozan.io.Results;
import kozan.io.ResultsReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kozan.observe.Metrics;

/**
 * Regenerates the example charts in docs/images from a results directory (and optionally its baseline, for a
 * comparison chart), at a size that reads well on a README page:
 * {@code java -cp simulation/target/kozan-all.jar kozan.chart.DocImages RESULTS_DIR docs/images [BASELINE_DIR]}.
 */
public final class DocImages {

    static final int WIDTH = 760;
    static final int HEIGHT = 440;
    static final Set<String> PICKED = Set.of("jobs_by_class", Metrics.IMPORT_DEPENDENCE, "fan_jobs_total");

    private DocImages() {
    }

    /** Writes the picked charts as PNG into {@code out}; returns the files written. */
    public static List<Path> write(Path resultsDir, Path out, Path baselineDir) throws IOException {
        Results results = ResultsReader.read(resultsDir);
        List<NamedChart> charts = new ArrayList<>();
        for (NamedChart c : ChartSet.standard(results)) {
            if (PICKED.contains(c.name())) {
                charts.add(c);
            }
        }
        if (baselineDir != null) {
            for (NamedChart c : ChartSet.comparison(ResultsReader.read(baselineDir), results)) {
                if (c.name().equals("compare_import_dependence")) {
                    charts.add(c);
                }
            }
        }
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        for (NamedChart c : charts) {
            Path f = out.resolve(c.name() + ".png");
            ChartExporter.png(c.chart(), f, WIDTH, HEIGHT);
            files.add(f);
        }
        return files;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DocImages RESULTS_DIR OUT_DIR [BASELINE_DIR]");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        for (Path f : write(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null)) {
            System.out.println("wrote " + f);
        }
    }
}
