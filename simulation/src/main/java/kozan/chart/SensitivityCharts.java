package kozan.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Charts of a {@code kozan sensitivity} folder, drawn from its indices.csv (docs/sensitivity.md), one or two per
 * output: Sobol' first-order (S1) and total (ST) indices as bars with their 95% bootstrap intervals as whiskers,
 * parameters ordered by ST; Morris mu* as bars with whiskers, and the mu*-sigma plane (mu* against sigma, each
 * parameter a point with both intervals, the most influential labelled). At most {@link #MAX_PARAMETERS}
 * parameters per bar chart (the largest); indices.csv has them all.
 */
public final class SensitivityCharts {

    static final int MAX_PARAMETERS = 15;
    /** Points labelled by name on the mu*-sigma plane: the largest mu*; more would overlap. */
    static final int LABELLED = 6;

    /** One indices.csv row. */
    record Row(String parameter, String output, String method, String index, double estimate, double low,
               double high) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String name;

    public SensitivityCharts(Path dir) throws IOException {
        CsvRows csv = CsvRows.read(dir.resolve("indices.csv"), "parameter", "output", "method", "index", "estimate",
                "ci95_low", "ci95_high");
        for (Map<String, String> r : csv.rows()) {
            rows.add(new Row(r.get("parameter"), r.get("output"), r.get("method"), r.get("index"),
                    CsvRows.num(r, "estimate"), CsvRows.num(r, "ci95_low"), CsvRows.num(r, "ci95_high")));
        }
        String folder = dir.toAbsolutePath().normalize().getFileName().toString();
        this.name = Files.isRegularFile(dir.resolve("manifest.json")) ? kozan.io.InputFile.readJson(
                dir.resolve("manifest.json"), kozan.io.InputFile.MAX_JSON_BYTES).path("name").asText(folder) : folder;
    }

    /** The outputs in file order. */
    public List<String> outputs() {
        return rows.stream().map(Row::output).distinct().toList();
    }

    public List<NamedChart> charts() {
        List<NamedChart> out = new ArrayList<>();
        for (String o : outputs()) {
            List<Row> of = rows.stream().filter(r -> r.output().equals(o)).toList();
            String file = ChartSet.fileSafe(o.replace(' ', '_'));
            if (of.stream().anyMatch(r -> r.method().equals("sobol"))) {
                out.add(new NamedChart("sobol_" + file, "Sobol' first-order (S1) and total (ST) indices of " + o
                        + " with 95% bootstrap intervals.", bars(o, of, List.of("S1", "ST"))));
            } else {
                out.add(new NamedChart("morris_mu_star_" + file, "Morris mu* (mean absolute elementary effect) of "
                        + o + " with 95% bootstrap intervals.", bars(o, of, List.of("mu_star"))));
                out.add(new NamedChart("morris_" + file, "Morris mu* against sigma for " + o + ": right ="
                        + " influential, up = non-linear or interacting.", muSigma(o, of)));
            }
        }
        return out;
    }

    /** Horizontal bars of {@code indices} per parameter (largest last index first), whiskers = 95% CI. */
    JFreeChart bars(String output, List<Row> of, List<String> indices) {
        String sortBy = indices.get(indices.size() - 1);
        List<Row> order = of.stream().filter(r -> r.index().equals(sortBy))
                .sorted(Comparator.comparingDouble((Row r) -> Double.isNaN(r.estimate()) ? 0 : -r.estimate())
                        .thenComparing(Row::parameter))
                .limit(MAX_PARAMETERS).toList();
        List<String> params = order.stream().map(Row::parameter).toList();
        Map<String, Map<String, Row>> byIndex = new LinkedHashMap<>();
        for (Row r : of) {
            byIndex.computeIfAbsent(r.index(), k -> new LinkedHashMap<>()).put(r.parameter(), r);
        }
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        XYIntervalSeriesCollection ciData = new XYIntervalSeriesCollection();
        double width = 0.8 / indices.size();
        for (int s = 0; s < indices.size(); s++) {
            XYIntervalSeries bar = new XYIntervalSeries(label(indices.get(s)));
            XYIntervalSeries ci = new XYIntervalSeries(indices.get(s) + " 95% CI");
            for (int i = 0; i < params.size(); i++) {
                Row r = byIndex.getOrDefault(indices.get(s), Map.of()).get(params.get(i));
                if (r == null || Double.isNaN(r.estimate())) {
                    continue;
                }
                // parameter i at position n - 1 - i so the largest is at the top of a horizontal chart
                double x = params.size() - 1 - i - 0.4 + width * (indices.size() - 1 - s) + width / 2;
                bar.add(x, x - width / 2 * 0.9, x + width / 2 * 0.9, r.estimate(), r.estimate(), r.estimate());
                double lo = Double.isNaN(r.low()) ? r.estimate() : r.low();
                double hi = Double.isNaN(r.high()) ? r.estimate() : r.high();
                ci.add(x, x, x, r.estimate(), lo, hi);
            }
            barData.addSeries(bar);
            ciData.addSeries(ci);
        }
        String[] symbols = new String[params.size()];
        for (int i = 0; i < params.size(); i++) {
            symbols[params.size() - 1 - i] = params.get(i);
        }
        SymbolAxis axis = new SymbolAxis(null, symbols);
        axis.setTickLabelFont(ChartStyle.TICK);
        axis.setGridBandsVisible(false);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        List<Color> colors = Palette.distinct(List.of(Palette.SKY_BLUE, Palette.BLUE));
        for (int s = 0; s < indices.size(); s++) {
            barRenderer.setSeriesPaint(s, colors.get(indices.size() == 1 ? 1 : s));
        }
        String unit = indices.get(0).startsWith("mu") ? "change of the output per whole range" : "share of variance";
        XYPlot plot = new XYPlot(barData, axis, ChartStyle.valueAxis(label(String.join(", ", indices)) + " ("
                + unit + ")", false), barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setErrorStroke(new BasicStroke(1.2f));
        whiskers.setCapLength(4);
        whiskers.setDefaultSeriesVisibleInLegend(false);
        plot.setDataset(1, ciData);
        plot.setRenderer(1, whiskers);
        String title = (indices.contains("S1") ? "Sobol' indices: " : "Morris mu*: ") + output;
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, indices.size() > 1), "Sensitivity study "
                + name + "; whiskers: 95% bootstrap interval; " + params.size() + " of "
                + byIndex.getOrDefault(sortBy, Map.of()).size() + " parameters, largest " + label(sortBy) + " first");
    }

    /** mu* (x) against sigma (y), both with their intervals; the {@link #LABELLED} largest mu* named. */
    JFreeChart muSigma(String output, List<Row> of) {
        Map<String, Row> mu = new LinkedHashMap<>();
        Map<String, Row> sigma = new LinkedHashMap<>();
        for (Row r : of) {
            if (r.index().equals("mu_star")) {
                mu.put(r.parameter(), r);
            } else if (r.index().equals("sigma")) {
                sigma.put(r.parameter(), r);
            }
        }
        List<String> labelled = mu.values().stream()
                .sorted(Comparator.comparingDouble((Row r) -> Double.isNaN(r.estimate()) ? 0 : -r.estimate()))
                .limit(LABELLED).map(Row::parameter).toList();
        XYIntervalSeries points = new XYIntervalSeries("parameters", false, true); // item i stays names[i]
        List<String> names = new ArrayList<>();
        for (Row m : mu.values()) {
            Row s = sigma.get(m.parameter());
            if (s == null || Double.isNaN(m.estimate()) || Double.isNaN(s.estimate())) {
                continue;
            }
            points.add(m.estimate(), orSelf(m.low(), m.estimate()), orSelf(m.high(), m.estimate()), s.estimate(),
                    orSelf(s.low(), s.estimate()), orSelf(s.high(), s.estimate()));
            names.add(m.parameter());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(points);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setSeriesPaint(0, Palette.BLUE);
        r.setErrorPaint(Palette.GREY);
        r.setCapLength(4);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        XYItemLabelGenerator labels = (dataset, series, item) ->
                labelled.contains(names.get(item)) ? names.get(item) : null;
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        r.setDefaultItemLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
        r.setDefaultSeriesVisibleInLegend(false);
        NumberAxis x = ChartStyle.valueAxis("mu* (change of the output per whole range)", false);
        x.setUpperMargin(0.35); // room for the names right of the points
        NumberAxis y = ChartStyle.valueAxis("sigma", false);
        XYPlot plot = new XYPlot(data, x, y, r);
        return ChartStyle.finish(new JFreeChart("Morris mu* and sigma: " + output, ChartStyle.TITLE, plot, false),
                "Sensitivity study " + name + "; whiskers: 95% bootstrap intervals; the " + labelled.size()
                        + " largest mu* named");
    }

    private static double orSelf(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static String label(String index) {
        return index.replace("mu_star", "mu*");
    }
}
