package kozan.chart.report;

import com.fasterxml.jackson.databind.JsonNode;
import kozan.chart.ChartExporter;
import kozan.chart.ChartSet;
import kozan.chart.Comparison;
import kozan.chart.NamedChart;
import kozan.chart.OutputKind;
import kozan.chart.ResultCharts;
import kozan.io.Results;
import kozan.io.ResultsReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML report of a results directory: scenario description and levers, headline numbers with
 * units and 95% intervals, every chart as inline SVG, tables of the target years and the manifest's provenance.
 * No scripts, no external files, no network: it opens offline in any browser. All text from results files is
 * escaped. The output depends only on the results files (no clock), so reports are reproducible.
 */
public final class HtmlReport {

    private final Results results;
    private final Results baseline;
    private final KeyFigures figures;
    private final List<Integer> years;
    private final StringBuilder out = new StringBuilder(1 << 20);

    private HtmlReport(Results results, Results baseline) {
        this.results = results;
        this.baseline = baseline;
        this.figures = new KeyFigures(results);
        this.years = figures.years(new ResultCharts(results).targetYears());
    }

    /**
     * Reads DIR (a run's results folder, with an optional baseline results folder; or a compare or batch folder,
     * {@link OutputKind}) and writes the report to {@code file}.
     */
    public static Path write(Path dir, Path baselineDir, Path file) throws IOException {
        OutputKind kind = OutputKind.of(dir);
        String html;
        if (kind == OutputKind.RUN) {
            Results r = ResultsReader.read(dir);
            Results b = baselineDir == null ? null : ResultsReader.read(baselineDir);
            html = render(r, b);
        } else if (baselineDir != null) {
            throw new kozan.io.InputException("--baseline is for a run's results folder; " + dir + " is a "
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + " folder, which holds its own comparison");
        } else {
            html = TableReport.render(dir, kind);
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** The report as one HTML string; {@code baseline} may be null. */
    public static String render(Results results, Results baseline) throws IOException {
        List<NamedChart> charts = new ArrayList<>(ChartSet.standard(results));
        if (baseline != null) {
            charts.addAll(ChartSet.comparison(baseline, results));
        }
        return new HtmlReport(results, baseline).build(charts);
    }

    private String build(List<NamedChart> charts) throws IOException {
        Map<String, Object> meta = results.metadata();
        String title = meta.get("title") != null ? meta.get("title").toString() : results.scenarioName();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Kozan report: ").append(Html.esc(title)).append("</title>\n<style>\n")
                .append(css()).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"meta\">Scenario <code>")
                .append(Html.esc(results.scenarioName())).append("</code> · results <code>")
                .append(Html.esc(results.dir().toAbsolutePath().normalize().getFileName())).append("</code> · ")
                .append(results.annual().replicationCount()).append(" replication(s) · ")
                .append(Html.esc(period())).append("</p>\n");
        if (meta.get("description") != null) {
            out.append("<p class=\"description\">").append(Html.esc(meta.get("description"))).append("</p>\n");
        }
        new ReportSections(out, results, baseline, figures, years).write(charts);
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private String period() {
        List<String> p = results.annual().periods();
        return p.isEmpty() ? "no years" : p.get(0) + "–" + p.get(p.size() - 1);
    }

    static String css() throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IOException("report.css missing from the classpath (kozan/chart/report/report.css)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Inline SVG of one chart with ids unique on the page (index -1: the headline copy). */
    static String svg(NamedChart c, int index) {
        return ChartExporter.svgElement(c.chart(), ChartExporter.WIDTH, ChartExporter.HEIGHT,
                index < 0 ? "kh" : "k" + index);
    }

    /** The first chart named in {@code preferred} (in that order of preference), else the first chart, else null. */
    static NamedChart headline(List<NamedChart> charts, List<String> preferred) {
        for (String name : preferred) {
            for (NamedChart c : charts) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
        }
        return charts.isEmpty() ? null : charts.get(0);
    }

    static boolean isObject(JsonNode n) {
        return n != null && n.isObject();
    }

    static Comparison comparison(Results baseline, Results results) {
        return new Comparison(baseline.annual(), results.annual());
    }
}
