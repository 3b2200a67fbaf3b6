package kozan.gui.live;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import kozan.chart.Labels;
import kozan.chart.Palette;
import kozan.chart.PlaceNames;
import kozan.chart.ResultCharts;
import kozan.gui.GuiFormat;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;

/**
 * The five live charts of the planner GUI, with series fixed by the scenario: jobs by class, import dependence
 * by commodity, world prices (as an index, since JPY/t spans seven orders of magnitude across commodities),
 * the mine pipeline by stage, and unemployment by region.
 */
public final class LiveCharts {

    private static final String[] JOB_METRICS = {Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED};
    /** Colours from the one palette table (kozan.chart.Palette), as in the report's charts. */
    private static final List<Color> JOB_COLORS = java.util.Arrays.stream(JOB_METRICS).map(Palette::jobClass).toList();

    private LiveCharts() {
    }

    public static List<LiveChart> standard(Scenario s) {
        return List.of(jobsByClass(), importDependence(s), prices(s), minePipeline(), unemployment(s));
    }

    static LiveChart jobsByClass() {
        return new LiveChart("Jobs by class", "National, persons, monthly", "Jobs (persons)", LiveChart.Kind.STACKED,
                false, kozan.chart.ResultCharts.JOB_CLASS_NAMES, JOB_COLORS, snap -> {
                    double[] y = new double[JOB_METRICS.length];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.national(JOB_METRICS[i], "");
                    }
                    return y;
                }, false);
    }

    /**
     * Import dependence per commodity. As in the batch chart (ResultCharts.importDependence), a commodity whose
     * dependence (the mean of its last 12 months, as the batch rule is on annual values) has stayed below
     * {@link ResultCharts#SELF_SUFFICIENT} is left out (domestic bulk products such as aggregates lie on zero and
     * their long names took most of the panel); the axis says what the percent ticks are of, in a label short
     * enough for the panel's height.
     */
    static LiveChart importDependence(Scenario s) {
        List<CommoditySpec> cs = s.commodities();
        return new LiveChart("Import dependence by commodity", "Imports / (imports + domestic-origin supply); under "
                + GuiFormat.percent(ResultCharts.SELF_SUFFICIENT) + " a year: hidden",
                "Share of supply", LiveChart.Kind.LINES, true, commodityNames(cs),
                commodityColors(cs), snap -> {
                    double[] y = new double[cs.size()];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.national(Metrics.IMPORT_DEPENDENCE, cs.get(i).id());
                    }
                    return y;
                }, false).hiddenWhileBelow(ResultCharts.SELF_SUFFICIENT, 12);
    }

    static LiveChart prices(Scenario s) {
        List<CommoditySpec> cs = s.commodities();
        return new LiveChart("World prices", "Index: first month = 100 (JPY/t prices differ by orders of magnitude)",
                "Price index (first month = 100)", LiveChart.Kind.LINES, false, commodityNames(cs),
                commodityColors(cs), snap -> {
                    double[] y = new double[cs.size()];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.national(Metrics.WORLD_PRICE, cs.get(i).id());
                    }
                    return y;
                }, true);
    }

    static LiveChart minePipeline() {
        Stage[] stages = Stage.values();
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (Stage st : stages) {
            names.add(Labels.pretty(st.name()));
            colors.add(Palette.stage(st.name()));
        }
        return new LiveChart("Mine pipeline", "Mines and prospects by stage, end of month", "Mines (count)",
                LiveChart.Kind.STACKED, false, names, colors, snap -> {
                    double[] y = new double[stages.length];
                    for (int i = 0; i < y.length; i++) {
                        String stage = stages[i].name();
                        y[i] = snap.sum(k -> k.metric().equals(Metrics.MINES_IN_STAGE) && k.region().isEmpty()
                                && k.detail().equalsIgnoreCase(stage));
                    }
                    return y;
                }, false);
    }

    static LiveChart unemployment(Scenario s) {
        List<RegionSpec> rs = s.regions();
        List<String> names = rs.stream().map(r -> PlaceNames.region(r.id(), r.name())).toList();
        LiveChart chart = new LiveChart("Unemployment by region", "Unemployed / labour force, monthly", "Unemployment rate",
                LiveChart.Kind.LINES, true, names, rs.stream().map(r -> Palette.region(r.id())).toList(), snap -> {
                    double[] y = new double[rs.size()];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.region(Metrics.UNEMPLOYMENT_RATE, "", rs.get(i).id());
                    }
                    return y;
                }, false);
        // rates of a few per cent would be a flat line on the builders' fixed 0-100% axis
        org.jfree.chart.axis.ValueAxis axis = chart.chart().getXYPlot().getRangeAxis();
        axis.setAutoRange(true);
        return chart;
    }

    private static List<String> commodityNames(List<CommoditySpec> cs) {
        return cs.stream().map(c -> c.name() == null ? Labels.pretty(c.id()) : c.name()).toList();
    }

    private static List<Color> commodityColors(List<CommoditySpec> cs) {
        return cs.stream().map(c -> Palette.commodity(c.id())).toList();
    }
}
