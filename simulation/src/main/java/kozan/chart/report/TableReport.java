package kozan.chart.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import kozan.chart.ComparisonTableCharts;
import kozan.chart.Labels;
import kozan.chart.NamedChart;
import kozan.chart.OutputKind;
import kozan.chart.PlaceNames;
import kozan.chart.SweepTableCharts;
import kozan.io.InputFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The HTML report of a compare, batch or sensitivity folder, in the look of {@link HtmlReport}: a headline chart, the key
 * numbers (compare: the national paired differences with 95% intervals per year; batch: the design points; sensitivity: {@link SensitivitySection}),
 * every chart as inline SVG and the provenance folded into a details element. Like the run report it is one file
 * with no scripts or network, and depends only on the folder's files.
 */
final class TableReport {

    private final Path dir;
    private final OutputKind kind;
    private final StringBuilder out = new StringBuilder(1 << 20);

    private TableReport(Path dir, OutputKind kind) {
        this.dir = dir;
        this.kind = kind;
    }

    static String render(Path dir, OutputKind kind) throws IOException {
        return new TableReport(dir, kind).build();
    }

    private String build() throws IOException {
        JsonNode manifest = Files.isRegularFile(dir.resolve("manifest.json"))
                ? InputFile.readJson(dir.resolve("manifest.json"), InputFile.MAX_JSON_BYTES) : MissingNode.getInstance();
        String folder = String.valueOf(dir.toAbsolutePath().normalize().getFileName());
        String name = manifest.path("name").isTextual() ? manifest.path("name").asText() : folder;
        boolean compare = kind == OutputKind.COMPARE;
        boolean sensitivity = kind == OutputKind.SENSITIVITY;
        String title = (compare ? "Comparison " : sensitivity ? "Sensitivity study " : "Batch ") + name;
        List<NamedChart> charts;
        SweepTableCharts sweeps = null;
        if (compare) {
            charts = new ComparisonTableCharts(dir).charts();
        } else if (sensitivity) {
            charts = new kozan.chart.SensitivityCharts(dir).charts();
        } else {
            sweeps = new SweepTableCharts(dir);
            charts = sweeps.charts();
        }
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Kozan report: ").append(Html.esc(title)).append("</title>\n<style>\n")
                .append(HtmlReport.css()).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(compare ? "kozan compare" : sensitivity ? "kozan sensitivity" : "kozan batch").append(" · results <code>").append(Html.esc(folder))
                .append("</code>");
        if (manifest.has("replications")) {
            out.append(" · ").append(manifest.path("replications").asInt()).append(" replications per point");
        }
        out.append("</p>\n");
        if (manifest.path("description").isTextual()) {
            out.append("<p class=\"description\">").append(Html.esc(manifest.path("description").asText()))
                    .append("</p>\n");
        }
        if (!charts.isEmpty()) {
            NamedChart h = charts.get(0);
            out.append("<figure class=\"headline\" id=\"headline-chart\">\n").append(HtmlReport.svg(h, -1))
                    .append("\n<figcaption>").append(Html.esc(h.caption())).append("</figcaption>\n</figure>\n");
        }
        out.append("<nav><strong>Contents:</strong> <a href=\"#numbers\">")
                .append(compare ? "Differences" : sensitivity ? "Indices" : "Design points").append("</a> · <a href=\"#charts\">Charts</a> (")
                .append(charts.size()).append(") · <a href=\"#provenance\">Provenance</a></nav>\n");
        if (compare) {
            differences();
        } else if (sensitivity) {
            SensitivitySection.write(out, dir);
        } else {
            design(sweeps);
        }
        out.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.isEmpty()) {
            out.append("<p>No chart: the folder holds no difference or swept value beyond numerical noise.</p>\n");
        }
        for (int i = 0; i < charts.size(); i++) {
            NamedChart c = charts.get(i);
            out.append("<figure id=\"chart-").append(Html.esc(c.name())).append("\">\n").append(HtmlReport.svg(c, i))
                    .append("\n<figcaption>").append(Html.esc(c.caption())).append(" <span class=\"file\">charts/")
                    .append(Html.esc(c.name())).append(".svg</span></figcaption>\n</figure>\n");
        }
        if (sweeps != null && sweeps.flat() > 0) {
            out.append("<p class=\"note\">").append(sweeps.flat()).append(" metric rows have the same mean at every"
                    + " design point and are not drawn; summary.csv has them.</p>\n");
        }
        if (sweeps != null && sweeps.omitted() > 0) {
            out.append("<p class=\"note\">").append(sweeps.omitted()).append(" more sweep charts are left out (at most ")
                    .append(charts.size()).append(" are drawn); summary.csv has every value.</p>\n");
        }
        out.append("</section>\n<section id=\"provenance\">\n<h2>Provenance</h2>\n");
        if (manifest.isObject()) {
            ReportSections.details(out, manifest);
        } else {
            out.append("<p>No manifest.json in this folder (a comparison of two results folders; their own"
                    + " manifests record how they were made).</p>\n");
        }
        if (Files.isRegularFile(dir.resolve("sensitivity.yaml"))) {
            out.append("<details>\n<summary>The sensitivity spec as run (sensitivity.yaml)</summary>\n<pre>")
                    .append(Html.esc(Files.readString(dir.resolve("sensitivity.yaml"), StandardCharsets.UTF_8)))
                    .append("</pre>\n</details>\n");
        }
        if (Files.isRegularFile(dir.resolve("batch.yaml"))) {
            out.append("<details>\n<summary>The batch file as run (batch.yaml)</summary>\n<pre>")
                    .append(Html.esc(Files.readString(dir.resolve("batch.yaml"), StandardCharsets.UTF_8)))
                    .append("</pre>\n</details>\n");
        }
        return out.append("</section>\n</main>\n</body>\n</html>\n").toString();
    }

    /** Measures of comparison.csv in reading order, with their labels and the unit they are shown in. */
    private static final String[][] MEASURES = {
        {"gross_jobs", "Gross jobs (change in direct + indirect + induced)", "persons"},
        {"net_jobs", "Net jobs (change in employed)", "persons"},
        {"import_dependence_reduction_pp", "Import dependence reduction", "percentage points"},
        {"import_reduction_t", "Imports avoided", ""},
        {"import_reduction_yen", "Imports avoided", "JPY billion"},
        {"fiscal_cost_increase_yen", "Fiscal cost increase", "JPY billion"},
    };

    private void differences() throws IOException {
        out.append("<section id=\"numbers\">\n<h2>Differences from the baseline</h2>\n<p class=\"note\">National"
                + " paired differences, scenario minus baseline (imports: baseline minus scenario, so positive ="
                + " fewer imports), mean [95% confidence interval]. Rows within the printing tolerance of kozan"
                + " compare (numerical noise) are left out; comparison.csv has every row, region and year.</p>\n");
        List<Map<String, String>> rows = read(dir.resolve("comparison.csv"));
        TreeSet<Integer> all = new TreeSet<>();
        for (Map<String, String> r : rows) {
            if (!r.get("year").isBlank()) {
                all.add((int) Double.parseDouble(r.get("year")));
            }
        }
        List<Integer> years = shownYears(all);
        out.append("<div class=\"wide\"><table>\n<tr><th>Measure</th><th>Unit</th>");
        years.forEach(y -> out.append("<th>").append(y).append("</th>"));
        out.append("</tr>\n");
        for (String[] m : MEASURES) {
            Map<String, Map<Integer, Map<String, String>>> byLabel = new TreeMap<>();
            for (Map<String, String> r : rows) {
                boolean national = kozan.io.Csv.region(r.get("region")).isEmpty();
                boolean total = !m[0].endsWith("jobs") || "total".equals(r.get("class"));
                if (m[0].equals(r.get("measure")) && national && total && !r.get("year").isBlank()) {
                    String label = m[1] + (r.get("commodity").isEmpty() ? "" : ", " + Labels.pretty(r.get("commodity")));
                    byLabel.computeIfAbsent(label, k -> new TreeMap<>())
                            .put((int) Double.parseDouble(r.get("year")), r);
                }
            }
            byLabel.forEach((label, byYear) -> {
                double f = m[2].equals("JPY billion") ? 1e9 : 1;
                double tol = m[0].endsWith("_pp") ? 0.005 : m[2].equals("JPY billion") ? 50_000 : 0.05;
                // noise in the years shown: a row that moves only in a year the table does not show is all zeros
                boolean noise = !m[0].endsWith("jobs") && years.stream().map(byYear::get)
                        .filter(java.util.Objects::nonNull).allMatch(r ->
                        Math.abs(num(r, "mean")) < tol && !(Math.abs(num(r, "ci95_low")) >= tol)
                                && !(Math.abs(num(r, "ci95_high")) >= tol));
                if (noise) {
                    return;
                }
                String unit = m[2].isEmpty() ? byYear.values().iterator().next().getOrDefault("unit", "") : m[2];
                out.append("<tr><td>").append(Html.esc(label)).append("</td><td>").append(Html.esc(unit)).append("</td>");
                for (int y : years) {
                    Map<String, String> r = byYear.get(y);
                    out.append("<td class=\"num\">").append(r == null ? "" : Html.esc(Html.num(num(r, "mean") / f)
                            + " [" + Html.num(num(r, "ci95_low") / f) + ", " + Html.num(num(r, "ci95_high") / f) + "]"))
                            .append("</td>");
                }
                out.append("</tr>\n");
            });
        }
        out.append("</table></div>\n");
        regions(rows, years);
        out.append("</section>\n");
    }

    /** Gross jobs by region in the last shown year, north to south, with English and Japanese names. */
    private void regions(List<Map<String, String>> rows, List<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        int last = years.get(years.size() - 1);
        StringBuilder table = new StringBuilder();
        List<Map<String, String>> northToSouth = rows.stream()
                .sorted(java.util.Comparator.comparingInt(r -> PlaceNames.order(r.get("region")))).toList();
        for (Map<String, String> r : northToSouth) {
            if ("gross_jobs".equals(r.get("measure")) && "total".equals(r.get("class")) && !kozan.io.Csv.region(r.get("region")).isEmpty() && !r.get("year").isBlank()
                    && (int) Double.parseDouble(r.get("year")) == last) {
                table.append("<tr><td>").append(Html.esc(PlaceNames.region(r.get("region"), null)))
                        .append("</td><td class=\"num\">").append(Html.esc(Html.num(num(r, "mean")) + " ["
                                + Html.num(num(r, "ci95_low")) + ", " + Html.num(num(r, "ci95_high")) + "]"))
                        .append("</td></tr>\n");
            }
        }
        if (!table.isEmpty()) {
            out.append("<table>\n<caption>Gross jobs by region in ").append(last)
                    .append(" (persons, mean [95% CI])</caption>\n<tr><th>Region</th><th>Gross jobs</th></tr>\n")
                    .append(table).append("</table>\n");
        }
    }

    private void design(SweepTableCharts sweeps) throws IOException {
        out.append("<section id=\"numbers\">\n<h2>Design points</h2>\n<p>Swept: ")
                .append(Html.esc(sweeps.varied().isEmpty() ? "nothing (one design point)"
                        : String.join(", ", sweeps.varied()))).append(". summary.csv has the mean and 95% interval of"
                        + " every kept metric at every point; differences.csv the paired differences from the"
                        + " baseline point.</p>\n<div class=\"wide\"><table>\n<tr>");
        List<Map<String, String>> rows = read(dir.resolve("design.csv"));
        if (!rows.isEmpty()) {
            rows.get(0).keySet().forEach(h -> out.append("<th>").append(Html.esc(h)).append("</th>"));
        }
        out.append("</tr>\n");
        for (Map<String, String> r : rows) {
            out.append("<tr>");
            r.values().forEach(v -> out.append("<td>").append(Html.esc(v)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table></div>\n</section>\n");
    }

    /** Every year when there are a few; else every fifth year and the last (comparison.csv has them all). */
    static List<Integer> shownYears(TreeSet<Integer> all) {
        if (all.size() <= 6) {
            return List.copyOf(all);
        }
        List<Integer> out = new ArrayList<>();
        for (int y : all) {
            if (y % 5 == 0 || y == all.last()) {
                out.add(y);
            }
        }
        return out;
    }

    private static double num(Map<String, String> r, String c) {
        String v = r.getOrDefault(c, "");
        return v.isBlank() ? Double.NaN : Double.parseDouble(v);
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                Map<String, String> m = new java.util.LinkedHashMap<>();
                p.getHeaderNames().forEach(h -> m.put(h, r.isSet(h) ? r.get(h) : ""));
                rows.add(m);
            }
            return rows;
        }
    }
}
