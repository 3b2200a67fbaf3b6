package kozan.chart;

import kozan.io.Results;
import kozan.io.SeriesKey;
import kozan.io.SeriesTable;
import kozan.observe.Metrics;
import kozan.stats.Bounds;
import kozan.stats.PerPeriod;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard charts of one results directory, from its annual values. Each method returns null when the results
 * lack the metric it needs, so a partial results file still gives the charts it can.
 */
public final class ResultCharts {

    static final String YEAR = "Year";
    static final String[] JOB_CLASSES = {Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED};
    /**
     * Legend names of {@link #JOB_CLASSES}, also the live GUI chart's. jobs_direct counts the workers at mines in
     * every stage (exploration and construction crews too) and the fixed mining employers, not only what official
     * statistics count in mining and quarrying (JSIC C, the jsic_c detail), so its name says "all stages", as the
     * printed run table does.
     */
    public static final List<String> JOB_CLASS_NAMES = List.of("Direct (at mines, all stages)",
            "Indirect (supply chain)", "Induced (household spending)");

    private final Results results;
    private final SeriesTable t;
    private final Labels labels;
    private final double[] x;

    public ResultCharts(Results results) {
        this.results = results;
        this.t = results.annual();
        this.labels = Labels.of(results);
        this.x = t.x();
    }

    public Labels labels() {
        return labels;
    }

    private String replicationNote(String statistic) {
        int n = t.replicationCount();
        return n == 1 ? "1 replication" : statistic + " of " + n + " replications";
    }

    /** National jobs by class (direct, indirect, induced) as stacked areas of the replication mean. */
    public JFreeChart jobsByClass() {
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < JOB_CLASSES.length; c++) {
            if (Totals.has(t, JOB_CLASSES[c])) {
                series.add(Series.of(JOB_CLASS_NAMES.get(c), Palette.jobClass(JOB_CLASSES[c]),
                        PerPeriod.mean(Totals.national(t, JOB_CLASSES[c], ""))));
            }
        }
        if (series.isEmpty()) {
            return null;
        }
        return Charts.stackedArea("Jobs by class, Japan", "Annual average employment; " + replicationNote("mean"),
                YEAR, "Jobs (persons)", x, series, false);
    }

    /** Total jobs (direct + indirect + induced) by region in each target year, with 95% CI whiskers. */
    public JFreeChart jobsByRegion(List<Integer> years) {
        List<String> regions = regions();
        List<Integer> ys = years.stream().filter(y -> t.periodIndex(String.valueOf(y)) >= 0).toList();
        if (regions.isEmpty() || ys.isEmpty()) {
            return null;
        }
        double[][] mean = new double[ys.size()][regions.size()];
        double[][] low = new double[ys.size()][regions.size()];
        double[][] high = new double[ys.size()][regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            List<double[][]> parts = new ArrayList<>();
            for (String m : JOB_CLASSES) {
                parts.add(Totals.region(t, m, "", regions.get(r)));
            }
            double[][] total = PerPeriod.sum(parts, t.replicationCount(), t.periodCount());
            double[] m = PerPeriod.mean(total);
            double[] h = PerPeriod.ci95HalfWidth(total);
            for (int y = 0; y < ys.size(); y++) {
                int i = t.periodIndex(String.valueOf(ys.get(y)));
                mean[y][r] = m[i];
                double[] ci = Bounds.NON_NEGATIVE.ci95(m[i], h[i]); // jobs cannot be negative: the log-scale interval
                low[y][r] = ci[0];
                high[y][r] = ci[1];
            }
        }
        List<Color> colors = new ArrayList<>();
        for (int y = 0; y < ys.size(); y++) {
            colors.add(Palette.sequential(y, ys.size()));
        }
        return Charts.bars("Jobs by region in target years", "Direct + indirect + induced, annual average; mean with "
                        + "95% confidence interval over " + t.replicationCount() + " replications", "Region",
                "Jobs (persons)", regions.stream().map(labels::region).toList(),
                ys.stream().map(String::valueOf).toList(), colors, mean, low, high);
    }

    /** Total jobs per region over time, one line per region in its fixed colour (mean across replications). */
    public JFreeChart jobsByRegionOverTime() {
        List<Series> series = new ArrayList<>();
        for (String r : regions()) {
            List<double[][]> parts = new ArrayList<>();
            for (String m : JOB_CLASSES) {
                parts.add(Totals.region(t, m, "", r));
            }
            series.add(Series.of(labels.region(r), Palette.region(r),
                    PerPeriod.mean(PerPeriod.sum(parts, t.replicationCount(), t.periodCount()))));
        }
        if (series.isEmpty()) {
            return null;
        }
        JFreeChart chart = Charts.lines("Jobs by region", "Direct + indirect + induced, annual average; "
                + replicationNote("mean"), YEAR, "Jobs (persons)", x, series, false, false);
        // levels of employment read against zero, so regions compare by size, not by slope alone
        ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    /** Regions with job series, in the scenario's order, then any others in key order. */
    private List<String> regions() {
        List<String> regions = new ArrayList<>(labels.regionOrder());
        for (String m : JOB_CLASSES) {
            for (String r : Totals.dimension(t, m, SeriesKey::region)) {
                if (!regions.contains(r)) {
                    regions.add(r);
                }
            }
        }
        regions.removeIf(r -> t.keys(k -> k.metric().startsWith("jobs_") && k.region().equals(r)).isEmpty());
        return regions;
    }

    /**
     * Below this median import dependence in every period a commodity is self-sufficient: left out of the chart
     * (and of the GUI's live chart, kozan.gui.live.LiveCharts).
     */
    public static final double SELF_SUFFICIENT = 0.005;

    /**
     * Import dependence (imports / apparent consumption) per commodity, median across replications. Commodities
     * that stay self-sufficient all run (domestic bulk products such as aggregates; median below 0.5% in every
     * period) are left out: their lines lie on zero and would crowd out the minerals the chart is about.
     */
    public JFreeChart importDependence() {
        List<Series> series = new ArrayList<>();
        for (String c : Totals.dimension(t, Metrics.IMPORT_DEPENDENCE, SeriesKey::commodity)) {
            double[] median = PerPeriod.quantile(Totals.national(t, Metrics.IMPORT_DEPENDENCE, c), 0.5);
            if (java.util.Arrays.stream(median).allMatch(v -> Double.isNaN(v) || v < SELF_SUFFICIENT)) {
                continue;
            }
            series.add(Series.of(labels.commodity(c), Palette.commodity(c), median));
        }
        if (series.isEmpty()) {
            return null;
        }
        return Charts.lines("Import dependence by commodity", "Imports / (imports + domestic-origin supply); "
                + replicationNote("median"), YEAR, "Import dependence (% of supply)", x, series, true, false);
    }

    /** METI's self-development target for base metals by 2030 (6th Strategic Energy Plan, W23 in design 5.2). */
    static final double METI_BASE_METAL_TARGET_2030 = 0.80;
    /** Commodities METI's base-metal target is defined on (concentrate supply to Japan's smelters). */
    static final java.util.Set<String> BASE_METALS = java.util.Set.of("copper", "zinc", "lead");

    /**
     * Self-development ratio (Japanese-equity and domestic supply) per commodity, median across replications, with
     * METI's 2030 target as a reference line when a base metal is shown (no target exists for rare metals).
     */
    public JFreeChart selfDevelopment() {
        List<Series> series = new ArrayList<>();
        boolean baseMetal = false;
        boolean copper = false;
        for (String c : Totals.dimension(t, Metrics.SELF_DEVELOPMENT_RATIO, SeriesKey::commodity)) {
            copper |= c.equals("copper");
            series.add(Series.of(labels.commodity(c), Palette.commodity(c),
                    PerPeriod.quantile(Totals.national(t, Metrics.SELF_DEVELOPMENT_RATIO, c), 0.5)));
            baseMetal |= BASE_METALS.contains(c);
        }
        if (series.isEmpty()) {
            return null;
        }
        JFreeChart chart = Charts.lines("Self-development ratio by commodity", "Domestic and Japanese-equity supply / "
                + "consumption" + (copper ? " (copper: smelter feed)" : "") + "; " + replicationNote("median")
                + (baseMetal ? "; dashed: METI's 2030 target for base metals" : ""), YEAR,
                "Self-development ratio (% of supply)", x, series, true, false);
        if (baseMetal) {
            org.jfree.chart.plot.ValueMarker target = new org.jfree.chart.plot.ValueMarker(METI_BASE_METAL_TARGET_2030,
                    Color.DARK_GRAY, new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT,
                    java.awt.BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
            target.setLabel("METI 2030 target, base metals (>= 80%)");
            target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            chart.getXYPlot().addRangeMarker(target);
        }
        return chart;
    }

    /** Shares of Japan's imports of one commodity by source country, stacked (mean share across replications). */
    public JFreeChart importSources(String commodity) {
        List<SeriesKey> keys = t.keys(k -> k.metric().equals(Metrics.IMPORTS_T_BY_SOURCE) && k.commodity().equals(commodity)
                && k.region().isEmpty() && !k.detail().isEmpty());
        if (keys.isEmpty()) {
            return null;
        }
        double[][] total = Totals.sum(t, keys);
        List<Series> series = new ArrayList<>();
        for (SeriesKey k : keys) {
            double[][] v = t.values(k);
            for (int r = 0; r < v.length; r++) {
                for (int i = 0; i < v[r].length; i++) {
                    v[r][i] = total[r][i] > 0 ? v[r][i] / total[r][i] : Double.NaN;
                }
            }
            series.add(Series.of(Labels.place(k.detail()), Palette.source(k.detail()), PerPeriod.mean(v)));
        }
        return Charts.stackedArea("Import sources: " + labels.commodity(commodity),
                "Share of imported tonnes (" + labels.commodityUnit(commodity) + ") by source country; "
                        + replicationNote("mean"), YEAR, "Share of imports (%)", x, series, true);
    }

    /** World prices as an index (first year = 100), so commodities with prices far apart share one axis. */
    public JFreeChart worldPrices() {
        List<Series> series = new ArrayList<>();
        for (String c : Totals.dimension(t, Metrics.WORLD_PRICE, SeriesKey::commodity)) {
            double[][] v = Totals.national(t, Metrics.WORLD_PRICE, c);
            for (double[] rep : v) {
                double base = rep[0];
                for (int i = 0; i < rep.length; i++) {
                    rep[i] = base > 0 ? 100 * rep[i] / base : Double.NaN;
                }
            }
            series.add(Series.of(labels.commodity(c), Palette.commodity(c), PerPeriod.quantile(v, 0.5)));
        }
        if (series.isEmpty()) {
            return null;
        }
        String first = t.periods().get(0);
        return Charts.lines("World prices", "Annual mean price in JPY/t as an index, " + first + " = 100; "
                + replicationNote("median"), YEAR, "Price index (" + first + " = 100)", x, series, false, false);
    }

    /** Number of mines in each life-cycle stage (December), stacked, mean across replications. */
    public JFreeChart minePipeline() {
        List<SeriesKey> keys = t.keys(k -> k.metric().equals(Metrics.MINES_IN_STAGE) && k.region().isEmpty()
                && !k.detail().isEmpty());
        if (keys.isEmpty()) {
            return null;
        }
        List<Series> series = new ArrayList<>();
        for (SeriesKey k : stageOrder(keys)) {
            series.add(Series.of(Labels.pretty(k.detail()), Palette.stage(k.detail()), PerPeriod.mean(t.values(k))));
        }
        return Charts.stackedArea("Mine pipeline by stage", "Mines and prospects in each stage at year end; "
                + replicationNote("mean"), YEAR, "Mines (count)", x, series, false);
    }

    /** Water, greenhouse gases and land as three panels with their own units. */
    public JFreeChart environment() {
        List<String> yLabels = new ArrayList<>();
        List<List<Series>> panels = new ArrayList<>();
        addPanel(panels, yLabels, "m3/yr", new String[]{Metrics.WATER_WITHDRAWN_M3, Metrics.WATER_RECYCLED_M3},
                new String[]{"Water withdrawn", "Water recycled"}, new Color[]{Palette.BLUE, Palette.SKY_BLUE});
        addPanel(panels, yLabels, "t CO2e/yr", new String[]{Metrics.CO2E_T}, new String[]{"Greenhouse gases"},
                new Color[]{Palette.VERMILLION});
        addPanel(panels, yLabels, "ha", new String[]{Metrics.LAND_DISTURBED_HA, Metrics.LAND_RECLAIMED_HA},
                new String[]{"Land disturbed (total)", "Land reclaimed (total)"},
                new Color[]{Palette.ORANGE, Palette.BLUISH_GREEN});
        if (panels.isEmpty()) {
            return null;
        }
        return Charts.panels("Environmental footprint of mining", "Flows per year, land as totals at year end; "
                + replicationNote("median"), YEAR, yLabels, panels, x);
    }

    private void addPanel(List<List<Series>> panels, List<String> yLabels, String unit, String[] metrics,
                          String[] names, Color[] colors) {
        List<Series> list = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < metrics.length; i++) {
            if (Totals.has(t, metrics[i])) {
                double[] y = PerPeriod.quantile(Totals.national(t, metrics[i], ""), 0.5);
                max = Math.max(max, PerPeriod.maxAbs(y));
                list.add(Series.of(names[i], colors[i], y));
            }
        }
        if (!list.isEmpty()) {
            Scale s = Scale.of(max, unit);
            panels.add(list.stream().map(x -> x.scaled(s)).toList());
            yLabels.add(s.unit());
        }
    }

    /** Fan chart of national total jobs (direct + indirect + induced) across replications. */
    public JFreeChart jobsFan() {
        List<double[][]> parts = new ArrayList<>();
        for (String m : JOB_CLASSES) {
            if (Totals.has(t, m)) {
                parts.add(Totals.national(t, m, ""));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        double[][] total = PerPeriod.sum(parts, t.replicationCount(), t.periodCount());
        return Charts.fan("Total jobs from mining, Japan", "Direct + indirect + induced; spread over "
                + t.replicationCount() + " replications", YEAR, "Jobs (persons)", x, Band.of(total), Palette.BLUE, false);
    }

    /** Fan chart of one commodity's import dependence across replications. */
    public JFreeChart importDependenceFan(String commodity) {
        if (!t.has(SeriesKey.commodity(Metrics.IMPORT_DEPENDENCE, commodity))) {
            return null;
        }
        return Charts.fan("Import dependence: " + labels.commodity(commodity), "Spread over " + t.replicationCount()
                        + " replications", YEAR, "Import dependence (% of supply)", x,
                Band.of(t.values(SeriesKey.commodity(Metrics.IMPORT_DEPENDENCE, commodity))),
                Palette.commodity(commodity), true);
    }

    /** Commodities with import-source data, critical ones (per the scenario) only. */
    public List<String> criticalCommodities() {
        List<String> all = new ArrayList<>(Totals.dimension(t, Metrics.IMPORT_DEPENDENCE, SeriesKey::commodity));
        for (String c : Totals.dimension(t, Metrics.IMPORTS_T_BY_SOURCE, SeriesKey::commodity)) {
            if (!all.contains(c)) {
                all.add(c);
            }
        }
        return all.stream().filter(labels::critical).toList();
    }

    /** Target years: the summary's, else the scenario's run.target_years, else every fifth year of the run. */
    public List<Integer> targetYears() {
        if (!results.summaryYears().isEmpty()) {
            return results.summaryYears();
        }
        List<Integer> years = new ArrayList<>();
        if (results.scenario().get("run") instanceof java.util.Map<?, ?> run
                && run.get("target_years") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Integer y && t.periodIndex(String.valueOf(y)) >= 0) {
                    years.add(y);
                }
            }
            if (!years.isEmpty()) {
                return years;
            }
        }
        for (String p : t.periods()) {
            int y = Integer.parseInt(p);
            if (y % 5 == 0) {
                years.add(y);
            }
        }
        return years;
    }

    private static List<SeriesKey> stageOrder(List<SeriesKey> keys) {
        List<SeriesKey> ordered = new ArrayList<>(keys);
        ordered.sort(java.util.Comparator.comparingInt(k -> stageRank(k.detail())));
        return ordered;
    }

    private static int stageRank(String stage) {
        String[] order = {"prospect", "exploration", "feasibility", "permitting", "construction", "production",
                "idle", "closure", "reclaimed", "abandoned"};
        String n = Palette.normalise(stage);
        for (int i = 0; i < order.length; i++) {
            if (order[i].equals(n)) {
                return i;
            }
        }
        return order.length;
    }
}
